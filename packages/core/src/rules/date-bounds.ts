import { addMonthsLegal } from './calendar.js';
import { assertIsoDate, type IsoDate } from './iso-date.js';

/** How far ahead a letter may be scheduled: one year after today (Paris). */
export const MAX_SCHEDULE_AHEAD_MONTHS = 12;

/**
 * The last day a letter may be scheduled for, seen from `today` (Paris): one year later, same day of the
 * month (the end of a shorter month, for 29 February).
 *
 * @example
 * latestSchedulableDate('2026-11-30') //=> '2027-11-30'
 * latestSchedulableDate('2028-02-29') //=> '2029-02-28'
 */
export function latestSchedulableDate(today: IsoDate): IsoDate {
  return addMonthsLegal(assertIsoDate(today, 'today'), MAX_SCHEDULE_AHEAD_MONTHS);
}

/**
 * Whether a send date is too far ahead (more than a year after today).
 *
 * @example
 * isScheduledTooFar('2027-12-01', '2026-11-30') //=> true
 */
export function isScheduledTooFar(date: IsoDate, today: IsoDate): boolean {
  return assertIsoDate(date, 'date') > latestSchedulableDate(today);
}

/**
 * Whether a date that must already have happened — a birth, the event behind a termination, a bank's
 * answer — lies after today (Paris). Today itself is allowed.
 *
 * @example
 * isAfterToday('2026-12-01', '2026-11-30') //=> true
 * isAfterToday('2026-11-30', '2026-11-30') //=> false
 */
export function isAfterToday(date: IsoDate, today: IsoDate): boolean {
  return assertIsoDate(date, 'date') > assertIsoDate(today, 'today');
}
