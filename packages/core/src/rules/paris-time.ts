import { fromZonedTime } from 'date-fns-tz';
import { assertIsoDate, type IsoDate } from './iso-date.js';
import { RuleInputError } from './rule-input-error.js';

/** The time zone every JRMC rule reasons in ("horaires France métropolitaine"). */
export const PARIS_TIME_ZONE = 'Europe/Paris';

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

// date-fns-tz's toZonedTime writes Paris time into the *host's* local fields, which shifts by an hour
// when that wall time falls in the host's own DST gap (e.g. TZ=America/Santiago). Intl reads the
// Paris fields directly, whatever the host zone; the formatter is built once.
let parisFormatter: Intl.DateTimeFormat | undefined;

/**
 * The Paris calendar day and time of day of an instant, independent of the host's time zone.
 *
 * @throws {RuleInputError} when `instant` is not a valid instant
 * @example
 * parisWallClock('2026-07-01T18:30:00Z') //=> { date: '2026-07-01', minutesOfDay: 1230, seconds: 0 }
 */
export function parisWallClock(instant: Instant): ParisWallClock {
  const at = toInstant(instant, 'instant');
  parisFormatter ??= new Intl.DateTimeFormat('en-US', {
    timeZone: PARIS_TIME_ZONE,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    hourCycle: 'h23',
  });
  const parts: Record<string, string> = {};
  for (const part of parisFormatter.formatToParts(at)) parts[part.type] = part.value;
  return {
    date: `${parts.year}-${parts.month}-${parts.day}`,
    minutesOfDay: (Number(parts.hour) % 24) * 60 + Number(parts.minute),
    seconds: Number(parts.second),
  };
}

/**
 * The Paris calendar day an instant falls on.
 *
 * @example
 * parisDate('2026-12-31T23:30:00Z') //=> '2027-01-01'
 */
export function parisDate(instant: Instant): IsoDate {
  return parisWallClock(instant).date;
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
  return fromZonedTime(`${date}T${time}:00`, PARIS_TIME_ZONE);
}
