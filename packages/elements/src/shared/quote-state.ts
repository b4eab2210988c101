import type { Quote } from '@jrmc/core/contract';
import type { LatestRequestController } from '../controllers/latest-request-controller.js';
import type { Locale } from '../i18n/translate.js';
import { errorMessage } from './error-message.js';

/** A quote as the API answered it (`value`), while it loads, or why it failed (a refused send first). */
export interface QuoteState {
  readonly value: Quote | null;
  readonly loading: boolean;
  readonly error: string | null;
}

/** Reads a quote request the way the builder and the paper-mail form show it. */
export function quoteStateOf(request: LatestRequestController<Quote>, sendError: string | null, locale: Locale): QuoteState {
  return {
    value: request.value,
    loading: request.pending,
    error: sendError ?? (request.error === undefined ? null : errorMessage(locale, request.error)),
  };
}
