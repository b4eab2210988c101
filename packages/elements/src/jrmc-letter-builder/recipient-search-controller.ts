import type { JrmcClient } from '@jrmc/core';
import type { Recipient } from '@jrmc/core/contract';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { errorMessage } from '../shared/error-message.js';
import type { Locale } from '../i18n/translate.js';

/** The directory search as the user types: the query, its results, and whether it is still loading. */
export interface RecipientSearchState {
  query: string;
  results: Recipient[];
  loading: boolean;
  error: string | null;
}

export interface RecipientSearchConfig {
  client: () => Pick<JrmcClient, 'directory'> | null;
  locale: () => Locale;
  /** Wait this long after the last keystroke before asking (ms). */
  delayMs: number;
}

/**
 * Searches JRMC's directory of insurers as the user types: debounced, each new query aborting the previous
 * request, so a slow answer to "ax" never replaces the results for "axa".
 */
export class RecipientSearchController implements ReactiveController {
  readonly #host: ReactiveControllerHost;
  readonly #config: RecipientSearchConfig;
  #value: RecipientSearchState = { query: '', results: [], loading: false, error: null };
  #timer: ReturnType<typeof setTimeout> | undefined;
  #abort: AbortController | undefined;

  constructor(host: ReactiveControllerHost, config: RecipientSearchConfig) {
    this.#host = host;
    this.#config = config;
    host.addController(this);
  }

  get value(): RecipientSearchState {
    return this.#value;
  }

  hostDisconnected(): void {
    clearTimeout(this.#timer);
    this.#abort?.abort();
  }

  search(query: string): void {
    clearTimeout(this.#timer);
    this.#abort?.abort();
    const client = this.#config.client();
    if (!query.trim() || !client) {
      this.#set({ query, results: [], loading: false, error: null });
      return;
    }
    this.#set({ ...this.#value, query, loading: true, error: null });
    this.#timer = setTimeout(async () => {
      const abort = new AbortController();
      this.#abort = abort;
      try {
        const page = await client.directory.search({ q: query, kind: 'insurer', limit: 8 }, { signal: abort.signal }).page();
        if (!abort.signal.aborted) this.#set({ query, results: page.data, loading: false, error: null });
      } catch (error) {
        if (!abort.signal.aborted) this.#set({ query, results: [], loading: false, error: errorMessage(this.#config.locale(), error) });
      }
    }, this.#config.delayMs);
  }

  #set(value: RecipientSearchState): void {
    this.#value = value;
    this.#host.requestUpdate();
  }
}
