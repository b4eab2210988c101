import { addMonths } from 'date-fns';
import {
  addDays,
  assertInteger,
  assertIsoDate,
  fieldsOf,
  fromCalendarDate,
  fromFields,
  isoWeekday,
  toCalendarDate,
  type IsoDate,
} from './iso-date.js';
import { RuleInputError } from './rule-input-error.js';

/** Which public-holiday calendar applies: mainland France, or Alsace-Moselle's local law (two more days). */
export type Region = 'metropole' | 'alsace-moselle';

/** Options shared by the calendar rules. */
export interface RegionOptions {
  /** Holiday calendar; `'metropole'` when omitted. */
  region?: Region;
}

/** Stable identifier of a public holiday, for translations. */
export type PublicHolidayCode =
  | 'new-year'
  | 'good-friday'
  | 'easter-monday'
  | 'labour-day'
  | 'victory-1945'
  | 'ascension'
  | 'whit-monday'
  | 'bastille-day'
  | 'assumption'
  | 'all-saints'
  | 'armistice-1918'
  | 'christmas'
  | 'st-stephen';

/** A public holiday (jour férié). */
export interface PublicHoliday {
  date: IsoDate;
  /** French name, as people say it. */
  name: string;
  code: PublicHolidayCode;
}

const MIN_YEAR = 1583; // first full year of the Gregorian calendar: the computus below is Gregorian
const MAX_YEAR = 9999;

/**
 * Easter Sunday of a Gregorian year (anonymous Gregorian algorithm, Meeus/Butcher). Hand-written on purpose:
 * date-fns has no computus, and this is arithmetic on the year, not on dates.
 *
 * @throws {RuleInputError} when `year` is not an integer in 1583–9999
 * @example
 * easterSunday(2026) //=> '2026-04-05'
 */
export function easterSunday(year: number): IsoDate {
  assertYear(year);
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return fromFields(year, month, day);
}

const holidayCache = new Map<string, readonly PublicHoliday[]>();

/**
 * The public holidays of a year (Code du travail L3133-1), sorted by date: 11 in mainland France,
 * 13 in Alsace-Moselle (Good Friday and 26 December added).
 *
 * @throws {RuleInputError} when `year` is not an integer in 1583–9999 or `region` is unknown
 * @example
 * publicHolidays(2026).map((h) => h.date)
 * //=> ['2026-01-01', '2026-04-06', '2026-05-01', '2026-05-08', '2026-05-14', '2026-05-25',
 * //    '2026-07-14', '2026-08-15', '2026-11-01', '2026-11-11', '2026-12-25']
 */
export function publicHolidays(year: number, options: RegionOptions = {}): PublicHoliday[] {
  assertYear(year);
  const region = regionOf(options);
  const key = `${region}:${year}`;
  let holidays = holidayCache.get(key);
  if (!holidays) {
    const easter = easterSunday(year);
    const fixed = (month: number, day: number) => fromFields(year, month, day);
    const list: PublicHoliday[] = [
      { date: fixed(1, 1), name: 'Jour de l’an', code: 'new-year' },
      { date: addDays(easter, 1), name: 'Lundi de Pâques', code: 'easter-monday' },
      { date: fixed(5, 1), name: 'Fête du Travail', code: 'labour-day' },
      { date: fixed(5, 8), name: 'Victoire 1945', code: 'victory-1945' },
      { date: addDays(easter, 39), name: 'Ascension', code: 'ascension' },
      { date: addDays(easter, 50), name: 'Lundi de Pentecôte', code: 'whit-monday' },
      { date: fixed(7, 14), name: 'Fête nationale', code: 'bastille-day' },
      { date: fixed(8, 15), name: 'Assomption', code: 'assumption' },
      { date: fixed(11, 1), name: 'Toussaint', code: 'all-saints' },
      { date: fixed(11, 11), name: 'Armistice 1918', code: 'armistice-1918' },
      { date: fixed(12, 25), name: 'Noël', code: 'christmas' },
    ];
    if (region === 'alsace-moselle') {
      list.push(
        { date: addDays(easter, -2), name: 'Vendredi saint', code: 'good-friday' },
        { date: fixed(12, 26), name: 'Saint-Étienne', code: 'st-stephen' },
      );
    }
    // Ascension can fall on 1 or 8 May; both are still listed, as two holidays on one day.
    holidays = Object.freeze(list.sort((x, y) => (x.date < y.date ? -1 : x.date > y.date ? 1 : 0)));
    holidayCache.set(key, holidays);
  }
  return holidays.map((holiday) => ({ ...holiday }));
}

/**
 * The public holiday falling on `date`, if any (the first one when two coincide).
 *
 * @example
 * publicHolidayOn('2026-05-14')?.name //=> 'Ascension'
 */
