import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import {
  addDeliveryDays,
  addMonthsLegal,
  addWorkingDays,
  daysInMonth,
  easterSunday,
  isDeliveryDay,
  isoWeekday,
  isPublicHoliday,
  isRuleInputError,
  isWorkingDay,
  publicHolidayOn,
  publicHolidays,
  RuleInputError,
} from '../../src/rules/index.js';
import { isoDateArb, PROPERTY_RUNS } from './arbitraries.js';

describe('easterSunday', () => {
  it('matches the published Easter dates', () => {
    // Dates from the Gregorian tables (including the extremes 22 March and 25 April).
    const published: Record<number, string> = {
      1818: '1818-03-22', 1943: '1943-04-25', 2000: '2000-04-23', 2008: '2008-03-23', 2019: '2019-04-21',
      2024: '2024-03-31', 2025: '2025-04-20', 2026: '2026-04-05', 2027: '2027-03-28', 2038: '2038-04-25', 2100: '2100-03-28',
    };
    for (const [year, date] of Object.entries(published)) assert.equal(easterSunday(Number(year)), date, `Easter ${year}`);
  });

  it('is always a Sunday between 22 March and 25 April', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1583, max: 9999 }), (year) => {
        const easter = easterSunday(year);
        assert.equal(isoWeekday(easter), 7);
        assert.ok(easter.slice(5) >= '03-22' && easter.slice(5) <= '04-25', easter);
      }),
      PROPERTY_RUNS,
    );
  });

  it('refuses a year outside the Gregorian calendar', () => {
    assert.throws(() => easterSunday(1500), (error: unknown) => isRuleInputError(error) && error.argument === 'year');
    assert.throws(() => easterSunday(2026.5), RuleInputError);
  });
});

describe('publicHolidays', () => {
  it('lists the 11 metropolitan holidays of 2025, 2026 and 2027', () => {
    assert.deepEqual(
      publicHolidays(2025).map((h) => h.date),
      ['2025-01-01', '2025-04-21', '2025-05-01', '2025-05-08', '2025-05-29', '2025-06-09', '2025-07-14', '2025-08-15', '2025-11-01', '2025-11-11', '2025-12-25'],
    );
    assert.deepEqual(
      publicHolidays(2026).map((h) => `${h.date} ${h.name}`),
      [
        '2026-01-01 Jour de l’an', '2026-04-06 Lundi de Pâques', '2026-05-01 Fête du Travail', '2026-05-08 Victoire 1945',
        '2026-05-14 Ascension', '2026-05-25 Lundi de Pentecôte', '2026-07-14 Fête nationale', '2026-08-15 Assomption',
        '2026-11-01 Toussaint', '2026-11-11 Armistice 1918', '2026-12-25 Noël',
      ],
    );
    assert.deepEqual(
      publicHolidays(2027).map((h) => h.date),
      ['2027-01-01', '2027-03-29', '2027-05-01', '2027-05-06', '2027-05-08', '2027-05-17', '2027-07-14', '2027-08-15', '2027-11-01', '2027-11-11', '2027-12-25'],
    );
  });

  it('adds Good Friday and 26 December in Alsace-Moselle', () => {
    const alsace = publicHolidays(2026, { region: 'alsace-moselle' });
    assert.equal(alsace.length, 13);
    assert.deepEqual(alsace.filter((h) => h.code === 'good-friday' || h.code === 'st-stephen').map((h) => h.date), ['2026-04-03', '2026-12-26']);
    assert.equal(isPublicHoliday('2026-04-03'), false);
    assert.equal(isPublicHoliday('2026-04-03', { region: 'alsace-moselle' }), true);
  });

  it('returns copies the caller may change without affecting later answers', () => {
    const first = publicHolidays(2026);
    first[0]!.date = '1999-01-01';
    assert.equal(publicHolidays(2026)[0]!.date, '2026-01-01');
  });

  it('gives 11 holidays every year, sorted, and 13 in Alsace-Moselle', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2000, max: 2100 }), (year) => {
        const dates = publicHolidays(year).map((h) => h.date);
        assert.equal(dates.length, 11);
        assert.deepEqual([...dates].sort(), dates);
        assert.ok(dates.every((d) => d.startsWith(`${year}-`)));
        assert.equal(publicHolidays(year, { region: 'alsace-moselle' }).length, 13);
      }),
      PROPERTY_RUNS,
    );
  });

  it('refuses an unknown region', () => {
    assert.throws(() => publicHolidays(2026, { region: 'bretagne' as never }), (e: unknown) => isRuleInputError(e) && e.argument === 'region');
  });
});

