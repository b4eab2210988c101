import { parisDate, postalProduct } from '@jrmc/core';
import type { LetterSummary, UserProfile } from '@jrmc/core/contract';
import { countOf, formatDay } from '../i18n/format.js';
import type { Locale } from '../i18n/translate.js';
import type { HistoryMessageKey } from './history-i18n.js';

/** What a history row shows as text, worked out from the letter once. */
export interface HistoryRowText {
  /** The service, with the postage product for paper mail ("Courrier papier · Lettre suivie"). */
  readonly service: string;
  /** The status label. */
  readonly status: string;
  /** The Paris day the letter was created, short ("30/11/2026"). */
  readonly created: string;
  /** The sending day (sent or scheduled), short, or "not scheduled". */
  readonly sent: string;
  /** The handler's name, their id when the profile is unknown, or "unassigned". */
  readonly assignee: string;
  /** The recipient and the references, joined for the detail line. */
  readonly detail: string;
}

/** The words a row's text depends on besides the letter: the language and the account's profiles. */
export interface HistoryRowContext {
  readonly locale: Locale;
  readonly profiles: readonly UserProfile[];
  readonly t: (key: HistoryMessageKey) => string;
}

interface Cached {
  readonly locale: Locale;
  readonly profiles: readonly UserProfile[];
  // A word of the current table: English arriving after a French fallback makes the cached text stale.
  readonly sample: string;
  readonly text: HistoryRowText;
}

// Keyed by the letter object: a loaded row never changes in place (a reassignment replaces it). Every redraw of the
// window asks again for the rows that stay drawn, so the recent rows are enough; bounded (oldest out first) so
// scrolling through 10,000 letters leaves the memory flat instead of keeping every row's text.
const CACHED_ROWS = 256;
const cache = new Map<LetterSummary, Cached>();

/**
 * The text of one history row, computed when it is drawn and reused while the language and the profiles stay the
 * same: the Paris day of `createdAt` (a time-zone conversion) and the date formatting are the costly part of a row,
 * and every frame of a scroll redraws the rows that stay in the window.
 *
 * @example
 * historyRowText({ ...letter, createdAt: '2026-12-31T23:30:00Z', dispatchDate: null, scheduledDate: null }, { locale: 'fr', profiles: [], t }).created //=> '01/01/2027'
 */
export function historyRowText(row: LetterSummary, context: HistoryRowContext): HistoryRowText {
  const sample = context.t('history.unassigned');
  const cached = cache.get(row);
  if (cached && cached.locale === context.locale && cached.profiles === context.profiles && cached.sample === sample) return cached.text;
  const text = computeRowText(row, context);
  cache.delete(row);
  cache.set(row, { locale: context.locale, profiles: context.profiles, sample, text });
  if (cache.size > CACHED_ROWS) cache.delete(cache.keys().next().value!);
  return text;
}

function computeRowText(row: LetterSummary, { locale, profiles, t }: HistoryRowContext): HistoryRowText {
  const serviceLabel = t(`service.${row.service}` as HistoryMessageKey);
  const sendDate = row.dispatchDate ?? row.scheduledDate;
  return {
    service: row.product ? `${serviceLabel} · ${productLabel(row.product, locale)}` : serviceLabel,
    status: t(`status.${row.status}` as HistoryMessageKey),
    created: formatDay(locale, parisDate(row.createdAt), 'short'),
    sent: sendDate ? formatDay(locale, sendDate, 'short') : t('history.noDate'),
    assignee: row.assigneeId ? (profiles.find((profile) => profile.id === row.assigneeId)?.name ?? row.assigneeId) : t('history.unassigned'),
    detail: [row.recipientName, row.references].filter(Boolean).join(' · '),
  };
}

/** A paper product's name, short enough for a history cell. */
function productLabel(code: NonNullable<LetterSummary['product']>, locale: Locale): string {
  const product = postalProduct(code);
  return locale === 'en' ? product.labelEn : product.labelFr;
}

let warmed = false;

/**
 * Does ahead, once per page, the one-time work the first rows' text would otherwise do between the first page's
 * arrival and its paint: the engine builds its Europe/Paris time-zone data on the first Paris conversion and its
 * date format for the language on the first short date — together about half of the history's first render when
 * profiled in Chromium (~25 ms of ~60) — and the plural rules and number format of the footer's count on its first
 * use (5–9 ms more, measured). Call it when the first page is requested: it runs in a task of its own once the
 * request has left, so it overlaps the network round trip instead of delaying the request or the rows.
 */
export function warmRowTextSoon(locale: Locale): void {
  if (warmed) return;
  warmed = true;
  setTimeout(() => {
    // The values are dropped: only the engine's caches (and core's per-day memo for today) are wanted.
    formatDay(locale, parisDate(new Date()), 'short');
    countOf(locale, 0);
  }, 0);
}
