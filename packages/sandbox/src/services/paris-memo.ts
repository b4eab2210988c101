import { parisDate, parisTimeToInstant, type IsoDate } from '@jrmc/core';

// Core's Paris-time functions go through Intl, which is slow when thousands of letters are indexed at
// once (seeding, long clock advances). Their results depend only on small keys, so they are memoised.
const MAX_ENTRIES = 10_000;
const days = new Map<string, IsoDate>();
const instants = new Map<string, Date>();

function remember<K, V>(cache: Map<K, V>, key: K, compute: () => V): V {
  let value = cache.get(key);
  if (value === undefined) {
    if (cache.size >= MAX_ENTRIES) cache.clear();
    value = compute();
    cache.set(key, value);
  }
  return value;
}

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{3})?Z$/;

/**
 * Core's `parisDate` of a wire instant. Paris changes offset, and its days start, only on whole UTC
 * hours (offsets are whole hours; DST switches at 01:00 UTC), so the day is the same for a whole UTC
 * hour and the hour is the cache key.
 */
export function parisDayOf(instant: string): IsoDate {
  if (!ISO_INSTANT.test(instant)) return parisDate(instant);
  return remember(days, instant.slice(0, 13), () => parisDate(instant));
}

/** Core's `parisTimeToInstant` of a Paris day and time (a copy, so callers cannot alter the cache). */
export function parisInstantOf(day: IsoDate, time?: string): Date {
  return new Date(remember(instants, `${day} ${time ?? ''}`, () => (time === undefined ? parisTimeToInstant(day) : parisTimeToInstant(day, time))).getTime());
}
