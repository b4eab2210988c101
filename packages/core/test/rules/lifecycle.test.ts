import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import {
  addDays,
  canCancel,
  cancellationDeadline,
  canEditContent,
  canReschedule,
  canTransition,
  canTrash,
  draftExpiryDate,
  investigationOpensOn,
  isFinalStatus,
  isRuleInputError,
  LETTER_STATUSES,
  lreAvailabilityEnd,
  paperDeliveryDate,
  parisDate,
  postalProducts,
  proofRetentionEnd,
  trashPurgeDate,
  isDeliveryDay,
} from '../../src/rules/index.js';
import { instantArb, isoDateArb, PROPERTY_RUNS } from './arbitraries.js';

describe('letter life cycle', () => {
  it('follows the documented transitions', () => {
    assert.ok(canTransition('draft', 'scheduled'));
    assert.ok(canTransition('draft', 'sent'));
    assert.ok(canTransition('scheduled', 'cancelled'));
    assert.ok(canTransition('cancelled', 'scheduled'));
    assert.ok(canTransition('sent', 'signed'));
    assert.ok(canTransition('in_transit', 'delivered'));
    assert.ok(!canTransition('sent', 'cancelled')); // send now is irreversible
    assert.ok(!canTransition('signed', 'sent'));
    assert.ok(isFinalStatus('picked_up') && isFinalStatus('expired') && isFinalStatus('refused') && isFinalStatus('returned'));
    assert.ok(isFinalStatus('delivered') && !isFinalStatus('delivered', { withAcknowledgement: true }));
    assert.ok(!isFinalStatus('sent') && !isFinalStatus('scheduled'));
  });

  it('every status but the final ones has a way forward', () => {
    for (const status of LETTER_STATUSES) {
      const final = isFinalStatus(status, { withAcknowledgement: true });
      assert.equal(final, ['picked_up', 'signed', 'refused', 'expired', 'returned'].includes(status), status);
    }
  });

  it('FAQ: a letter scheduled for 31/12 can be cancelled until 30/12 23:59:59 Paris', () => {
    const letter = { status: 'scheduled', scheduledDate: '2026-12-31' } as const;
    assert.equal(cancellationDeadline('2026-12-31'), '2026-12-30T23:00:00.000Z');
    assert.ok(canCancel(letter, '2026-12-30T22:59:59Z'));
    assert.ok(!canCancel(letter, '2026-12-30T23:00:00Z'));
    assert.ok(!canCancel(letter, '2026-12-31T10:00:00Z'));
    // summer: midnight Paris is 22:00Z
    assert.ok(canCancel({ status: 'scheduled', scheduledDate: '2026-07-14' }, '2026-07-13T21:59:59Z'));
    assert.ok(!canCancel({ status: 'scheduled', scheduledDate: '2026-07-14' }, '2026-07-13T22:00:00Z'));
  });

  it('a letter sent now stays irreversible while it waits for the next day', () => {
    assert.ok(!canCancel({ status: 'scheduled', scheduledDate: '2026-11-30', sendMode: 'now' }, '2026-11-29T19:05:00Z'));
    assert.ok(canCancel({ status: 'scheduled', scheduledDate: '2026-11-30', sendMode: 'scheduled' }, '2026-11-29T19:05:00Z'));
  });

  it('only a scheduled letter can be cancelled', () => {
    for (const status of LETTER_STATUSES.filter((s) => s !== 'scheduled')) {
      assert.ok(!canCancel({ status, scheduledDate: '2030-01-01' }, '2026-11-29T10:00:00Z'), status);
    }
  });

  it('cancellable exactly while the Paris day is before the scheduled day', () => {
    fc.assert(
      fc.property(instantArb, fc.integer({ min: -5, max: 5 }), (now, offset) => {
        const scheduledDate = addDays(parisDate(now), offset);
        assert.equal(canCancel({ status: 'scheduled', scheduledDate }, now), parisDate(now) < scheduledDate);
      }),
      PROPERTY_RUNS,
    );
  });

  it('content locks after the draft; reschedule only once cancelled; trash only never-billed drafts', () => {
    assert.ok(canEditContent('draft') && !canEditContent('cancelled'));
    assert.ok(canReschedule('cancelled') && !canReschedule('scheduled'));
    assert.ok(canTrash('draft'));
    for (const status of ['scheduled', 'cancelled', 'sent', 'signed'] as const) assert.ok(!canTrash(status), status);
  });

  it('retention: trash 60 days, drafts 2 years, proofs 7 years, LRE available 15 days', () => {
    assert.equal(trashPurgeDate('2026-11-29'), '2027-01-28');
    assert.equal(draftExpiryDate('2028-02-29'), '2030-02-28');
    assert.equal(proofRetentionEnd('2026-11-29'), '2033-11-29');
    assert.equal(lreAvailabilityEnd('2026-11-29'), '2026-12-14');
  });

  it('refuses unknown statuses and malformed instants', () => {
    assert.throws(() => canTrash('deleted' as never), (e: unknown) => isRuleInputError(e) && e.argument === 'status');
    assert.throws(() => canCancel({ status: 'scheduled', scheduledDate: '2026-12-31' }, '30/12/2026'), (e: unknown) => isRuleInputError(e) && e.argument === 'now');
  });
});

