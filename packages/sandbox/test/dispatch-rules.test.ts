import { samplePdfBase64 } from './sample-pdf.js';
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isRuleViolationError } from '@jrmc/core';
import { completeDraft, startTestSandbox } from './helpers.js';

const samplePdf = samplePdfBase64();

describe('the sandbox enforces core’s send windows', () => {
  it('a letter validated at 20:05 Paris goes out the next day (and a send now stays irreversible)', async () => {
    const sandbox = await startTestSandbox({ startAt: new Date('2026-12-01T19:05:00Z') });
    try {
      const draft = await completeDraft(sandbox.client, { reason: 'custom', customReasonText: 'Départ' });
      const quote = await sandbox.client.letters.quote(draft.id, { mode: 'now' });
      assert.equal(quote.dispatchDate, '2026-12-02');
      const sent = await sandbox.client.letters.send(draft.id, { mode: 'now' });
      assert.equal(sent.status, 'scheduled');
      assert.equal(sent.dispatchDate, '2026-12-02');
      await assert.rejects(sandbox.client.letters.cancel(draft.id), (error) => isRuleViolationError(error, 'not_cancellable'));
      await sandbox.client.sandbox.advanceClock({ to: '2026-12-02T08:30:00Z' });
      assert.equal((await sandbox.client.letters.retrieve(draft.id)).status, 'sent');
    } finally {
      await sandbox.close();
    }
  });

  it('the first-ever send closes at 18:00', async () => {
    const sandbox = await startTestSandbox({ startAt: new Date('2026-12-01T17:30:00Z'), account: { hasSent: false } });
    try {
      const first = await completeDraft(sandbox.client, { reason: 'custom', customReasonText: 'Départ' });
      const quote = await sandbox.client.letters.quote(first.id, { mode: 'now' });
      assert.equal(quote.firstSend, true);
      assert.equal(quote.sameDayCutoff, '18:00');
      assert.equal(quote.dispatchDate, '2026-12-02'); // 18:30 Paris
      await sandbox.client.letters.send(first.id, { mode: 'now' });
      // Validated but not deposited yet (it leaves tomorrow): still the first send, 18:00 applies.
      const second = await completeDraft(sandbox.client, { reason: 'custom', customReasonText: 'Départ', contracts: [{ number: 'B-2' }] });
      const meanwhile = await sandbox.client.letters.quote(second.id, { mode: 'now' });
      assert.equal(meanwhile.firstSend, true);
      assert.equal(meanwhile.dispatchDate, '2026-12-02');
      // Once the first letter is deposited, 20:00 applies (18:30 Paris on its dispatch day).
      await sandbox.client.sandbox.advanceClock({ to: '2026-12-02T17:30:00Z' });
      assert.equal((await sandbox.client.letters.retrieve(first.id)).status !== 'scheduled', true);
      const next = await sandbox.client.letters.quote(second.id, { mode: 'now' });
      assert.equal(next.firstSend, false);
      assert.equal(next.dispatchDate, '2026-12-02');
    } finally {
      await sandbox.close();
    }
  });

  it('a Hamon start on 1 January is refused with the nearest reachable starts', async () => {
    const sandbox = await startTestSandbox({ startAt: new Date('2026-11-20T09:00:00Z') });
    try {
      const draft = await completeDraft(sandbox.client);
      await assert.rejects(sandbox.client.letters.send(draft.id, { mode: 'scheduled', newContractStart: '2027-01-01' }), (error) => {
        assert.ok(isRuleViolationError(error, 'start_unreachable'));
        assert.deepEqual(error.data, {
          before: { newContractStart: '2026-12-31', sendDate: '2026-11-29' },
          after: { newContractStart: '2027-01-02', sendDate: '2026-11-30' },
          date: '2027-01-02',
          field: 'newContractStart',
        });
        return true;
      });
      const scheduled = await sandbox.client.letters.send(draft.id, { mode: 'scheduled', newContractStart: '2027-01-02' });
      assert.equal(scheduled.scheduledDate, '2026-11-30');
      assert.ok(scheduled.service === 'termination' && scheduled.switchTimeline?.terminationDate === '2027-01-01');
    } finally {
      await sandbox.close();
    }
  });

  it('a Hamon start whose send date has passed is refused with the earliest start', async () => {
    const sandbox = await startTestSandbox({ startAt: new Date('2026-12-01T09:00:00Z') });
    try {
      const draft = await completeDraft(sandbox.client);
      await assert.rejects(sandbox.client.letters.quote(draft.id, { mode: 'scheduled', newContractStart: '2026-12-31' }), (error) => {
        assert.ok(isRuleViolationError(error, 'start_too_soon'));
        assert.equal(error.data.earliestStart, '2027-01-03');
        return true;
      });
    } finally {
      await sandbox.close();
    }
  });

  it('paper validated on the Friday before Easter at 10:45 leaves on Tuesday', async () => {
    // Easter 2027 is 28 March: Friday 26 March 10:45 Paris (CET) → Monday 29 is Easter Monday → Tuesday 30.
    const sandbox = await startTestSandbox({ startAt: new Date('2027-03-26T09:45:00Z') });
    try {
      const letter = await sandbox.client.paperMail.create({
        product: 'lettre-suivie',
        addressee: { name: 'Mairie de Lyon', address: { line1: '1 place de la Comédie', postcode: '69001', city: 'Lyon' } },
        document: { filename: 'courrier.pdf', contentBase64: samplePdf },
      });
      const sent = await sandbox.client.paperMail.send(letter.id, { mode: 'now' });
      assert.equal(sent.dispatchDate, '2027-03-30');
      assert.ok(sent.service === 'paper-mail' && sent.expectedDeliveryDate === '2027-04-02');
      // A scheduled paper send on a holiday is refused, naming it.
      const other = await sandbox.client.paperMail.create({
        product: 'ecopli',
        addressee: { name: 'Mairie de Lyon', address: { line1: '1 place de la Comédie', postcode: '69001', city: 'Lyon' } },
        document: { filename: 'b.pdf', contentBase64: samplePdf },
      });
      await assert.rejects(sandbox.client.paperMail.send(other.id, { mode: 'scheduled', scheduledDate: '2027-05-08' }), (error) => {
        assert.ok(isRuleViolationError(error, 'not_working_day'));
        assert.equal(error.data.holidayName, 'Victoire 1945');
        return true;
      });
    } finally {
      await sandbox.close();
    }
  });

  it('refuses a paper upload that is not a PDF, naming the field', async () => {
    const sandbox = await startTestSandbox();
    try {
      await assert.rejects(
        sandbox.client.paperMail.create({
          product: 'ecopli',
          addressee: { name: 'X', address: { line1: '1 rue', postcode: '69001', city: 'Lyon' } },
          document: { filename: 'x.pdf', contentBase64: btoa('<script>alert(1)</script>') },
        }),
        (error: unknown) => (error as { name: string; param: string }).name === 'ValidationError' && (error as { param: string }).param === 'document.contentBase64',
      );
    } finally {
      await sandbox.close();
    }
  });
});
