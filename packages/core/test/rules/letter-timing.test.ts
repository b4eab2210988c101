import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import {
  addDays,
  addMonthsLegal,
  checkChatelTiming,
  checkFactDateNotInFuture,
  checkLetterTiming,
  checkRenewalTiming,
  checkSendDateHorizon,
  checkSituationChangeTiming,
  checkSwitchOneYear,
  daysBetween,
  firstSwitchSendDate,
  isRuleInputError,
  renewalNoticeDeadline,
  terminationReasons,
} from '../../src/rules/index.js';
import { isoDateArb, PROPERTY_RUNS } from './arbitraries.js';

const offsetArb = fc.integer({ min: -400, max: 400 });

describe('renewalNoticeDeadline: renewal − 2 months − 1 day', () => {
  it('renewal 1 Jan → send by 31 Oct', () => assert.equal(renewalNoticeDeadline('2027-01-01'), '2026-10-31'));
  it('month ends clamp before the extra day (art. 641)', () => {
    assert.equal(renewalNoticeDeadline('2027-04-30'), '2027-02-27');
    assert.equal(renewalNoticeDeadline('2028-04-30'), '2028-02-28');
    assert.equal(renewalNoticeDeadline('2027-03-01'), '2026-12-31');
  });
  it('refuses a malformed renewal date', () => {
    assert.throws(() => renewalNoticeDeadline('2027-02-29'), (e: unknown) => isRuleInputError(e) && e.argument === 'renewalDate');
  });
  it('property: the deadline is the day before the two-month notice starts', () => {
    fc.assert(
      fc.property(isoDateArb, (renewal) => {
        const deadline = renewalNoticeDeadline(renewal);
        assert.equal(addDays(deadline, 1), addMonthsLegal(renewal, -2));
        assert.ok(addMonthsLegal(deadline, 2) < renewal);
        assert.ok(daysBetween(deadline, renewal) >= 60 && daysBetween(deadline, renewal) <= 63);
      }),
      PROPERTY_RUNS,
    );
  });
});

describe('checkRenewalTiming', () => {
  it('accepts the deadline itself, refuses the day after with the deadline', () => {
    const facts = { renewalDate: '2027-01-01' };
    assert.deepEqual(checkRenewalTiming({ sendDate: '2026-10-31', today: '2026-10-01', facts }), { ok: true });
    assert.deepEqual(checkRenewalTiming({ sendDate: '2026-11-01', today: '2026-10-01', facts }), {
      ok: false,
      code: 'renewal_deadline_passed',
      date: '2026-10-31',
      field: 'sendDate',
    });
  });
  it('needs the renewal date', () => {
    assert.deepEqual(checkRenewalTiming({ sendDate: '2026-10-31', today: '2026-10-01', facts: {} }), { ok: false, code: 'fact_required', field: 'facts.renewalDate' });
  });
});

describe('checkChatelTiming', () => {
  it('late notice: within 20 days of the day the insurer sent it', () => {
    const facts = { renewalNoticeSentOn: '2026-11-02' };
    assert.deepEqual(checkChatelTiming({ sendDate: '2026-11-22', today: '2026-11-20', facts }), { ok: true });
    assert.deepEqual(checkChatelTiming({ sendDate: '2026-11-23', today: '2026-11-20', facts }), {
      ok: false,
      code: 'chatel_deadline_passed',
      date: '2026-11-22',
      field: 'sendDate',
    });
  });
  it('the deprecated renewalNoticeReceivedOn is read when renewalNoticeSentOn is absent', () => {
    assert.equal(checkChatelTiming({ sendDate: '2026-11-23', today: '2026-11-20', facts: { renewalNoticeReceivedOn: '2026-11-02' } }).ok, false);
  });
  it('a notice date in the future is refused', () => {
    assert.deepEqual(checkChatelTiming({ sendDate: '2026-11-22', today: '2026-11-01', facts: { renewalNoticeSentOn: '2026-11-02' } }), {
      ok: false,
      code: 'date_in_future',
      date: '2026-11-01',
      field: 'facts.renewalNoticeSentOn',
    });
  });
  it('no notice received: any time after the renewal date', () => {
    const facts = { noRenewalNoticeReceived: true, renewalDate: '2027-01-01' };
    assert.deepEqual(checkChatelTiming({ sendDate: '2027-01-01', today: '2026-12-01', facts }), {
      ok: false,
      code: 'chatel_before_renewal',
      date: '2027-01-02',
      field: 'sendDate',
    });
    assert.deepEqual(checkChatelTiming({ sendDate: '2027-01-02', today: '2026-12-01', facts }), { ok: true });
    assert.deepEqual(checkChatelTiming({ sendDate: '2029-06-30', today: '2026-12-01', facts }), { ok: true });
  });
  it('asks for the notice date unless "no notice" is stated, and for the renewal date without notice', () => {
    assert.deepEqual(checkChatelTiming({ sendDate: '2027-01-02', today: '2027-01-01', facts: {} }), { ok: false, code: 'fact_required', field: 'facts.renewalNoticeSentOn' });
    assert.deepEqual(checkChatelTiming({ sendDate: '2027-01-02', today: '2027-01-01', facts: { noRenewalNoticeReceived: true } }), {
      ok: false,
      code: 'fact_required',
      field: 'facts.renewalDate',
    });
  });
  it('refuses a malformed notice date with its path', () => {
    assert.throws(
      () => checkChatelTiming({ sendDate: '2027-01-02', today: '2027-01-01', facts: { renewalNoticeSentOn: '2027-02-30' } }),
      (e: unknown) => isRuleInputError(e) && e.argument === 'facts.renewalNoticeSentOn',
    );
  });
  it('property: accepted exactly when sent no later than notice + 20 days', () => {
    fc.assert(
      fc.property(isoDateArb, fc.integer({ min: 0, max: 60 }), (notice, after) => {
        const sendDate = addDays(notice, after);
        const result = checkChatelTiming({ sendDate, today: notice, facts: { renewalNoticeSentOn: notice } });
        assert.equal(result.ok, after <= 20);
        if (!result.ok && result.code !== 'fact_required') assert.equal(daysBetween(notice, result.date), 20);
      }),
      PROPERTY_RUNS,
    );
  });
});