describe('working days and delivery days', () => {
  it('knows a jour ouvré from a jour ouvrable', () => {
    assert.equal(isWorkingDay('2026-11-27'), true); // Friday
    assert.equal(isWorkingDay('2026-11-28'), false); // Saturday
    assert.equal(isDeliveryDay('2026-11-28'), true); // La Poste delivers on Saturday
    assert.equal(isDeliveryDay('2026-11-29'), false); // Sunday
    assert.equal(isWorkingDay('2026-05-14'), false); // Ascension, a Thursday
    assert.equal(publicHolidayOn('2026-05-14')?.code, 'ascension');
  });

  it('steps over weekends and holidays, not counting the start day', () => {
    assert.equal(addWorkingDays('2026-04-03', 1), '2026-04-07'); // Friday before Easter Monday
    assert.equal(addWorkingDays('2026-04-07', -1), '2026-04-03');
    assert.equal(addWorkingDays('2026-12-24', 1), '2026-12-28'); // Christmas Friday, weekend
    assert.equal(addWorkingDays('2026-12-24', 1, { region: 'alsace-moselle' }), '2026-12-28');
    assert.equal(addWorkingDays('2026-11-29', 0), '2026-11-29');
    assert.equal(addWorkingDays('2026-11-27', 10), '2026-12-11');
    assert.equal(addDeliveryDays('2026-11-27', 3), '2026-12-01');
  });

  it('always lands on a working day, at the right distance', () => {
    fc.assert(
      fc.property(isoDateArb, fc.integer({ min: 1, max: 40 }), (date, n) => {
        const later = addWorkingDays(date, n);
        assert.ok(isWorkingDay(later));
        assert.ok(later > date);
        // exactly n working days in (date, later]
        let count = 0;
        for (let d = addWorkingDays(date, 1); d <= later; d = addWorkingDays(d, 1)) count += 1;
        assert.equal(count, n);
      }),
      { numRuns: 300 },
    );
  });

  it('addWorkingDays(addWorkingDays(d, n), -n) gives d back on working days', () => {
    fc.assert(
      fc.property(isoDateArb, fc.integer({ min: -60, max: 60 }), (date, n) => {
        fc.pre(isWorkingDay(date));
        assert.equal(addWorkingDays(addWorkingDays(date, n), -n), date);
      }),
      PROPERTY_RUNS,
    );
  });

  it('refuses malformed dates, naming the argument', () => {
    for (const bad of ['2026-02-30', 'tomorrow', '2026-13-01', '26-11-29', '', '2026-11-29T00:00:00Z']) {
      assert.throws(() => isWorkingDay(bad), (e: unknown) => isRuleInputError(e) && e.argument === 'date' && e.value === bad, bad);
    }
    assert.throws(() => addWorkingDays('2026-11-27', 1.5), (e: unknown) => isRuleInputError(e) && e.argument === 'n');
  });
});

describe('addMonthsLegal (art. 641 CPC)', () => {
  it('keeps the day of month, or clamps to the last day', () => {
    assert.equal(addMonthsLegal('2026-01-31', 1), '2026-02-28');
    assert.equal(addMonthsLegal('2028-01-31', 1), '2028-02-29');
    assert.equal(addMonthsLegal('2026-11-30', 1), '2026-12-30');
    assert.equal(addMonthsLegal('2026-12-01', 1), '2027-01-01');
    assert.equal(addMonthsLegal('2026-03-31', -1), '2026-02-28');
    assert.equal(addMonthsLegal('2027-03-01', -2), '2027-01-01');
    assert.equal(addMonthsLegal('2026-08-31', -18), '2025-02-28');
    assert.equal(addMonthsLegal('2026-05-15', 0), '2026-05-15');
  });

  it('moves exactly |months| calendar months and clamps only when needed', () => {
    fc.assert(
      fc.property(isoDateArb, fc.integer({ min: -36, max: 36 }), (date, months) => {
        const result = addMonthsLegal(date, months);
        const [y, m, d] = date.split('-').map(Number) as [number, number, number];
        const [ry, rm, rd] = result.split('-').map(Number) as [number, number, number];
        assert.equal(ry * 12 + rm - (y * 12 + m), months);
        assert.equal(rd, Math.min(d, daysInMonth(ry, rm)));
      }),
      PROPERTY_RUNS,
    );
  });

  it('refuses a malformed date or a fractional month', () => {
    assert.throws(() => addMonthsLegal('2026-02-30', 1), (e: unknown) => isRuleInputError(e) && e.argument === 'date');
    assert.throws(() => addMonthsLegal('2026-02-01', 0.5), (e: unknown) => isRuleInputError(e) && e.argument === 'months');
  });
});
