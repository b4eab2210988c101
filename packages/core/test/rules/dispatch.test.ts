import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import {
  addMonthsLegal,
  addDays,
  checkSendDate,
  dispatchDate,
  isRuleInputError,
  isWorkingDay,
  parisDate,
  parisTimeToInstant,
  parisWallClock,
  sameDayCutoff,
  sameDayCutoffInstant,
} from '../../src/rules/index.js';
import { instantArb, PROPERTY_RUNS } from './arbitraries.js';

describe('Paris time', () => {
  it('reads the Paris day and time of an instant, in winter and in summer', () => {
    assert.deepEqual(parisWallClock('2026-12-31T22:59:59Z'), { date: '2026-12-31', minutesOfDay: 23 * 60 + 59, seconds: 59 });
    assert.equal(parisDate('2026-12-31T23:00:00Z'), '2027-01-01');
    assert.deepEqual(parisWallClock('2026-07-01T18:30:00Z'), { date: '2026-07-01', minutesOfDay: 20 * 60 + 30, seconds: 0 });
    assert.deepEqual(parisWallClock('2026-11-29T20:00:00+01:00'), { date: '2026-11-29', minutesOfDay: 20 * 60, seconds: 0 });
  });

  it('turns a Paris wall time into its instant across both daylight-saving changes', () => {
    // 29 March 2026: clocks go 02:00 → 03:00; 25 October 2026: 03:00 → 02:00.
    assert.equal(parisTimeToInstant('2026-03-28', '20:00').toISOString(), '2026-03-28T19:00:00.000Z');
    assert.equal(parisTimeToInstant('2026-03-29', '20:00').toISOString(), '2026-03-29T18:00:00.000Z');
    assert.equal(parisTimeToInstant('2026-10-25', '00:00').toISOString(), '2026-10-24T22:00:00.000Z');
    assert.equal(parisTimeToInstant('2026-10-25', '20:00').toISOString(), '2026-10-25T19:00:00.000Z');
  });

  it('round-trips every instant to the minute', () => {
    fc.assert(
      fc.property(instantArb, (instant) => {
        const wall = parisWallClock(instant);
        const hh = String(Math.floor(wall.minutesOfDay / 60)).padStart(2, '0');
        const mm = String(wall.minutesOfDay % 60).padStart(2, '0');
        const back = parisTimeToInstant(wall.date, `${hh}:${mm}`).getTime();
        const floored = instant.getTime() - wall.seconds * 1000;
        // 02:00–02:59 happens twice on the autumn change day: either instant is a faithful answer.
        const ambiguous = Math.floor(wall.minutesOfDay / 60) === 2 && Math.abs(back - floored) === 3_600_000;
        assert.ok(back === floored || ambiguous, `${instant.toISOString()} → ${new Date(back).toISOString()}`);
      }),
      PROPERTY_RUNS,
    );
  });

  it('refuses an instant whose meaning would depend on the host time zone', () => {
    for (const bad of ['2026-11-29T19:00:00', 'tomorrow', '2026-11-29', new Date(Number.NaN)]) {
      assert.throws(() => dispatchDate({ channel: 'lre', validatedAt: bad }), (e: unknown) => isRuleInputError(e) && e.argument === 'instant');
    }
  });
});