describe('postal products', () => {
  it('lists the five products with their guarantees', () => {
    assert.deepEqual(
      postalProducts().map((p) => [p.code, p.deliveryDays, p.tracking, p.proofOfSending, p.proofOfReceipt]),
      [
        ['ecopli', 4, false, false, false],
        ['lettre-verte', 3, false, false, false],
        ['lettre-suivie', 3, true, false, false],
        ['recommande', 3, true, true, false],
        ['recommande-ar', 3, true, true, true],
      ],
    );
  });

  it('counts delivery in jours ouvrables (Saturday counts, Sunday and holidays do not)', () => {
    assert.equal(paperDeliveryDate('2026-11-27', 'lettre-verte'), '2026-12-01');
    assert.equal(paperDeliveryDate('2026-11-27', 'ecopli'), '2026-12-02');
    assert.equal(paperDeliveryDate('2026-12-23', 'recommande-ar'), '2026-12-28'); // Thu → Sat? 24 Thu, 26 Sat, 28 Mon
    assert.equal(paperDeliveryDate('2026-05-12', 'lettre-suivie'), '2026-05-16'); // Ascension Thu 14 skipped
  });

  it('delivers on a jour ouvrable, after the deposit', () => {
    fc.assert(
      fc.property(isoDateArb, fc.constantFrom(...postalProducts().map((p) => p.code)), (deposit, product) => {
        const delivery = paperDeliveryDate(deposit, product);
        assert.ok(isDeliveryDay(delivery) && delivery > deposit);
      }),
      PROPERTY_RUNS,
    );
  });

  it('opens investigations more than 15 days after dispatch', () => {
    assert.equal(investigationOpensOn('2026-11-02'), '2026-11-18');
  });

  it('refuses an unknown product', () => {
    assert.throws(() => paperDeliveryDate('2026-11-27', 'pigeon' as never), (e: unknown) => isRuleInputError(e) && e.argument === 'product');
  });
});

describe('dispatch, investigations and required facts', () => {
  it('knows which letters have left', async () => {
    const { wasDispatched } = await import('../../src/rules/index.js');
    for (const status of ['sent', 'in_transit', 'picked_up', 'signed', 'refused', 'expired', 'delivered', 'returned'] as const) assert.ok(wasDispatched(status), status);
    for (const status of ['draft', 'scheduled', 'cancelled'] as const) assert.ok(!wasDispatched(status), status);
  });

  it('opens investigations only for paper in transit past 15 days, once', async () => {
    const { canOpenInvestigation } = await import('../../src/rules/index.js');
    assert.ok(canOpenInvestigation({ status: 'in_transit', dispatchDate: '2026-11-02' }, '2026-11-18'));
    assert.ok(!canOpenInvestigation({ status: 'in_transit', dispatchDate: '2026-11-02' }, '2026-11-17'));
    assert.ok(!canOpenInvestigation({ status: 'delivered', dispatchDate: '2026-11-02' }, '2026-12-18'));
    assert.ok(!canOpenInvestigation({ status: 'in_transit', dispatchDate: '2026-11-02', investigation: { openedAt: 'x' } }, '2026-12-18'));
    assert.throws(() => canOpenInvestigation({ status: 'in_transit', dispatchDate: '2026-11-02' }, 'demain'), (e: unknown) => isRuleInputError(e) && e.argument === 'today');
  });

  it('lists the facts each reason must state', async () => {
    const { requiredFacts } = await import('../../src/rules/index.js');
    assert.deepEqual(requiredFacts('echeance'), ['renewalDate']);
    assert.deepEqual(requiredFacts('loi-hamon'), ['newInsurerName']);
    assert.deepEqual(requiredFacts('changement-situation'), ['eventDescription', 'eventDate']);
    assert.deepEqual(requiredFacts('vente-vehicule'), ['eventDate']);
    assert.deepEqual(requiredFacts('deces'), ['eventDate']);
    assert.deepEqual(requiredFacts('custom'), ['customReasonText']);
    assert.deepEqual(requiredFacts('loi-chatel'), []);
  });
});
