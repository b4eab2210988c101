import { createContext } from '@lit/context';
import type { JrmcClient } from '@jrmc/core';
import type { Account } from '@jrmc/core/contract';
import type { Locale } from '../i18n/translate.js';

/** What `<jrmc-provider>` hands to every component inside it. */
export interface JrmcContextValue {
  /** The API client (session tokens, never an API key, in a browser). */
  client: JrmcClient | null;
  locale: Locale;
  /** The account, once loaded (`null` before, or without a client). */
  account: Account | null;
  /** Increments when the credit may have changed (a letter sent or cancelled, a top-up), so widgets reload. */
  creditVersion: number;
}

/** The context key. */
export const jrmcContext = createContext<JrmcContextValue>(Symbol.for('jrmc-context'));

/** What a component sees without a provider: French, no client. */
export const NO_PROVIDER: JrmcContextValue = Object.freeze({ client: null, locale: 'fr', account: null, creditVersion: 0 });