describe('checkSituationChangeTiming', () => {
  it('within 3 months of the event, else refused with the last possible date', () => {
    const facts = { eventDate: '2026-11-30' };
    assert.deepEqual(checkSituationChangeTiming({ sendDate: '2027-02-28', today: '2027-02-01', facts }), { ok: true });
    assert.deepEqual(checkSituationChangeTiming({ sendDate: '2027-03-01', today: '2027-02-01', facts }), {
      ok: false,
      code: 'situation_change_deadline_passed',
      date: '2027-02-28',
      field: 'sendDate',
    });
  });
  it('event date required and not in the future', () => {
    assert.deepEqual(checkSituationChangeTiming({ sendDate: '2027-01-10', today: '2027-01-01', facts: {} }), { ok: false, code: 'fact_required', field: 'facts.eventDate' });
    assert.deepEqual(checkSituationChangeTiming({ sendDate: '2027-01-10', today: '2027-01-01', facts: { eventDate: '2027-01-02' } }), {
      ok: false,
      code: 'date_in_future',
      date: '2027-01-01',
      field: 'facts.eventDate',
    });
  });
  it('property: accepted iff event ≤ today and send ≤ event + 3 months; the refusal date is that limit', () => {
    fc.assert(
      fc.property(isoDateArb, offsetArb, (event, offset) => {
        const sendDate = addDays(event, Math.abs(offset));
        const result = checkSituationChangeTiming({ sendDate, today: event, facts: { eventDate: event } });
        assert.equal(result.ok, sendDate <= addMonthsLegal(event, 3));
        if (!result.ok && result.code !== 'fact_required') {
          assert.equal(result.date, addMonthsLegal(event, 3));
          assert.equal(checkSituationChangeTiming({ sendDate: result.date, today: event, facts: { eventDate: event } }).ok, true);
        }
      }),
      PROPERTY_RUNS,
    );
  });
});

describe('Hamon / RIA one-year condition', () => {
  it('the notification (send + 1) must be one year after the first subscription', () => {
    assert.equal(firstSwitchSendDate('2025-03-15'), '2026-03-14');
    assert.equal(firstSwitchSendDate('2024-02-29'), '2025-02-27');
    const facts = { contractStartDate: '2025-03-15' };
    assert.deepEqual(checkSwitchOneYear({ sendDate: '2026-03-14', today: '2026-03-01', facts }), { ok: true });
    assert.deepEqual(checkSwitchOneYear({ sendDate: '2026-03-13', today: '2026-03-01', facts }), {
      ok: false,
      code: 'switch_before_one_year',
      date: '2026-03-14',
      field: 'sendDate',
    });
  });
  it('the first subscription date is required and not in the future', () => {
    assert.deepEqual(checkSwitchOneYear({ sendDate: '2026-03-14', today: '2026-03-01', facts: {} }), { ok: false, code: 'fact_required', field: 'facts.contractStartDate' });
    assert.equal(checkSwitchOneYear({ sendDate: '2026-03-14', today: '2026-03-01', facts: { contractStartDate: '2026-03-02' } }).ok, false);
  });
  it('property: accepted iff the notification is at least 12 months after subscription', () => {
    fc.assert(
      fc.property(isoDateArb, fc.integer({ min: 300, max: 420 }), (subscribed, after) => {
        const sendDate = addDays(subscribed, after);
        const result = checkSwitchOneYear({ sendDate, today: subscribed, facts: { contractStartDate: subscribed } });
        assert.equal(result.ok, addDays(sendDate, 1) >= addMonthsLegal(subscribed, 12));
        if (!result.ok && result.code === 'switch_before_one_year') {
          assert.equal(addDays(result.date, 1), addMonthsLegal(subscribed, 12));
        }
      }),
      PROPERTY_RUNS,
    );
  });
});

