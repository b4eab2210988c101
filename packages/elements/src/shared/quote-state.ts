import type { Quote } from '@jrmc/core/contract';
import { TaskStatus, type Task } from '@lit/task';
import type { Locale } from '../i18n/translate.js';
import { errorMessage } from './error-message.js';

/** A quote as the API answered it (`value`), while it loads, or why it failed (a refused send first). */
export interface QuoteState {
  readonly value: Quote | null;
  readonly loading: boolean;
  readonly error: string | null;
}

/** Reads a quote task the way the builder and the paper-mail form show it. */
export function quoteStateOf(task: Task<readonly unknown[], Quote | null> | Task<readonly unknown[], Quote>, sendError: string | null, locale: Locale): QuoteState {
  const status = task.status;
  return {
    value: status === TaskStatus.COMPLETE ? (task.value ?? null) : null,
    loading: status === TaskStatus.PENDING,
    error: sendError ?? (status === TaskStatus.ERROR ? errorMessage(locale, task.error) : null),
  };
}
