import { addMonthsLegal } from './calendar.js';
import { assertIsoDate, type IsoDate } from './iso-date.js';

/** How far ahead a user may plan: a scheduled send date, or a new contract's start, at most this many months ahead. */
export const PLANNING_HORIZON_MONTHS = 12;

/**
 * The last day a letter may be scheduled for, or a new contract may start on, when asked on `today`:
 * one year ahead (art. 641 month arithmetic, so 29 Feb 2028 → 28 Feb 2029).
 *
 * @param today - the Paris day the question is asked
 * @returns the last allowed day, inclusive
 * @throws {RuleInputError} when `today` is not a real day
 * @example
 * latestPlannableDate('2026-11-29') //=> '2027-11-29'
 * latestPlannableDate('2028-02-29') //=> '2029-02-28'
 */
export function latestPlannableDate(today: IsoDate): IsoDate {
  return addMonthsLegal(assertIsoDate(today, 'today'), PLANNING_HORIZON_MONTHS);
}

/**
 * Whether a fact's date (a birth, an event, a sale, a bank's answer) is acceptable on `today`: it cannot be in the future.
 *
 * @throws {RuleInputError} when either argument is not a real day
 * @example
 * isNotInFuture('2026-11-29', '2026-11-29') //=> true
 * isNotInFuture('2026-11-30', '2026-11-29') //=> false
 */
export function isNotInFuture(date: IsoDate, today: IsoDate): boolean {
  return assertIsoDate(date, 'date') <= assertIsoDate(today, 'today');
}
