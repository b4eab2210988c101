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

// Paris wall time ↔ instant is read from the engine's own time-zone database through Intl, never from the host's
// local fields (date-fns-tz 3's toZonedTime writes Paris time into the host's fields, which reads the wrong hour when
// that wall time falls in the host's own DST gap). This is what @date-fns/tz's TZDate does underneath; calling Intl
// directly keeps the same answers (tests compare both over wide ranges) without 4.7 kB of Date subclass on every
// page that only needs a Paris day.

// Created on first use, not at import: a module-level `new Intl.DateTimeFormat` would be a side effect that keeps
// this file in every bundle that merely reaches the rules index.
let parisFields: Intl.DateTimeFormat | undefined;

interface WallFields {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

/** The Paris wall-clock fields of an epoch time (whole seconds). */
function parisFieldsAt(epochMs: number): WallFields {
  parisFields ??= new Intl.DateTimeFormat('en-US', {
    timeZone: PARIS_TIME_ZONE,
    // h23: midnight is 00, never the 24 some engines print with `hour12: false`.
    hourCycle: 'h23',
    era: 'short',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
  });
  const fields: Record<string, string> = {};
  for (const { type, value } of parisFields.formatToParts(epochMs)) fields[type] = value;
  const year = Number(fields.year);
  return {
    // Years before 1 are printed as "1 BC", "2 BC"…: back to astronomical numbering (1 BC is year 0).
    year: fields.era === 'BC' || fields.era === 'B' ? 1 - year : year,
    month: Number(fields.month),
    day: Number(fields.day),
    hour: Number(fields.hour),
    minute: Number(fields.minute),
    second: Number(fields.second),
  };
}

/** Epoch time of wall-clock fields read as if they were UTC (years 0–99 included, unlike `Date.UTC`). */
function fieldsAsUtc({ year, month, day, hour, minute, second }: WallFields): number {
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  date.setUTCHours(hour, minute, second, 0);
  return date.getTime();
}

/** Paris's offset from UTC at an instant, in milliseconds (+1 h in winter, +2 h in summer). */
function parisOffsetAt(epochMs: number): number {
  const wholeSeconds = Math.floor(epochMs / 1000) * 1000;
  return fieldsAsUtc(parisFieldsAt(wholeSeconds)) - wholeSeconds;
}

/**
 * The Paris calendar day and time of day of an instant, independent of the host's time zone.
 *
 * @throws {RuleInputError} when `instant` is not a valid instant
 * @example
 * parisWallClock('2026-07-01T18:30:00Z') //=> { date: '2026-07-01', minutesOfDay: 1230, seconds: 0 }
 */
export function parisWallClock(instant: Instant): ParisWallClock {
  const paris = parisFieldsAt(toInstant(instant, 'instant').getTime());
  return {
    date: `${pad(paris.year, 4)}-${pad(paris.month)}-${pad(paris.day)}`,
    minutesOfDay: paris.hour * 60 + paris.minute,
    seconds: paris.second,
  };
}

function pad(value: number, width = 2): string {
  return String(value).padStart(width, '0');
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
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const [hour, minute] = time.split(':').map(Number) as [number, number];
  // Paris changes hour at 02:00/03:00, never at the times JRMC uses, so the wall time always exists once: the
  // offset read just before the wall time read as UTC, then corrected once, lands on it.
  const wallAsUtc = fieldsAsUtc({ year, month, day, hour, minute, second: 0 });
  const guess = wallAsUtc - parisOffsetAt(wallAsUtc);
  return new Date(wallAsUtc - parisOffsetAt(guess));
}
