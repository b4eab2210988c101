import { parisDate, type IsoDate } from '@jrmc/core';
import type { Locale } from './translate.js';

const tags: Record<Locale, string> = { fr: 'fr-FR', en: 'en-GB' };
const cache = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat | Intl.PluralRules>();

function dateFormat(locale: Locale, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}:${JSON.stringify(options)}`;
  let format = cache.get(key) as Intl.DateTimeFormat | undefined;
  if (!format) {
    format = new Intl.DateTimeFormat(tags[locale], options);
    cache.set(key, format);
  }
  return format;
}

/**
 * A calendar day for display ("31 décembre 2026"). The day is read as UTC on purpose: it is a day, not
 * an instant, so the browser's zone must not move it.
 */
export function formatDay(locale: Locale, date: IsoDate, style: 'long' | 'full' | 'short' = 'long'): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return dateFormat(locale, { dateStyle: style, timeZone: 'UTC' }).format(new Date(Date.UTC(year, month - 1, day)));
}

/** An instant in Paris time ("30 décembre 2026 à 23:59"). */
export function formatInstant(locale: Locale, instant: string | Date): string {
  return dateFormat(locale, { dateStyle: 'long', timeStyle: 'short', timeZone: 'Europe/Paris' }).format(new Date(instant));
}

/** Month and year of a calendar month (`YYYY-MM`), for the date picker's caption. */
export function formatMonth(locale: Locale, month: string): string {
  const [year, monthNumber] = month.split('-').map(Number) as [number, number];
  return dateFormat(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(Date.UTC(year, monthNumber - 1, 1)));
}

/** Short weekday names, Monday first. */
export function weekdayNames(locale: Locale, width: 'short' | 'narrow' | 'long' = 'short'): string[] {
  // 2024-01-01 was a Monday.
  return Array.from({ length: 7 }, (_, index) => dateFormat(locale, { weekday: width, timeZone: 'UTC' }).format(new Date(Date.UTC(2024, 0, 1 + index))));
}

/**
 * A count as the language writes it ("2 500" in French) with its grammatical number, for messages that have a
 * `.one` and an `.other` form: French puts 0 and 1 in the singular ("0 courrier affiché"), English only 1.
 */
export function countOf(locale: Locale, count: number): { form: 'one' | 'other'; text: string } {
  let rules = cache.get(`plural:${locale}`) as Intl.PluralRules | undefined;
  let number = cache.get(`count:${locale}`) as Intl.NumberFormat | undefined;
  if (!rules || !number) {
    rules = new Intl.PluralRules(tags[locale]);
    number = new Intl.NumberFormat(tags[locale]);
    cache.set(`plural:${locale}`, rules);
    cache.set(`count:${locale}`, number);
  }
  return { form: rules.select(count) === 'one' ? 'one' : 'other', text: number.format(count) };
}

/** Cents as euros ("17,88 €"). */
export function formatCents(locale: Locale, cents: number): string {
  const key = `money:${locale}`;
  let format = cache.get(key) as Intl.NumberFormat | undefined;
  if (!format) {
    format = new Intl.NumberFormat(tags[locale], { style: 'currency', currency: 'EUR' });
    cache.set(key, format);
  }
  return format.format(cents / 100);
}

/**
 * The last Paris day that still falls before `deadline` (an instant such as core's `cancellationDeadline` or a
 * quote's `cancellableUntil`): the day a user reads as "until". The deadline itself comes from core, never from
 * date arithmetic here.
 */
export function formatLastDayBefore(locale: Locale, deadline: string, style: 'long' | 'full' | 'short' = 'long'): string {
  return formatDay(locale, parisDate(new Date(Date.parse(deadline) - 1)), style);
}
