import { TZDate } from '@date-fns/tz';
import type { IsoDate } from './iso-date.js';

/** The time zone every JRMC rule reasons in ("horaires France métropolitaine"). */
export const PARIS_TIME_ZONE = 'Europe/Paris';

// Paris wall time ↔ instant goes through @date-fns/tz's TZDate, whose getters and constructor read and write the
// Paris fields directly (via Intl), whatever the host zone. date-fns-tz 3 is NOT used: its toZonedTime writes Paris
// time into the *host's* local fields, which reads the wrong Paris hour when that wall time falls in the host's own
// DST gap (measured: wrong 6–12 times per 3 years of 15-minute samples under TZ=America/Santiago, Lord_Howe, Havana…),
// and its fromZonedTime brings a 3.6 kB date parser into every page.
// These are the direct (uncached) computations; `paris-day-memo.ts` caches them per day.

/** The Paris wall-clock fields of an instant (epoch milliseconds), computed through Intl. */
export function parisFieldsAt(ms: number): { date: IsoDate; hours: number; minutes: number; seconds: number } {
  const paris = new TZDate(ms, PARIS_TIME_ZONE);
  return {
    date: `${pad(paris.getFullYear(), 4)}-${pad(paris.getMonth() + 1)}-${pad(paris.getDate())}`,
    hours: paris.getHours(),
    minutes: paris.getMinutes(),
    seconds: paris.getSeconds(),
  };
}

/** The instant (epoch milliseconds) of a Paris wall-clock time on a day, computed through Intl; inputs already checked. */
export function parisWallTimeMs(date: IsoDate, hour: number, minute: number): number {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return new TZDate(year, month - 1, day, hour, minute, PARIS_TIME_ZONE).getTime();
}

function pad(value: number, width = 2): string {
  return String(value).padStart(width, '0');
}
