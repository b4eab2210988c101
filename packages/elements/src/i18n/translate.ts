import { messagesEn } from './messages-en.js';
import { messagesFr, type MessageKey, type Messages } from './messages-fr.js';

/** The languages of the components: French by default, English complete. */
export type Locale = 'fr' | 'en';

const TABLES: Record<Locale, Messages> = { fr: messagesFr, en: messagesEn };

/** `'fr'` unless `value` is exactly `'en'`. */
export function localeOf(value: unknown): Locale {
  return value === 'en' ? 'en' : 'fr';
}

/**
 * A message in the locale, with `{name}` placeholders filled. Values are plain text: Lit renders them
 * as text, never as markup.
 *
 * @example
 * translate('fr', 'done.id', { id: 'let_1' }) //=> 'Référence du courrier : let_1'
 */
export function translate(locale: Locale, key: MessageKey, params: Record<string, string | number> = {}): string {
  return TABLES[locale][key].replace(/\{(\w+)\}/g, (placeholder, name: string) => (name in params ? String(params[name]) : placeholder));
}
