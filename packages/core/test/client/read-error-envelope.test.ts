// The zod-free envelope reader production pages use must accept exactly what the contract's ApiErrorBody
// accepts, and return the same envelope.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { readErrorEnvelope } from '../../src/client/errors/read-error-envelope.js';
import { API_ERROR_TYPES, ApiErrorBody } from '../../src/contract/index.js';

const fieldIssue = fc.record({ path: fc.array(fc.oneof(fc.string(), fc.integer())), code: fc.string(), message: fc.string() });
// Envelopes that are right, and envelopes with one field wrong or missing, mixed with any JSON at all.
const almostEnvelope = fc.record(
  {
    type: fc.oneof(fc.constantFrom(...API_ERROR_TYPES), fc.string(), fc.integer()),
    code: fc.oneof(fc.string(), fc.integer(), fc.constant(null)),
    message: fc.oneof(fc.string(), fc.boolean()),
    requestId: fc.oneof(fc.string(), fc.constant(null)),
    issues: fc.oneof(fc.array(fieldIssue), fc.array(fc.jsonValue()), fc.string()),
    data: fc.oneof(fc.dictionary(fc.string(), fc.jsonValue()), fc.array(fc.jsonValue()), fc.constant(null)),
    extra: fc.jsonValue(),
  },
  { requiredKeys: ['type', 'code', 'message', 'requestId'] },
);
const body = fc.oneof(fc.record({ error: almostEnvelope }), fc.record({ error: fc.jsonValue() }), fc.jsonValue());

describe('readErrorEnvelope', () => {
  it('reads a documented envelope (worked example)', () => {
    const envelope = readErrorEnvelope({
      error: { type: 'rule_violation', code: 'cutoff_passed', message: 'Too late for today', requestId: 'req_1', data: { earliestDate: '2026-11-30' }, extra: true },
    });
    assert.deepEqual(envelope, { type: 'rule_violation', code: 'cutoff_passed', message: 'Too late for today', requestId: 'req_1', data: { earliestDate: '2026-11-30' } });
  });

  it('refuses what is not an envelope (worked examples)', () => {
    for (const wrong of [null, '<html>Bad gateway</html>', { error: 'boom' }, { error: { type: 'teapot', code: 'x', message: 'm', requestId: 'r' } }, { error: { type: 'server', code: 'x', message: 'm' } }]) {
      assert.equal(readErrorEnvelope(wrong), undefined, JSON.stringify(wrong));
    }
  });

  it('agrees with the contract schema on any body', () => {
    fc.assert(
      fc.property(body, (candidate) => {
        const parsed = ApiErrorBody.safeParse(candidate);
        assert.deepEqual(readErrorEnvelope(candidate), parsed.success ? parsed.data.error : undefined);
      }),
      { numRuns: 2000 },
    );
  });
});
