// Makes every failed assertion reach the report. @web/test-runner sends a failure from the browser to Node with
// structuredClone; when an assertion's `actual` or `expected` is a DOM node (`expect(row).to.equal(null)`) or a
// function, the clone throws, the failure is never sent, and the whole file ends as "did not finish within
// 120000ms" without naming the test or the reason (modernweb-dev/web#2967). Loaded before the test framework
// (web-test-runner.config.mjs), this replaces such values by chai's own description of them before the error leaves.
import { chai } from '@open-wc/testing';

function cloneable(value: unknown): boolean {
  try {
    structuredClone(value);
    return true;
  } catch {
    return false;
  }
}

const assert = chai.Assertion.prototype.assert;
chai.Assertion.prototype.assert = function (this: Chai.AssertionStatic, ...args: Parameters<typeof assert>) {
  try {
    return assert.apply(this, args);
  } catch (error) {
    if (error instanceof chai.AssertionError) {
      const failure = error as Chai.AssertionError & { actual?: unknown; expected?: unknown };
      for (const key of ['actual', 'expected'] as const) if (key in failure && !cloneable(failure[key])) failure[key] = chai.util.inspect(failure[key]);
    }
    throw error;
  }
};
