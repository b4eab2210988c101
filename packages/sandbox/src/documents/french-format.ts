import { formatFrenchDate, parisWallClock, type Instant, type IsoDate } from '@jrmc/core';

// Intl with explicit locale and time zone: the same text on every host, whatever its TZ or default locale.
const EUROS = new Intl.NumberFormat('fr-FR', { style: 'currency', currency: 'EUR' });
const MONTH_AND_YEAR = new Intl.DateTimeFormat('fr-FR', { month: 'long', year: 'numeric', timeZone: 'UTC' });

/**
 * An instant as a French reader expects it, on the Paris clock.
 *
 * @example
 * frenchDateTime('2026-11-29T13:05:00Z') //=> '29 novembre 2026 à 14 h 05'
 */
export function frenchDateTime(instant: Instant): string {
  const { date, minutesOfDay } = parisWallClock(instant);
  const minutes = String(minutesOfDay % 60).padStart(2, '0');
  return `${formatFrenchDate(date)} à ${Math.floor(minutesOfDay / 60)} h ${minutes}`;
}

/**
 * A calendar day (already a Paris date).
 *
 * @example
 * frenchDate('2027-01-01') //=> '1er janvier 2027'
 */
export function frenchDate(date: IsoDate): string {
  return formatFrenchDate(date);
}

/**
 * An invoiced month, `YYYY-MM`.
 *
 * @example
 * frenchMonth('2026-11') //=> 'novembre 2026'
 */
export function frenchMonth(month: string): string {
  const [year, monthNumber] = month.split('-').map(Number) as [number, number];
  return MONTH_AND_YEAR.format(Date.UTC(year, monthNumber - 1, 1));
}

/**
 * Integer cents as euros, French style.
 *
 * @example
 * euros(1788) //=> '17,88 €' (with a narrow no-break space)
 */
export function euros(cents: number): string {
  return EUROS.format(cents / 100);
}
