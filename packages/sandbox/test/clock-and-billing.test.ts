import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isRuleViolationError, vatOf, withVat } from '@jrmc/core';
import { DEFAULT_PRICES } from '../src/index.js';
import { completeDraft, startTestSandbox } from './helpers.js';

describe('the clock runs what falls due', () => {
  it('a month of sends gives one invoice on the 1st, by dispatch month, with the right VAT', async () => {
    const sandbox = await startTestSandbox({ startAt: new Date('2026-12-01T09:00:00Z') });
    try {
      const { client } = sandbox;
      const days = ['2026-12-03', '2026-12-10', '2026-12-31'];
      for (const [index, day] of days.entries()) {
        const draft = await completeDraft(client, { reason: 'custom', customReasonText: 'Départ', contracts: [{ number: `C-${index}` }], withAcknowledgement: index === 0 });
        await client.letters.send(draft.id, { mode: 'scheduled', scheduledDate: day, withAcknowledgement: index === 0 });
      }
      // Scheduled for January: debited now, but invoiced with January.
      const january = await completeDraft(client, { reason: 'custom', customReasonText: 'Départ', contracts: [{ number: 'JAN' }] });
      await client.letters.send(january.id, { mode: 'scheduled', scheduledDate: '2027-01-04' });
      // Cancelled and refunded: never invoiced.
      const cancelled = await completeDraft(client, { reason: 'custom', customReasonText: 'Départ', contracts: [{ number: 'CAN' }] });
      await client.letters.send(cancelled.id, { mode: 'scheduled', scheduledDate: '2026-12-20' });
      await client.letters.cancel(cancelled.id);

      await client.sandbox.advanceClock({ to: '2026-12-31T22:59:00Z' });
      assert.equal((await client.invoices.list().toArray()).length, 0, 'not before the 1st');
      await client.sandbox.advanceClock({ to: '2027-01-01T00:30:00Z' });
      const invoices = await client.invoices.list().toArray();
      assert.equal(invoices.length, 1);
      const [invoice] = invoices;
      assert.equal(invoice!.month, '2026-12');
      assert.equal(invoice!.issueDate, '2027-01-01');
      assert.deepEqual(invoice!.lines.map((line) => line.dispatchDate), days);
      const excl = DEFAULT_PRICES['lre-ar'] + 2 * DEFAULT_PRICES.lre;
      assert.equal(invoice!.totalExclVat, excl);
      assert.equal(invoice!.totalVat, vatOf(DEFAULT_PRICES['lre-ar']) + 2 * vatOf(DEFAULT_PRICES.lre));
      assert.equal(invoice!.totalInclVat, withVat(DEFAULT_PRICES['lre-ar']) + 2 * withVat(DEFAULT_PRICES.lre));
      const pdf = await client.invoices.download(invoice!.id);
      assert.equal(new TextDecoder().decode(pdf.subarray(0, 5)), '%PDF-');

      // No letter in a month, no invoice: February is empty.
      await client.sandbox.advanceClock({ to: '2027-03-01T12:00:00Z' });
      assert.deepEqual((await client.invoices.list().toArray()).map((i) => i.month), ['2027-01', '2026-12']);
    } finally {
      await sandbox.close();
    }
  });

  it('a draft trashed then purged after 60 days; billed letters cannot be trashed', async () => {
    const sandbox = await startTestSandbox();
    try {
      const { client } = sandbox;
      const draft = await client.letters.create({ reason: 'echeance' });
      const trashed = await client.letters.trash(draft.id);
      assert.equal(trashed.purgeOn, '2027-01-29');
      assert.equal((await client.letters.list().toArray()).length, 0, 'hidden from the history');
      assert.equal((await client.letters.list({ trashed: true }).toArray()).length, 1);
      await client.letters.restore(draft.id);
      await client.letters.trash(draft.id);
      // Purged at the end of D + 60 (Paris), never early: still there on its last second.
      await client.sandbox.advanceClock({ to: '2027-01-29T22:59:59Z' });
      assert.equal((await client.letters.retrieve(draft.id)).id, draft.id, 'still there until the end of D + 60');
      await client.sandbox.advanceClock({ to: '2027-01-29T23:00:00Z' });
      await assert.rejects(client.letters.retrieve(draft.id), (error: unknown) => (error as Error).name === 'NotFoundError');

      const billed = await completeDraft(client, { reason: 'custom', customReasonText: 'Départ' });
      await client.letters.send(billed.id, { mode: 'scheduled', scheduledDate: '2027-02-10' });
      await assert.rejects(client.letters.trash(billed.id), (error) => isRuleViolationError(error, 'not_trashable'));
      await client.letters.cancel(billed.id);
      await assert.rejects(client.letters.trash(billed.id), (error) => isRuleViolationError(error, 'not_trashable'));
    } finally {
      await sandbox.close();
    }
  });

  it('magic values reach every LRE outcome: refused, expired (with notice), collected after N days', async () => {
    const sandbox = await startTestSandbox();
    try {
      const { client } = sandbox;
      const send = async (number: string, withAcknowledgement: boolean) => {
        const draft = await completeDraft(client, { reason: 'custom', customReasonText: 'Départ', contracts: [{ number }], withAcknowledgement });
        await client.letters.send(draft.id, { mode: 'now', withAcknowledgement });
        return draft.id;
      };
      const refused = await send('R-SANDBOX-REFUSE', true);
      const expired = await send('E-SANDBOX-EXPIRE', true);
      const slow = await send('S-SANDBOX-J7', false);
      const normal = await send('N-1', false);
      await client.sandbox.advanceClock({ days: 3 });
      assert.equal((await client.letters.retrieve(refused)).status, 'refused');
      assert.equal((await client.letters.retrieve(normal)).status, 'picked_up');
      assert.equal((await client.letters.retrieve(slow)).status, 'sent');
      assert.equal((await client.letters.retrieve(expired)).status, 'sent');
      await client.sandbox.advanceClock({ days: 5 });
      assert.equal((await client.letters.retrieve(slow)).status, 'picked_up');
      await client.sandbox.advanceClock({ days: 8 });
      assert.equal((await client.letters.retrieve(expired)).status, 'expired');
      const { data: proofs } = await client.letters.proofs(expired);
      assert.ok(proofs.some((proof) => proof.kind === 'expiry'));
    } finally {
      await sandbox.close();
    }
  });

  it('the clock refuses to go back', async () => {
    const sandbox = await startTestSandbox();
    try {
      await assert.rejects(sandbox.client.sandbox.advanceClock({ to: '2020-01-01T00:00:00Z' }), (error: unknown) => (error as Error).name === 'ValidationError');
    } finally {
      await sandbox.close();
    }
  });
});
