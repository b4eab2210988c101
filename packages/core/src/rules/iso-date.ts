import { UTCDateMini } from '@date-fns/utc/date/mini';
import { addDays as addCalendarDays, differenceInCalendarDays, getISODay } from 'date-fns';
import { RuleInputError } from './rule-input-error.js';

/**
 * A calendar day in Europe/Paris, written `YYYY-MM-DD` (e.g. `'2026-11-29'`).
 * It is a day, not an instant: it never goes through the host's time zone.
 */
export type IsoDate = string;

/** Day of week as in ISO 8601: 1 = Monday … 7 = Sunday. */
export type IsoWeekday = 1 | 2 | 3 | 4 | 5 | 6 | 7;

const ISO_DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

interface CalendarFields {
  year: number;
  month: number;
  day: number;
}

/**
 * Whether `value` is a real calendar day written `YYYY-MM-DD` (so `'2026-02-30'` is not).
 *
 * @example
 * isIsoDate('2028-02-29') //=> true
 * isIsoDate('2026-02-29') //=> false
 */
export function isIsoDate(value: unknown): value is IsoDate {
  if (typeof value !== 'string') return false;
  const match = ISO_DATE_PATTERN.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/**
 * Checks `value` is an {@link IsoDate} and returns it, or throws a {@link RuleInputError} naming `argument`.
 *
 * @throws {RuleInputError} when `value` is not a real `YYYY-MM-DD` day
 * @example
 * assertIsoDate('2026-11-29', 'sendDate') //=> '2026-11-29'
 */
export function assertIsoDate(value: unknown, argument: string): IsoDate {
  if (!isIsoDate(value)) {
    throw new RuleInputError(argument, value, 'expected a real calendar day written YYYY-MM-DD');
  }
  return value;
}

/**
 * Number of days in a month (`month` 1–12), Gregorian leap years.
 *
 * @example
 * daysInMonth(2028, 2) //=> 29
 */
export function daysInMonth(year: number, month: number): number {
  // Kept by hand rather than date-fns' getDaysInMonth: isIsoDate needs it, and isIsoDate is on every page that
  // reads a date (the provider included), where date-fns would add bytes for one line. Day 0 of the next month is
  // this month's last day; setUTCFullYear (not Date.UTC, which reads years 0–99 as 1900–1999) keeps the host out.
  const lastDay = new Date(0);
  lastDay.setUTCFullYear(year, month, 0);
  return lastDay.getUTCDate();
}

// Calendar arithmetic is date-fns 4's, on days held as UTC midnights in @date-fns/utc's UTCDateMini: its local
// getters and setters ARE the UTC ones, so date-fns (which reads and writes local fields, and builds its results
// with the argument's own class) never sees the host's zone or its DST changes. A calendar day has no time zone
// (see IsoDate), so UTC, which has no DST, is the zone where "one day later" is always 24 hours later.

/** @internal A calendar day as a date-fns date: UTC midnight, in a Date whose local fields are the UTC ones. */
export function calendarDate(year: number, month: number, day: number): Date {
  const date = new UTCDateMini(0);
  // setFullYear (here setUTCFullYear), not Date.UTC: Date.UTC would read years 0–99 as 1900–1999.
  date.setFullYear(year, month - 1, day);
  return date;
}

/** @internal The calendar day of {@link calendarDate}'s kind of date (read with the UTC getters). */
export function fromCalendarDate(date: Date): IsoDate {
  const pad = (n: number, width = 2) => String(n).padStart(width, '0');
  return `${pad(date.getUTCFullYear(), 4)}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
}

/** @internal */
export function fieldsOf(date: IsoDate): CalendarFields {
  return { year: Number(date.slice(0, 4)), month: Number(date.slice(5, 7)), day: Number(date.slice(8, 10)) };
}

/** @internal The day of these fields; a day past the month's end rolls over into the next month. */
export function fromFields(year: number, month: number, day: number): IsoDate {
  return fromCalendarDate(calendarDate(year, month, day));
}

/** @internal A checked calendar day as a date-fns date. */
export function toCalendarDate(date: IsoDate): Date {
  const { year, month, day } = fieldsOf(date);
  return calendarDate(year, month, day);
}

/**
 * The calendar day `days` days after `date` (before it when negative).
 *
 * @throws {RuleInputError} when `date` is not a real day or `days` is not an integer
 * @example
 * addDays('2026-12-31', 1) //=> '2027-01-01'
 */
export function addDays(date: IsoDate, days: number): IsoDate {
  assertIsoDate(date, 'date');
  assertInteger(days, 'days');
  return fromCalendarDate(addCalendarDays(toCalendarDate(date), days));
}

/**
 * Number of calendar days from `from` to `to` (negative when `to` is earlier).
 *
 * @example
 * daysBetween('2026-11-29', '2027-01-01') //=> 33
 */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  assertIsoDate(from, 'from');
  assertIsoDate(to, 'to');
  return differenceInCalendarDays(toCalendarDate(to), toCalendarDate(from));
}

/**
 * ISO day of week of a calendar day: 1 = Monday … 7 = Sunday.
 *
 * @example
 * isoWeekday('2026-11-29') //=> 7
 */
export function isoWeekday(date: IsoDate): IsoWeekday {
  assertIsoDate(date, 'date');
  return getISODay(toCalendarDate(date)) as IsoWeekday;
}

/**
 * Orders two calendar days: negative, zero or positive, usable with `Array.prototype.sort`.
 * (`YYYY-MM-DD` strings of four-digit years also sort as text; this checks them first.)
 *
 * @example
 * ['2027-01-01', '2026-12-31'].sort(compareIsoDates) //=> ['2026-12-31', '2027-01-01']
 */
export function compareIsoDates(a: IsoDate, b: IsoDate): number {
  assertIsoDate(a, 'a');
  assertIsoDate(b, 'b');
  return a < b ? -1 : a > b ? 1 : 0;
}

/** @internal */
export function assertInteger(value: unknown, argument: string): number {
  if (typeof value !== 'number' || !Number.isSafeInteger(value)) {
    throw new RuleInputError(argument, value, 'expected an integer');
  }
  return value;
}
