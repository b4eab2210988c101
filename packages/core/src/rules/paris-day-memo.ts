import type { IsoDate } from './iso-date.js';
import { parisFieldsAt, parisWallTimeMs } from './paris-zone.js';

/**
 * Paris-time conversions cached per DAY. Going through Intl costs microseconds per call, and the sandbox
 * converts for every letter it writes (a seeded history is tens of thousands of letters, one hour apart).
 * Both caches are keyed by a day, whose answers never change: they are pure functions of the date (DST
 * days included), so a cached answer is the direct one. Each cache holds at most {@link MAX_DAYS} entries
 * (over 20 years of days) and is cleared when full, so it never grows with the data.
 */
export const MAX_DAYS = 8192;

const DAY_MS = 86_400_000;

/** How one UTC day maps to Paris days: `before` until `switchAt` (epoch ms), `after` from it. */
interface UtcDayInParis {
  before: IsoDate;
  after: IsoDate;
  switchAt: number;
}

const utcDays = new Map<number, UtcDayInParis | null>();
const wallTimes = new Map<string, number>();

function remember<K, V>(cache: Map<K, V>, key: K, compute: () => V): V {
  if (cache.has(key)) return cache.get(key) as V;
  if (cache.size >= MAX_DAYS) cache.clear();
  const value = compute();
  cache.set(key, value);
  return value;
}

/**
 * Where the Paris day changes within UTC day `utcDay`, or `null` when that day must be computed directly.
 * Paris is ahead of UTC by 0 to 2 hours, so a UTC day overlaps two Paris days at most and the change is the
 * start of the later one. That start is checked on both sides, so a day whose change the Paris rules put
 * anywhere else (a historic offset, a midnight that did not exist) is never answered from the cache.
 */
function parisTransition(utcDay: number): UtcDayInParis | null {
  const first = utcDay * DAY_MS;
  const last = first + DAY_MS - 1;
  const before = parisFieldsAt(first).date;
  const after = parisFieldsAt(last).date;
  if (before === after) return { before, after, switchAt: Number.POSITIVE_INFINITY };
  const switchAt = parisWallTimeMs(after, 0, 0);
  const exact = switchAt > first && switchAt <= last && parisFieldsAt(switchAt).date === after && parisFieldsAt(switchAt - 1).date === before;
  return exact ? { before, after, switchAt } : null;
}

/** The Paris calendar day of an instant (epoch milliseconds, already checked), from the per-day cache. */
export function parisDayAt(ms: number): IsoDate {
  const utcDay = Math.floor(ms / DAY_MS);
  const known = remember(utcDays, utcDay, () => parisTransition(utcDay));
  if (!known) return parisFieldsAt(ms).date;
  return ms >= known.switchAt ? known.after : known.before;
}

/** The instant (epoch milliseconds) of a Paris wall time on a day (inputs already checked), from the per-day cache. */
export function parisWallTimeAt(date: IsoDate, hour: number, minute: number): number {
  return remember(wallTimes, `${date}T${hour}:${minute}`, () => parisWallTimeMs(date, hour, minute));
}

/** Empties both caches (tests: to compare a cold answer with a warm one). */
export function clearParisDayMemo(): void {
  utcDays.clear();
  wallTimes.clear();
}
