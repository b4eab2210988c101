import { createContext } from '@lit/context';
import type { JrmcConnection } from '@jrmc/core';
import type { Account } from '@jrmc/core/contract';
import type { Locale } from '../i18n/translate.js';

/** The colour scheme `<jrmc-provider theme>` asks for; `auto` follows the user's `prefers-color-scheme`. */
export type JrmcTheme = 'light' | 'dark' | 'auto';

/** What `<jrmc-provider>` hands to every component inside it. */
export interface JrmcContextValue {
  /**
   * The connection to the API (session tokens, never an API key, in a browser). Each element binds on it only the
   * resources it calls — see {@link JrmcControllerConfig.resources}.
   */
  connection: JrmcConnection | null;
  locale: Locale;
  /** The account, once loaded (`null` before, or without a connection). */
  account: Account | null;
  /** Increments when the credit may have changed (a letter sent or cancelled, a top-up), so widgets reload. */
  creditVersion: number;
  /**
   * Milliseconds to add to this browser's clock to get the API's time: the sandbox account's test clock, or
   * the production server's `Date`. Rules ("is it past 20:00 in Paris?") must use the API's time, not a
   * laptop clock that may be minutes — or, in a demo, months — away from it.
   */
  clockOffsetMs: number;
  /** Increments each time the API's time was read again, so day-dependent views redraw. */
  clockVersion: number;
  theme: JrmcTheme;
}

/** The context key. */
export const jrmcContext = createContext<JrmcContextValue>(Symbol.for('jrmc-context'));

/** What a component sees without a provider: French, no connection, the browser's clock. */
export const NO_PROVIDER: JrmcContextValue = Object.freeze({ connection: null, locale: 'fr', account: null, creditVersion: 0, clockOffsetMs: 0, clockVersion: 0, theme: 'auto' });
