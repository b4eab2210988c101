// The letter builder shows the server's preview of its saved draft (GET /v1/letters/{id}/preview): the sandbox must
// write the letter for every reason the builder offers (core's catalogue), with the facts that reason asks for.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { factsRequiredFor, terminationReasons } from '@jrmc/core';
import { completeDraft, startTestSandbox, type TestSandbox } from './helpers.js';

/** A value for each fact a reason asks for: past dates (facts tell what already happened), words otherwise. */
function factsFor(code: Parameters<typeof factsRequiredFor>[0]): Record<string, unknown> {
  const facts: Record<string, unknown> = {};
  for (const fact of factsRequiredFor(code)) {
    if (fact === 'customReasonText') continue;
    facts[fact] = /Date|SentOn/.test(fact) ? '2025-10-15' : `valeur de ${fact}`;
  }
  // Chatel: the notice's date, or that none was received, with the renewal date.
  if (code === 'loi-chatel') Object.assign(facts, { noRenewalNoticeReceived: true, renewalDate: '2026-11-01' });
  return facts;
}

describe('previewLetter for every reason the builder offers', () => {
  let sandbox: TestSandbox;
  before(async () => {
    sandbox = await startTestSandbox();
  });
  after(() => sandbox.close());

  for (const reason of terminationReasons()) {
    it(`writes the ${reason.code} letter of a saved draft`, async () => {
      const customReasonText = reason.code === 'custom' ? 'Départ définitif à l’étranger' : null;
      const facts = factsFor(reason.code);
      const draft = await completeDraft(sandbox.client, { reason: reason.code, facts, customReasonText });
      const text = await sandbox.client.letters.preview(draft.id);
      const body = text.paragraphs.join('\n');
      assert.match(text.subject, /AUTO-123/);
      assert.ok(text.sender.join(' ').includes('Cabinet Test'), text.sender.join(' | '));
      assert.ok([...text.recipient, ...text.signature, body, text.references].join(' ').includes('Martin'), 'names the subscriber');
      if (reason.legalBasis) assert.ok(body.includes(reason.legalBasis), `${reason.code}: ${body}`);
      if (customReasonText) assert.ok(body.includes(customReasonText), body);
      // Every fact typed as words appears in the letter as typed.
      for (const value of Object.values(facts)) if (typeof value === 'string' && value.startsWith('valeur')) assert.ok(body.includes(value), `${reason.code} states ${value}: ${body}`);
    });
  }
});