describe('dispatchDate — LRE', () => {
  it('leaves the same day before 20:00 Paris, the next day from 20:00:00 (strict)', () => {
    // Winter: 20:00 Paris = 19:00Z.
    assert.equal(dispatchDate({ channel: 'lre', validatedAt: '2026-11-29T18:59:59Z' }), '2026-11-29');
    assert.equal(dispatchDate({ channel: 'lre', validatedAt: '2026-11-29T19:00:00Z' }), '2026-11-30');
    assert.equal(dispatchDate({ channel: 'lre', validatedAt: '2026-11-29T19:05:00Z' }), '2026-11-30');
  });

  it('moves the cut-off to 18:00Z in summer (20:00 CEST)', () => {
    assert.equal(dispatchDate({ channel: 'lre', validatedAt: '2026-07-14T17:59:59Z' }), '2026-07-14');
    assert.equal(dispatchDate({ channel: 'lre', validatedAt: '2026-07-14T18:00:00Z' }), '2026-07-15');
  });

  it('applies the right offset on both daylight-saving days', () => {
    // 29 March 2026 is already summer time at 20:00; 25 October 2026 is already winter time.
    assert.equal(dispatchDate({ channel: 'lre', validatedAt: '2026-03-29T17:59:00Z' }), '2026-03-29');
    assert.equal(dispatchDate({ channel: 'lre', validatedAt: '2026-03-29T18:00:00Z' }), '2026-03-30');
    assert.equal(dispatchDate({ channel: 'lre', validatedAt: '2026-10-25T18:59:00Z' }), '2026-10-25');
    assert.equal(dispatchDate({ channel: 'lre', validatedAt: '2026-10-25T19:00:00Z' }), '2026-10-26');
  });

  it('sends every day of the year, holidays and Sundays included', () => {
    assert.equal(dispatchDate({ channel: 'lre', validatedAt: '2026-12-25T10:00:00Z' }), '2026-12-25');
    assert.equal(dispatchDate({ channel: 'lre', validatedAt: '2026-11-29T10:00:00Z' }), '2026-11-29'); // Sunday
  });

  it('closes at 18:00 for the account’s first send', () => {
    assert.equal(sameDayCutoff({ channel: 'lre', firstSend: true }), '18:00');
    assert.equal(dispatchDate({ channel: 'lre', firstSend: true, validatedAt: '2026-11-29T16:59:59Z' }), '2026-11-29');
    assert.equal(dispatchDate({ channel: 'lre', firstSend: true, validatedAt: '2026-11-29T17:00:00Z' }), '2026-11-30');
    assert.equal(dispatchDate({ channel: 'lre', firstSend: false, validatedAt: '2026-11-29T17:00:00Z' }), '2026-11-29');
  });

  it('is the validation day or the next one, never anything else', () => {
    fc.assert(
      fc.property(instantArb, fc.boolean(), (validatedAt, firstSend) => {
        const day = parisDate(validatedAt);
        const dispatch = dispatchDate({ channel: 'lre', validatedAt, firstSend });
        assert.ok(dispatch === day || dispatch === addDays(day, 1));
        const beforeCutoff = validatedAt.getTime() < sameDayCutoffInstant(day, { channel: 'lre', firstSend }).getTime();
        assert.equal(dispatch === day, beforeCutoff);
      }),
      PROPERTY_RUNS,
    );
  });
});

describe('dispatchDate — paper', () => {
  it('leaves the same working day before 10:30, otherwise the next working day', () => {
    assert.equal(sameDayCutoff({ channel: 'paper' }), '10:30');
    assert.equal(dispatchDate({ channel: 'paper', validatedAt: '2026-11-27T09:29:59Z' }), '2026-11-27'); // Fri 10:29:59
    assert.equal(dispatchDate({ channel: 'paper', validatedAt: '2026-11-27T09:30:00Z' }), '2026-11-30'); // Fri 10:30 → Mon
  });

  it('FAQ: validated Friday 14:30 leaves Monday, or Tuesday when Monday is a holiday', () => {
    assert.equal(dispatchDate({ channel: 'paper', validatedAt: '2026-11-27T13:30:00Z' }), '2026-11-30');
    // Friday 3 April 2026 14:30, Easter Monday 6 April → Tuesday 7 April.
    assert.equal(dispatchDate({ channel: 'paper', validatedAt: '2026-04-03T12:30:00Z' }), '2026-04-07');
    // Friday 10:45 before Easter.
    assert.equal(dispatchDate({ channel: 'paper', validatedAt: '2026-04-03T08:45:00Z' }), '2026-04-07');
  });

  it('never leaves on a weekend or holiday, even before 10:30', () => {
    assert.equal(dispatchDate({ channel: 'paper', validatedAt: '2026-11-28T07:00:00Z' }), '2026-11-30'); // Saturday
    assert.equal(dispatchDate({ channel: 'paper', validatedAt: '2026-12-25T07:00:00Z' }), '2026-12-28');
    assert.equal(dispatchDate({ channel: 'paper', validatedAt: '2026-12-24T12:00:00Z', region: 'alsace-moselle' }), '2026-12-28');
  });

  it('is always a working day on or after the validation day, and the first such day', () => {
    fc.assert(
      fc.property(instantArb, fc.constantFrom('metropole', 'alsace-moselle' as const), (validatedAt, region) => {
        const day = parisDate(validatedAt);
        const dispatch = dispatchDate({ channel: 'paper', validatedAt, region });
        assert.ok(isWorkingDay(dispatch, { region }));
        assert.ok(dispatch >= day);
        for (let d = addDays(day, 1); d < dispatch; d = addDays(d, 1)) assert.ok(!isWorkingDay(d, { region }), `${d} skipped`);
      }),
      PROPERTY_RUNS,
    );
  });

  it('refuses an unknown channel', () => {
    assert.throws(() => dispatchDate({ channel: 'fax' as never, validatedAt: '2026-11-27T09:00:00Z' }), (e: unknown) => isRuleInputError(e) && e.argument === 'channel');
  });
});

