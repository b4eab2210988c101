import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { addDays, compareIsoDates } from '../../src/rules/iso-date.js';
import { isNotInFuture, latestPlannableDate } from '../../src/rules/horizon.js';
import { checkSendDate } from '../../src/rules/dispatch.js';
import { isoDateArb, PROPERTY_RUNS } from './arbitraries.js';

// The one planning horizon (send dates and new contract starts at most one year ahead) and the one "not in the
// future" bound for facts' dates; checkSendDate and checkLetterTiming both read them.
describe('planning horizon', () => {
  it('worked examples', () => {
    assert.equal(latestPlannableDate('2026-11-30'), '2027-11-30');
    assert.equal(latestPlannableDate('2028-02-29'), '2029-02-28');
    assert.equal(isNotInFuture('2026-11-30', '2026-11-30'), true);
    assert.equal(isNotInFuture('2026-12-01', '2026-11-30'), false);
    assert.throws(() => isNotInFuture('2026-13-01', '2026-11-30'), /date/);
    assert.deepEqual(checkSendDate({ channel: 'lre', date: '2027-12-01', now: new Date('2026-11-30T09:00:00Z') }), {
      ok: false,
      problem: 'too_far_ahead',
      earliestDate: '2026-11-30',
      latestDate: '2027-11-30',
    });
    assert.deepEqual(checkSendDate({ channel: 'lre', date: '2027-11-30', now: new Date('2026-11-30T09:00:00Z') }), { ok: true });
  });

  it('the latest plannable date is 365 or 366 days ahead, and checkSendDate splits LRE dates exactly there', () => {
    fc.assert(
      fc.property(isoDateArb, fc.integer({ min: 1, max: 800 }), (today, offset) => {
        const latest = latestPlannableDate(today);
        const span = (Date.parse(latest) - Date.parse(today)) / 86_400_000;
        const date = addDays(today, offset);
        const check = checkSendDate({ channel: 'lre', date, now: new Date(`${today}T10:00:00Z`) });
        return span >= 364 && span <= 366 && (!check.ok && check.problem === 'too_far_ahead') === compareIsoDates(date, latest) > 0;
      }),
      PROPERTY_RUNS,
    );
  });

  it('a date is not in the future exactly when it does not sort after today', () => {
    fc.assert(
      fc.property(isoDateArb, isoDateArb, (date, today) => isNotInFuture(date, today) === compareIsoDates(date, today) <= 0),
      PROPERTY_RUNS,
    );
  });
});
