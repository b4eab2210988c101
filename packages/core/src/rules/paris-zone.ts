import type { IsoDate } from './iso-date.js';

/** The time zone every JRMC rule reasons in ("horaires France métropolitaine"). */
export const PARIS_TIME_ZONE = 'Europe/Paris';

// Paris wall time ↔ instant is read from the engine's own time-zone database through Intl, never from the host's
// local fields. Two libraries were tried and left: date-fns-tz 3's toZonedTime writes Paris time into the *host's*
// local fields, which reads the wrong Paris hour when that wall time falls in the host's own DST gap (wrong 6–12
// times per 3 years of 15-minute samples under TZ=America/Santiago, Lord_Howe, Havana…); @date-fns/tz's TZDate
// constructor, Paris wall time → instant, is an hour off on days when the *host* changes hour (16 quarter-hours
// around 30 March 1997 under TZ=America/Santiago), and costs 4.7 kB minified on every page that needs a Paris day.
// Reading Intl's fields directly gives the host-independent answer (tests compare it with the EU summer-time rule
// and with Intl over wide ranges, under far-away host zones).
// These are the direct (uncached) computations; `paris-day-memo.ts` caches them per day.

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
function wallFieldsAt(epochMs: number): WallFields {
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
  return fieldsAsUtc(wallFieldsAt(wholeSeconds)) - wholeSeconds;
}

/** The Paris wall-clock fields of an instant (epoch milliseconds), computed through Intl. */
export function parisFieldsAt(ms: number): { date: IsoDate; hours: number; minutes: number; seconds: number } {
  const paris = wallFieldsAt(ms);
  return {
    date: `${pad(paris.year, 4)}-${pad(paris.month)}-${pad(paris.day)}`,
    hours: paris.hour,
    minutes: paris.minute,
    seconds: paris.second,
  };
}

/** The instant (epoch milliseconds) of a Paris wall-clock time on a day, computed through Intl; inputs already checked. */
export function parisWallTimeMs(date: IsoDate, hour: number, minute: number): number {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  // Paris changes hour at 02:00/03:00, never at the times JRMC uses, so the wall time always exists once: the
  // offset read just before the wall time read as UTC, then corrected once, lands on it.
  const wallAsUtc = fieldsAsUtc({ year, month, day, hour, minute, second: 0 });
  const guess = wallAsUtc - parisOffsetAt(wallAsUtc);
  return wallAsUtc - parisOffsetAt(guess);
}

function pad(value: number, width = 2): string {
  return String(value).padStart(width, '0');
}