describe('checkSendDate', () => {
  it('refuses today after the cut-off, and the past', () => {
    assert.deepEqual(checkSendDate({ channel: 'lre', date: '2026-11-29', now: '2026-11-29T19:05:00Z' }), {
      ok: false,
      problem: 'cutoff_passed',
      earliestDate: '2026-11-30',
    });
    assert.deepEqual(checkSendDate({ channel: 'lre', date: '2026-11-28', now: '2026-11-29T10:00:00Z' }), {
      ok: false,
      problem: 'past',
      earliestDate: '2026-11-29',
    });
    assert.deepEqual(checkSendDate({ channel: 'lre', date: '2026-12-25', now: '2026-11-29T10:00:00Z' }), { ok: true });
  });

  it('refuses weekends and holidays for paper, naming the holiday', () => {
    assert.deepEqual(checkSendDate({ channel: 'paper', date: '2026-12-25', now: '2026-11-29T08:00:00Z' }), {
      ok: false,
      problem: 'not_working_day',
      earliestDate: '2026-11-30',
      holidayName: 'Noël',
    });
    assert.equal(checkSendDate({ channel: 'paper', date: '2026-12-05', now: '2026-11-29T08:00:00Z' }).ok, false);
    assert.equal(checkSendDate({ channel: 'paper', date: '2026-12-04', now: '2026-11-29T08:00:00Z' }).ok, true);
  });

  it('accepts exactly the days from the dispatch date to one year ahead (LRE)', () => {
    fc.assert(
      fc.property(instantArb, fc.integer({ min: -3, max: 400 }), (now, offset) => {
        const date = addDays(parisDate(now), offset);
        const earliest = dispatchDate({ channel: 'lre', validatedAt: now });
        const latest = addMonthsLegal(parisDate(now), 12);
        const check = checkSendDate({ channel: 'lre', date, now });
        assert.equal(check.ok, date >= earliest && date <= latest);
        if (!check.ok && date > latest) assert.deepEqual(check, { ok: false, problem: 'too_far_ahead', earliestDate: earliest, latestDate: latest });
      }),
      PROPERTY_RUNS,
    );
  });

  it('paper on a weekend or holiday is refused as not a working day, even when it is also too soon', () => {
    // Saturday 28 Nov 2026, 09:00 Paris: the earliest paper dispatch is Monday, but Saturday is refused for being Saturday.
    assert.deepEqual(checkSendDate({ channel: 'paper', date: '2026-11-28', now: '2026-11-28T08:00:00Z' }), {
      ok: false,
      problem: 'not_working_day',
      earliestDate: '2026-11-30',
    });
    // Friday 1 May 2026 (Fête du Travail), validated that morning.
    assert.deepEqual(checkSendDate({ channel: 'paper', date: '2026-05-01', now: '2026-05-01T06:00:00Z' }), {
      ok: false,
      problem: 'not_working_day',
      earliestDate: '2026-05-04',
      holidayName: 'Fête du Travail',
    });
  });

  it('property: a paper day that is not a working day is never called cutoff_passed', () => {
    fc.assert(
      fc.property(instantArb, fc.integer({ min: 0, max: 10 }), (now, offset) => {
        const date = addDays(parisDate(now), offset);
        const check = checkSendDate({ channel: 'paper', date, now });
        if (!isWorkingDay(date)) assert.equal(!check.ok && check.problem, 'not_working_day');
      }),
      PROPERTY_RUNS,
    );
  });
});