describe('dates far ahead and in the future', () => {
  it('a scheduled send date is at most one year ahead', () => {
    assert.deepEqual(checkSendDateHorizon('2027-11-29', '2026-11-29'), { ok: true });
    assert.deepEqual(checkSendDateHorizon('2027-11-30', '2026-11-29'), { ok: false, code: 'too_far_ahead', date: '2027-11-29', field: 'scheduledDate' });
  });
  it('a fact date cannot be in the future; absent passes', () => {
    assert.deepEqual(checkFactDateNotInFuture('2026-11-30', '2026-11-29', 'subscriber.birthDate'), {
      ok: false,
      code: 'date_in_future',
      date: '2026-11-29',
      field: 'subscriber.birthDate',
    });
    assert.deepEqual(checkFactDateNotInFuture('2026-11-29', '2026-11-29', 'facts.saleDate'), { ok: true });
    assert.deepEqual(checkFactDateNotInFuture(null, '2026-11-29', 'facts.saleDate'), { ok: true });
  });
});

describe('checkLetterTiming (one entry point)', () => {
  const today = '2026-11-29';
  it('routes each reason to its rule', () => {
    assert.equal(checkLetterTiming('echeance', { sendDate: today, today, facts: { renewalDate: '2027-01-01' } }).ok, false);
    assert.equal(checkLetterTiming('loi-hamon', { sendDate: today, today, facts: { contractStartDate: '2026-01-01' } }).ok, false);
    assert.equal(checkLetterTiming('ria-sante', { sendDate: today, today, facts: { contractStartDate: '2025-01-01' } }).ok, true);
    assert.deepEqual(checkLetterTiming('vente-vehicule', { sendDate: today, today, facts: { saleDate: '2026-12-01' } }), {
      ok: false,
      code: 'date_in_future',
      date: today,
      field: 'facts.saleDate',
    });
    assert.equal(checkLetterTiming('deces', { sendDate: today, today, facts: { eventDate: '2026-12-01' } }).ok, false);
    assert.deepEqual(checkLetterTiming('custom', { sendDate: today, today, facts: {} }), { ok: true });
  });
  it('refuses a subscriber birth date in the future', () => {
    assert.deepEqual(checkLetterTiming('custom', { sendDate: today, today, facts: {}, subscriberBirthDate: '2026-11-30' }), {
      ok: false,
      code: 'date_in_future',
      date: today,
      field: 'subscriber.birthDate',
    });
    assert.deepEqual(checkLetterTiming('custom', { sendDate: today, today, facts: {}, subscriberBirthDate: '1980-05-01' }), { ok: true });
  });
  it('refuses a send date more than a year ahead whatever the reason', () => {
    for (const reason of terminationReasons()) {
      assert.equal(checkLetterTiming(reason.code, { sendDate: '2027-12-01', today, facts: {} }).ok, false, reason.code);
    }
  });
  it('refuses an unknown reason', () => {
    assert.throws(() => checkLetterTiming('nope' as 'custom', { sendDate: today, today, facts: {} }), isRuleInputError);
  });
  it('property: any refusal with a date names a date that, used as the send date, passes the same rule', () => {
    const reasons = fc.constantFrom('echeance', 'changement-situation', 'loi-hamon', 'loi-chatel' as const);
    fc.assert(
      fc.property(reasons, isoDateArb, offsetArb, offsetArb, (reason, today, factOffset, sendOffset) => {
        const fact = addDays(today, -Math.abs(factOffset));
        const facts = { renewalDate: addDays(today, Math.abs(factOffset)), eventDate: fact, contractStartDate: fact, renewalNoticeSentOn: fact };
        const sendDate = addDays(today, Math.abs(sendOffset) % 366);
        const result = checkLetterTiming(reason, { sendDate, today, facts });
        if (!result.ok && result.code !== 'fact_required' && result.field === 'sendDate') {
          assert.equal(checkLetterTiming(reason, { sendDate: result.date, today: result.date < today ? result.date : today, facts }).ok, true);
        }
      }),
      PROPERTY_RUNS,
    );
  });
});
