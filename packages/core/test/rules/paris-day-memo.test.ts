import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { addDays, isRuleInputError, parisDate, parisTimeToInstant } from '../../src/rules/index.js';
import { clearParisDayMemo, MAX_DAYS } from '../../src/rules/paris-day-memo.js';
import { parisWallTimeMs } from '../../src/rules/paris-zone.js';
import { PROPERTY_RUNS } from './arbitraries.js';

// parisDate and parisTimeToInstant answer from a per-day cache. These tests compare every cached answer with
// a direct computation: Intl's own formatter for the Paris day (independent of the code under test), the
// uncached Intl conversion of paris-zone.ts for wall times. They also run under TZ=Pacific/Kiritimati and America/Los_Angeles.

const intlParisDay = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris', year: 'numeric', month: '2-digit', day: '2-digit' });
const directParisDate = (ms: number) => intlParisDay.format(new Date(ms));

/** Wider than the rules' 2000–2100 range: 1900 (Paris at UTC+0, wartime offsets) to 2400. */
const WIDE_FIRST_MS = Date.UTC(1900, 0, 1);
const WIDE_LAST_MS = Date.UTC(2400, 11, 31, 23, 59, 59, 999);
const wideInstantArb = fc.integer({ min: WIDE_FIRST_MS, max: WIDE_LAST_MS });
const wideDayArb = fc.integer({ min: 0, max: 182_620 }).map((offset) => addDays('1900-01-01', offset));
/** Instants within three hours of a UTC midnight or of 22:00/23:00 UTC, where Paris days change. */
const nearDayChangeArb = fc
  .tuple(fc.integer({ min: -25_567, max: 157_000 }), fc.constantFrom(0, 22, 23), fc.integer({ min: -3 * 3_600_000, max: 3 * 3_600_000 }))
  .map(([day, hour, shift]) => day * 86_400_000 + hour * 3_600_000 + shift);
const timeArb = fc.tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 })).map(([hour, minute]) => `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`);

describe('parisDate: cached per day', () => {
  it('the spring-forward day (29 Mar 2026) starts at 23:00Z the day before', () => {
    assert.equal(parisDate('2026-03-28T22:59:59.999Z'), '2026-03-28');
    assert.equal(parisDate('2026-03-28T23:00:00Z'), '2026-03-29');
    assert.equal(parisDate('2026-03-29T21:59:59.999Z'), '2026-03-29');
    assert.equal(parisDate('2026-03-29T22:00:00Z'), '2026-03-30');
  });
  it('the fall-back day (25 Oct 2026) lasts 25 hours: 22:00Z the day before to 23:00Z', () => {
    assert.equal(parisDate('2026-10-24T22:00:00Z'), '2026-10-25');
    assert.equal(parisDate('2026-10-25T22:59:59.999Z'), '2026-10-25');
    assert.equal(parisDate('2026-10-25T23:00:00Z'), '2026-10-26');
  });
  it('the same answer cold and warm', () => {
    clearParisDayMemo();
    const cold = parisDate('2026-12-31T23:30:00Z');
    assert.equal(cold, '2027-01-01');
    assert.equal(parisDate('2026-12-31T23:30:00Z'), cold);
    assert.equal(parisDate('2026-12-31T22:59:59Z'), '2026-12-31');
  });
  it('refuses an instant without offset, cached day or not', () => {
    parisDate('2026-11-29T10:00:00Z');
    assert.throws(() => parisDate('2026-11-29T10:00:00'), (e: unknown) => isRuleInputError(e) && e.argument === 'instant');
  });
  it('property: equals Intl for any instant from 1900 to 2400, cold and warm', () => {
    fc.assert(
      fc.property(wideInstantArb, (ms) => {
        const expected = directParisDate(ms);
        assert.equal(parisDate(new Date(ms)), expected);
        assert.equal(parisDate(new Date(ms)), expected);
      }),
      PROPERTY_RUNS,
    );
  });
  it('property: equals Intl around every place a Paris day may change', () => {
    fc.assert(
      fc.property(nearDayChangeArb, (ms) => assert.equal(parisDate(new Date(ms)), directParisDate(ms))),
      { numRuns: 5000 },
    );
  });
  it('stays exact when the cache fills and is cleared (one instant an hour over more than the cache holds)', () => {
    clearParisDayMemo();
    const start = Date.UTC(2020, 0, 1, 0, 30);
    for (let hour = 0; hour < (MAX_DAYS + 50) * 24; hour += 7) {
      const ms = start + hour * 3_600_000;
      assert.equal(parisDate(new Date(ms)), directParisDate(ms));
    }
  });
});

describe('parisTimeToInstant: cached per day and time', () => {
  it('midnight and 20:00 on both DST days of 2026', () => {
    assert.equal(parisTimeToInstant('2026-03-29').toISOString(), '2026-03-28T23:00:00.000Z');
    assert.equal(parisTimeToInstant('2026-03-29', '20:00').toISOString(), '2026-03-29T18:00:00.000Z');
    assert.equal(parisTimeToInstant('2026-10-25').toISOString(), '2026-10-24T22:00:00.000Z');
    assert.equal(parisTimeToInstant('2026-10-25', '20:00').toISOString(), '2026-10-25T19:00:00.000Z');
  });
  it('hands out a new Date each time: a caller changing it cannot alter the cache', () => {
    const first = parisTimeToInstant('2026-07-14', '20:00');
    first.setTime(0);
    assert.equal(parisTimeToInstant('2026-07-14', '20:00').toISOString(), '2026-07-14T18:00:00.000Z');
  });
  it('refuses a bad day or time even when a valid one is cached', () => {
    parisTimeToInstant('2026-02-28', '10:30');
    assert.throws(() => parisTimeToInstant('2026-02-30', '10:30'), (e: unknown) => isRuleInputError(e) && e.argument === 'date');
    assert.throws(() => parisTimeToInstant('2026-02-28', '24:00'), (e: unknown) => isRuleInputError(e) && e.argument === 'time');
  });
  it('property: equals the direct conversion for any day from 1900 to 2400 and any time, cold and warm', () => {
    fc.assert(
      fc.property(wideDayArb, timeArb, (day, time) => {
        const [hour, minute] = time.split(':').map(Number) as [number, number];
        const expected = parisWallTimeMs(day, hour, minute);
        assert.equal(parisTimeToInstant(day, time).getTime(), expected);
        assert.equal(parisTimeToInstant(day, time).getTime(), expected);
      }),
      PROPERTY_RUNS,
    );
  });
  it('property: a day’s midnight is where parisDate says the day starts', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 36_890 }).map((offset) => addDays('2000-01-01', offset)), (day) => {
        const start = parisTimeToInstant(day).getTime();
        assert.equal(parisDate(new Date(start)), day);
        assert.equal(parisDate(new Date(start - 1)), addDays(day, -1));
      }),
      PROPERTY_RUNS,
    );
  });
});
