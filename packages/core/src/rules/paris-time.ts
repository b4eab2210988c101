import { assertIsoDate, type IsoDate } from './iso-date.js';
import { parisDayAt, parisWallTimeAt } from './paris-day-memo.js';
import { parisFieldsAt } from './paris-zone.js';
import { RuleInputError } from './rule-input-error.js';

export { PARIS_TIME_ZONE } from './paris-zone.js';

/** A Paris wall-clock reading of an instant. */
export interface ParisWallClock {
  /** The Paris calendar day. */
  date: IsoDate;
  /** Minutes since Paris midnight, 0–1439. */
  minutesOfDay: number;
  /** Seconds within the minute, 0–59 (cut-offs are strict: 19:59:59 is still before 20:00). */
  seconds: number;
}

/** An instant: a `Date`, or an ISO-8601 timestamp that names its offset (`Z` or `+01:00`). */
export type Instant = Date | string;

// An ISO timestamp must carry its offset, otherwise the host's zone would decide what it means.
const ISO_INSTANT_PATTERN = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})$/i;

/**
 * Reads an {@link Instant} argument, refusing anything whose meaning would depend on the host.
 *
 * @throws {RuleInputError} for an invalid `Date`, a string without offset, or an unparseable string
 * @example
 * toInstant('2026-11-29T19:00:00Z', 'validatedAt').toISOString() //=> '2026-11-29T19:00:00.000Z'
 */
export function toInstant(value: unknown, argument: string): Date {
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) throw new RuleInputError(argument, value, 'invalid Date');
    return value;
  }
  if (typeof value === 'string' && ISO_INSTANT_PATTERN.test(value)) {
    const parsed = new Date(value);
    if (!Number.isNaN(parsed.getTime())) return parsed;
  }
  throw new RuleInputError(argument, value, 'expected a Date or an ISO-8601 timestamp with offset, e.g. 2026-11-29T19:00:00Z');
}

/**
 * The Paris calendar day and time of day of an instant, independent of the host's time zone.
 *
 * @throws {RuleInputError} when `instant` is not a valid instant
 * @example
 * parisWallClock('2026-07-01T18:30:00Z') //=> { date: '2026-07-01', minutesOfDay: 1230, seconds: 0 }
 */
export function parisWallClock(instant: Instant): ParisWallClock {
  const { date, hours, minutes, seconds } = parisFieldsAt(toInstant(instant, 'instant').getTime());
  return { date, minutesOfDay: hours * 60 + minutes, seconds };
}

/**
 * The Paris calendar day an instant falls on.
 *
 * @example
 * parisDate('2026-12-31T23:30:00Z') //=> '2027-01-01'
 */
export function parisDate(instant: Instant): IsoDate {
  // Cached per day (see paris-day-memo.ts): the sandbox asks this for every letter it writes.
  return parisDayAt(toInstant(instant, 'instant').getTime());
}

/**
 * The instant of a Paris wall-clock time on a given day (`time` as `HH:MM`, default midnight).
 * Paris changes hour at 02:00/03:00, so the times JRMC uses (00:00, 10:30, 18:00, 20:00) always exist.
 *
 * @throws {RuleInputError} when `date` is not a real day or `time` is not `HH:MM`
 * @example
 * parisTimeToInstant('2026-12-31', '20:00').toISOString() //=> '2026-12-31T19:00:00.000Z'
 * parisTimeToInstant('2026-07-14', '20:00').toISOString() //=> '2026-07-14T18:00:00.000Z'
 */
export function parisTimeToInstant(date: IsoDate, time = '00:00'): Date {
  assertIsoDate(date, 'date');
  if (!/^([01]\d|2[0-3]):[0-5]\d$/.test(time)) throw new RuleInputError('time', time, 'expected HH:MM');
  const [hour, minute] = time.split(':').map(Number) as [number, number];
  // Paris changes hour at 02:00/03:00, never at the times JRMC uses, so the wall time always exists once.
  return new Date(parisWallTimeAt(date, hour, minute));
}
