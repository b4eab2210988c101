import { RuleInputError } from './rule-input-error.js';

/**
 * A calendar day in Europe/Paris, written `YYYY-MM-DD` (e.g. `'2026-11-29'`).
 * It is a day, not an instant: it never goes through the host's time zone.
 */
export type IsoDate = string;

/** Day of week as in ISO 8601: 1 = Monday … 7 = Sunday. */
export type IsoWeekday = 1 | 2 | 3 | 4 | 5 | 6 | 7;

const ISO_DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;

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
  // Day 0 of the next month is the last day of this one; UTC keeps the host zone out of it.
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** @internal */
export function fieldsOf(date: IsoDate): CalendarFields {
  return { year: Number(date.slice(0, 4)), month: Number(date.slice(5, 7)), day: Number(date.slice(8, 10)) };
}

/** @internal */
export function fromFields(year: number, month: number, day: number): IsoDate {
  return fromEpochDay(Math.round(Date.UTC(year, month - 1, day) / MS_PER_DAY));
}

/** @internal Days since 1970-01-01. */
export function toEpochDay(date: IsoDate): number {
  const { year, month, day } = fieldsOf(date);
  return Math.round(Date.UTC(year, month - 1, day) / MS_PER_DAY);
}

/** @internal */
export function fromEpochDay(epochDay: number): IsoDate {
  const utc = new Date(epochDay * MS_PER_DAY);
  const year = utc.getUTCFullYear();
  const pad = (n: number, width = 2) => String(n).padStart(width, '0');
  return `${pad(year, 4)}-${pad(utc.getUTCMonth() + 1)}-${pad(utc.getUTCDate())}`;
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
  return fromEpochDay(toEpochDay(date) + days);
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
  return toEpochDay(to) - toEpochDay(from);
}

/**
 * ISO day of week of a calendar day: 1 = Monday … 7 = Sunday.
 *
 * @example
 * isoWeekday('2026-11-29') //=> 7
 */
export function isoWeekday(date: IsoDate): IsoWeekday {
  assertIsoDate(date, 'date');
  // 1970-01-01 was a Thursday (ISO 4).
  return ((((toEpochDay(date) + 3) % 7) + 7) % 7 + 1) as IsoWeekday;
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
