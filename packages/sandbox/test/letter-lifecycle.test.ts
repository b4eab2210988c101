import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import { isInsufficientCreditError, isRuleViolationError, withVat } from '@jrmc/core';
import { DEFAULT_PRICES } from '../src/index.js';
import { balanceOf, completeDraft, startTestSandbox, type TestSandbox } from './helpers.js';

describe('a termination letter from draft to SIGNE', () => {
  let sandbox: TestSandbox;
  before(async () => {
    sandbox = await startTestSandbox();
  });
  after(() => sandbox.close());

  it('create → quote → schedule → cancel on the eve → reschedule → deposited → SIGNE → proofs', async () => {
    const { client } = sandbox;
    const draft = await completeDraft(client, { reason: 'echeance', facts: { renewalDate: '2027-03-01' }, withAcknowledgement: true });
    assert.equal(draft.status, 'draft');

    const quote = await client.letters.quote(draft.id, { mode: 'scheduled', scheduledDate: '2026-12-31', withAcknowledgement: true });
    const price = withVat(DEFAULT_PRICES['lre-ar']);
    assert.equal(quote.price.inclVat, price);
    assert.equal(quote.dispatchDate, '2026-12-31');
    // Renewal 1 March: the letter must leave by renewal − 2 months − 1 day, so 31 December is the last day that works.
    assert.equal(quote.renewalDeadline, '2026-12-31');
    assert.equal(quote.cancellableUntil, '2026-12-30T23:00:00.000Z');
    assert.equal(quote.sameDayCutoff, '20:00');
    assert.ok(quote.sufficientCredit);

    const before = await balanceOf(client);
    const scheduled = await client.letters.send(draft.id, { mode: 'scheduled', scheduledDate: '2026-12-31', withAcknowledgement: true });
    assert.equal(scheduled.status, 'scheduled');
    assert.equal(await balanceOf(client), before - price, 'debited when validated, months ahead');

    // The eve, 23:59 Paris: still cancellable, fully refunded.
    await client.sandbox.advanceClock({ to: '2026-12-30T22:59:00Z' });
    const cancelled = await client.letters.cancel(draft.id);
    assert.equal(cancelled.status, 'cancelled');
    assert.equal(await balanceOf(client), before);
    await assert.rejects(client.letters.update(draft.id, { contracts: [{ number: 'OTHER' }] }), (error) => isRuleViolationError(error, 'content_locked'));

    // Rescheduled (new mode, debited again), it leaves on its day.
    const rescheduled = await client.letters.reschedule(draft.id, { mode: 'scheduled', scheduledDate: '2026-12-31', withAcknowledgement: true });
    assert.equal(rescheduled.status, 'scheduled');
    assert.equal(await balanceOf(client), before - price);
    await client.sandbox.advanceClock({ to: '2026-12-31T12:00:00Z' });
    const deposited = await client.letters.retrieve(draft.id);
    assert.equal(deposited.status, 'sent');
    assert.equal(deposited.dispatchDate, '2026-12-31');

    await client.sandbox.advanceClock({ days: 3 });
    const signed = await client.letters.retrieve(draft.id);
    assert.equal(signed.status, 'signed');
    const { data: events } = await client.letters.events(draft.id);
    assert.deepEqual(
      events.map((event) => event.type),
      ['created', 'scheduled', 'cancelled', 'rescheduled', 'sent', 'available', 'signed'],
    );

    const { data: proofs } = await client.letters.proofs(draft.id);
    assert.deepEqual(proofs.map((proof) => proof.kind).sort(), ['deposit', 'letter', 'receipt']);
    const letterPdf = await client.letters.downloadProof(draft.id, proofs.find((proof) => proof.kind === 'letter')!.id);
    assert.equal(new TextDecoder().decode(letterPdf.subarray(0, 5)), '%PDF-');
    const digest = createHash('sha256').update(letterPdf).digest('hex');
    for (const proof of proofs) assert.equal(proof.letterSha256, digest, `${proof.kind} carries the letter's digest`);
    const receipt = await client.letters.downloadProof(draft.id, proofs.find((proof) => proof.kind === 'receipt')!.id);
    assert.equal(new TextDecoder().decode(receipt.subarray(0, 5)), '%PDF-');
    // Collected two days after deposit (the default recipient), 2 January 2027: proofs kept 7 years.
    const receiptProof = proofs.find((proof) => proof.kind === 'receipt')!;
    assert.equal(receiptProof.issuedAt, '2027-01-02T09:00:00.000Z');
    assert.equal(receiptProof.retainedUntil, '2034-01-02');
  });

  it('refuses to cancel on the scheduled day itself', async () => {
    const { client } = sandbox;
    const draft = await completeDraft(client, { reason: 'custom', customReasonText: 'Départ', contracts: [{ number: 'X-1' }] });
    const now = (await client.sandbox.clock()).now;
    const tomorrow = new Date(new Date(now).getTime() + 86_400_000).toISOString().slice(0, 10);
    await client.letters.send(draft.id, { mode: 'scheduled', scheduledDate: tomorrow });
    await client.sandbox.advanceClock({ to: `${tomorrow}T06:00:00Z` });
    await assert.rejects(client.letters.cancel(draft.id), (error) => isRuleViolationError(error, 'not_cancellable'));
  });

  it('refuses a send the credit does not cover, saying what is missing', async () => {
    const poor = await startTestSandbox({ account: { credit: 500 } });
    try {
      const draft = await completeDraft(poor.client, { reason: 'custom', customReasonText: 'Départ' });
      await assert.rejects(poor.client.letters.send(draft.id, { mode: 'now' }), (error) => {
        assert.ok(isInsufficientCreditError(error));
        assert.equal(error.balance, 500);
        assert.equal(error.price, withVat(DEFAULT_PRICES.lre));
        assert.equal(error.missing, withVat(DEFAULT_PRICES.lre) - 500);
        return true;
      });
      assert.equal((await poor.client.letters.retrieve(draft.id)).status, 'draft');
      assert.equal(await balanceOf(poor.client), 500);
    } finally {
      await poor.close();
    }
  });
});
