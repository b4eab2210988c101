import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import {
  addMonthsLegal,
  chatelDeadline,
  checkLoanStart,
  daysBetween,
  isRuleInputError,
  loanEarliestStart,
  loanRecommendedStart,
  renewalNoticeDeadline,
  requestedTerminationDate,
  situationChangeDeadline,
  switchTimeline,
  terminationReasons,
} from '../../src/rules/index.js';
import { isoDateArb, PROPERTY_RUNS } from './arbitraries.js';

describe('notice deadlines', () => {
  it('échéance: last send date is the renewal date minus 2 months minus 1 day (art. 641)', () => {
    assert.equal(renewalNoticeDeadline('2027-03-01'), '2026-12-31');
    assert.equal(renewalNoticeDeadline('2027-01-15'), '2026-11-14');
  });

  it('Chatel: 20 days after the late renewal notice; effective the day after sending', () => {
    assert.equal(chatelDeadline('2026-11-02'), '2026-11-22');
    assert.equal(requestedTerminationDate('loi-chatel', '2026-11-29'), '2026-11-30');
  });

  it('change of circumstances: within 3 months, effective 1 month after notification', () => {
    assert.equal(situationChangeDeadline('2026-11-30'), '2027-02-28');
    assert.equal(requestedTerminationDate('changement-situation', '2026-12-30'), '2027-01-31');
  });

  it('requested termination dates per reason', () => {
    assert.equal(requestedTerminationDate('loi-hamon', '2026-11-29'), '2026-12-30');
    assert.equal(requestedTerminationDate('ria-sante', '2026-11-30'), '2027-01-01');
    assert.equal(requestedTerminationDate('vente-vehicule', '2026-11-29'), '2026-12-10');
    assert.equal(requestedTerminationDate('diminution-risque', '2026-11-29'), '2026-12-30');
    assert.equal(requestedTerminationDate('echeance', '2026-11-29', { renewalDate: '2027-02-01' }), '2027-02-01');
    assert.equal(requestedTerminationDate('echeance', '2026-11-29'), undefined);
    assert.equal(requestedTerminationDate('deces', '2026-11-29'), undefined);
    assert.equal(requestedTerminationDate('custom', '2026-11-29'), undefined);
  });

  it('a requested termination date is never before the notification', () => {
    const codes = terminationReasons().map((r) => r.code).filter((c) => c !== 'echeance');
    fc.assert(
      fc.property(isoDateArb, fc.constantFrom(...codes), (sent, code) => {
        const date = requestedTerminationDate(code, sent);
        if (date !== undefined) assert.ok(date >= switchTimeline(sent).notificationDate);
      }),
      PROPERTY_RUNS,
    );
  });

  it('refuses malformed input', () => {
    assert.throws(() => renewalNoticeDeadline('2027-02-29'), (e: unknown) => isRuleInputError(e) && e.argument === 'renewalDate');
    assert.throws(() => requestedTerminationDate('nope' as never, '2026-11-29'), (e: unknown) => isRuleInputError(e) && e.argument === 'code');
  });
});

describe('borrower insurance (loi Lemoine)', () => {
  it('earliest effective date is the send date + 25 days', () => {
    assert.equal(loanEarliestStart('2026-11-29'), '2026-12-24');
    assert.deepEqual(checkLoanStart('2026-11-29', '2026-12-23'), { ok: false, problem: 'too_soon', earliestStart: '2026-12-24' });
    assert.deepEqual(checkLoanStart('2026-11-29', '2026-12-24'), { ok: true });
  });

  it('recommended effective date is 2 months + 15 days after sending', () => {
    assert.equal(loanRecommendedStart('2026-11-29'), '2027-02-13');
    assert.equal(loanRecommendedStart('2026-12-31'), '2027-03-15');
  });

  it('the recommended date is always acceptable, and 24 days never is', () => {
    fc.assert(
      fc.property(isoDateArb, (sent) => {
        assert.ok(checkLoanStart(sent, loanRecommendedStart(sent)).ok);
        assert.equal(daysBetween(sent, loanEarliestStart(sent)), 25);
      }),
      PROPERTY_RUNS,
    );
  });

  it('refuses malformed dates', () => {
    assert.throws(() => checkLoanStart('2026-11-29', 'soon'), (e: unknown) => isRuleInputError(e) && e.argument === 'start');
  });
});
