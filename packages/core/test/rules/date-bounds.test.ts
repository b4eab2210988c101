import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { addDays, compareIsoDates } from '../../src/rules/iso-date.js';
import { isAfterToday, isScheduledTooFar, latestSchedulableDate } from '../../src/rules/date-bounds.js';
import { isoDateArb, PROPERTY_RUNS } from './arbitraries.js';

describe('date bounds', () => {
  it('worked examples', () => {
    assert.equal(latestSchedulableDate('2026-11-30'), '2027-11-30');
    assert.equal(latestSchedulableDate('2028-02-29'), '2029-02-28');
    assert.equal(isScheduledTooFar('2027-11-30', '2026-11-30'), false);
    assert.equal(isScheduledTooFar('2027-12-01', '2026-11-30'), true);
    assert.equal(isAfterToday('2026-11-30', '2026-11-30'), false);
    assert.equal(isAfterToday('2026-12-01', '2026-11-30'), true);
    assert.throws(() => isAfterToday('2026-13-01', '2026-11-30'), /date/);
  });

  it('the latest schedulable date is 365 or 366 days ahead, and the bound splits dates exactly there', () => {
    fc.assert(
      fc.property(isoDateArb, fc.integer({ min: -400, max: 800 }), (today, offset) => {
        const latest = latestSchedulableDate(today);
        const span = (Date.parse(latest) - Date.parse(today)) / 86_400_000;
        const date = addDays(today, offset);
        return span >= 364 && span <= 366 && isScheduledTooFar(date, today) === compareIsoDates(date, latest) > 0;
      }),
      PROPERTY_RUNS,
    );
  });

  it('a date is after today exactly when it sorts after it', () => {
    fc.assert(
      fc.property(isoDateArb, isoDateArb, (date, today) => isAfterToday(date, today) === compareIsoDates(date, today) > 0),
      PROPERTY_RUNS,
    );
  });
});