export function publicHolidayOn(date: IsoDate, options: RegionOptions = {}): PublicHoliday | undefined {
  assertIsoDate(date, 'date');
  return publicHolidays(fieldsOf(date).year, options).find((holiday) => holiday.date === date);
}

/**
 * Whether `date` is a public holiday.
 *
 * @example
 * isPublicHoliday('2026-12-26') //=> false
 * isPublicHoliday('2026-12-26', { region: 'alsace-moselle' }) //=> true
 */
export function isPublicHoliday(date: IsoDate, options: RegionOptions = {}): boolean {
  return publicHolidayOn(date, options) !== undefined;
}

/**
 * Whether `date` is a *jour ouvré*: Monday to Friday and not a public holiday. Paper deposits happen only on those.
 *
 * @example
 * isWorkingDay('2026-04-06') //=> false (Easter Monday)
 * isWorkingDay('2026-04-07') //=> true
 */
export function isWorkingDay(date: IsoDate, options: RegionOptions = {}): boolean {
  return isoWeekday(date) <= 5 && !isPublicHoliday(date, options);
}

/**
 * Whether `date` is a *jour ouvrable*: Monday to Saturday and not a public holiday (La Poste delivers on those).
 *
 * @example
 * isDeliveryDay('2026-11-28') //=> true (a Saturday)
 * isDeliveryDay('2026-11-29') //=> false (a Sunday)
 */
export function isDeliveryDay(date: IsoDate, options: RegionOptions = {}): boolean {
  return isoWeekday(date) <= 6 && !isPublicHoliday(date, options);
}

/**
 * The working day `n` working days after `date` (before it when `n` is negative), not counting `date`
 * itself. With `n = 0` the answer is `date`, working day or not.
 *
 * @throws {RuleInputError} when `date` is not a real day or `n` not an integer
 * @example
 * addWorkingDays('2026-04-03', 1) //=> '2026-04-07' (Friday → Tuesday after Easter Monday)
 * addWorkingDays('2026-04-07', -1) //=> '2026-04-03'
 */
export function addWorkingDays(date: IsoDate, n: number, options: RegionOptions = {}): IsoDate {
  return stepOverDays(date, n, (day) => isWorkingDay(day, options));
}

/**
 * The *jour ouvrable* `n` delivery days after `date` (Monday–Saturday, not a holiday), not counting `date`.
 *
 * @example
 * addDeliveryDays('2026-11-27', 3) //=> '2026-12-01' (Fri → Sat, Mon, Tue)
 */
export function addDeliveryDays(date: IsoDate, n: number, options: RegionOptions = {}): IsoDate {
  return stepOverDays(date, n, (day) => isDeliveryDay(day, options));
}

/**
 * The first working day on or after `date`.
 *
 * @example
 * nextWorkingDayOnOrAfter('2026-11-28') //=> '2026-11-30'
 */
export function nextWorkingDayOnOrAfter(date: IsoDate, options: RegionOptions = {}): IsoDate {
  return isWorkingDay(date, options) ? date : addWorkingDays(date, 1, options);
}

/**
 * "N months later" as art. 641 of the Code de procédure civile counts it: the same day of the month,
 * or the month's last day when that day does not exist. `months` may be negative.
 *
 * @throws {RuleInputError} when `date` is not a real day or `months` not an integer
 * @example
 * addMonthsLegal('2026-01-31', 1) //=> '2026-02-28'
 * addMonthsLegal('2028-01-31', 1) //=> '2028-02-29'
 * addMonthsLegal('2026-11-30', 1) //=> '2026-12-30'
 * addMonthsLegal('2026-03-31', -1) //=> '2026-02-28'
 */
export function addMonthsLegal(date: IsoDate, months: number): IsoDate {
  assertIsoDate(date, 'date');
  assertInteger(months, 'months');
  // date-fns' addMonths keeps the day of the month and clamps it to the target month's last day: art. 641 exactly.
  return fromCalendarDate(addMonths(toCalendarDate(date), months));
}

function stepOverDays(date: IsoDate, n: number, counts: (day: IsoDate) => boolean): IsoDate {
  assertIsoDate(date, 'date');
  assertInteger(n, 'n');
  const step = Math.sign(n);
  let remaining = Math.abs(n);
  let current = date;
  while (remaining > 0) {
    current = addDays(current, step);
    if (counts(current)) remaining -= 1;
  }
  return current;
}

function assertYear(year: number): void {
  assertInteger(year, 'year');
  if (year < MIN_YEAR || year > MAX_YEAR) throw new RuleInputError('year', year, `expected ${MIN_YEAR}–${MAX_YEAR}`);
}

function regionOf(options: RegionOptions): Region {
  const region = options.region ?? 'metropole';
  if (region !== 'metropole' && region !== 'alsace-moselle') {
    throw new RuleInputError('region', region, "expected 'metropole' or 'alsace-moselle'");
  }
  return region;
}
