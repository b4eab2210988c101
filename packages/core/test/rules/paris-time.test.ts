import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { isIsoDate, parisTimeToInstant, parisWallClock } from '../../src/rules/index.js';
import { PROPERTY_RUNS } from './arbitraries.js';

// The EU summer-time rule Paris follows since 1996: from the last Sunday of March to the last Sunday of October,
// both at 01:00 UTC. Computed here from the calendar, independently of any time-zone database.
function lastSundayAtOneUtc(year: number, monthIndex: number): number {
  const lastDay = new Date(Date.UTC(year, monthIndex + 1, 0));
  return Date.UTC(year, monthIndex, lastDay.getUTCDate() - lastDay.getUTCDay(), 1);
}

function euParisOffsetHours(epochMs: number): number {
  const year = new Date(epochMs).getUTCFullYear();
  return epochMs >= lastSundayAtOneUtc(year, 2) && epochMs < lastSundayAtOneUtc(year, 9) ? 2 : 1;
}

const pad = (value: number) => String(value).padStart(2, '0');

describe('Paris time, read from the engine\'s time-zone database', () => {
  it('reads both sides of the spring and autumn changes to the second', () => {
    // 29 March 2026, 01:00Z: 01:59:59 winter time, then 03:00:00 summer time.
    assert.deepEqual(parisWallClock('2026-03-29T00:59:59Z'), { date: '2026-03-29', minutesOfDay: 60 + 59, seconds: 59 });
    assert.deepEqual(parisWallClock('2026-03-29T01:00:00Z'), { date: '2026-03-29', minutesOfDay: 3 * 60, seconds: 0 });
    // 25 October 2026, 01:00Z: 02:59:59 summer time, then 02:00:00 winter time again.
    assert.deepEqual(parisWallClock('2026-10-25T00:59:59Z'), { date: '2026-10-25', minutesOfDay: 2 * 60 + 59, seconds: 59 });
    assert.deepEqual(parisWallClock('2026-10-25T01:00:00Z'), { date: '2026-10-25', minutesOfDay: 2 * 60, seconds: 0 });
    // Midnight is 00:00 (h23), never 24:00.
    assert.deepEqual(parisWallClock('2026-12-31T23:00:00Z'), { date: '2027-01-01', minutesOfDay: 0, seconds: 0 });
  });

  it('turns a Paris wall time into its instant on a day another zone changes its clocks', () => {
    // Santiago left summer time on 30 March 1997, the day Paris entered it: a conversion through the host's local
    // fields gets these wrong by an hour under TZ=America/Santiago.
    assert.equal(parisTimeToInstant('1997-03-30', '00:00').toISOString(), '1997-03-29T23:00:00.000Z');
    assert.equal(parisTimeToInstant('1997-03-30', '01:30').toISOString(), '1997-03-30T00:30:00.000Z');
    assert.equal(parisTimeToInstant('1997-03-30', '20:00').toISOString(), '1997-03-30T18:00:00.000Z');
  });

  it('refuses a wall time that is not HH:MM', () => {
    for (const time of ['24:00', '7:00', '07:60', '']) assert.throws(() => parisTimeToInstant('2026-07-14', time), /HH:MM/);
  });

  it('agrees with the EU summer-time rule at every instant from 1996 to 2100', () => {
    const instantArb = fc.integer({ min: Date.UTC(1996, 0, 1) / 1000, max: Date.UTC(2100, 11, 31, 23, 59, 59) / 1000 }).map((seconds) => seconds * 1000);
    fc.assert(
      fc.property(instantArb, (epochMs) => {
        const wall = new Date(epochMs + euParisOffsetHours(epochMs) * 3_600_000);
        const expected = {
          date: `${wall.getUTCFullYear()}-${pad(wall.getUTCMonth() + 1)}-${pad(wall.getUTCDate())}`,
          minutesOfDay: wall.getUTCHours() * 60 + wall.getUTCMinutes(),
          seconds: wall.getUTCSeconds(),
        };
        assert.deepEqual(parisWallClock(new Date(epochMs)), expected);
      }),
      PROPERTY_RUNS,
    );
  });

  it('gives a real day and a time of day for any instant from year 1583 to 9999', () => {
    const instantArb = fc.integer({ min: Date.UTC(1583, 0, 1) / 1000, max: Date.UTC(9999, 11, 30) / 1000 }).map((seconds) => new Date(seconds * 1000));
    fc.assert(
      fc.property(instantArb, (instant) => {
        const wall = parisWallClock(instant);
        assert.ok(isIsoDate(wall.date), wall.date);
        assert.ok(Number.isInteger(wall.minutesOfDay) && wall.minutesOfDay >= 0 && wall.minutesOfDay < 1440);
        assert.ok(Number.isInteger(wall.seconds) && wall.seconds >= 0 && wall.seconds < 60);
      }),
      PROPERTY_RUNS,
    );
  });

  it('finds every minute back from its Paris wall time, from 1912 to 9999', () => {
    // Paris ran on local mean time (UTC+00:09:21) until March 1911: since then its offsets are whole hours.
    const instantArb = fc.integer({ min: Date.UTC(1912, 0, 1) / 60_000, max: Date.UTC(9999, 11, 30) / 60_000 }).map((minutes) => new Date(minutes * 60_000));
    fc.assert(
      fc.property(instantArb, (instant) => {
        const wall = parisWallClock(instant);
        const back = parisTimeToInstant(wall.date, `${pad(Math.floor(wall.minutesOfDay / 60))}:${pad(wall.minutesOfDay % 60)}`);
        // The hour repeated on an autumn change day has two faithful answers, an hour apart.
        assert.ok([0, 3_600_000].includes(Math.abs(back.getTime() - instant.getTime())), `${instant.toISOString()} → ${back.toISOString()}`);
      }),
      PROPERTY_RUNS,
    );
  });
});
