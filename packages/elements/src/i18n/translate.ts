/** The languages of the components: French by default, English complete. */
export type Locale = 'fr' | 'en';

/** A component's messages in both languages (English typed to the French keys). */
export interface Messages<K extends string> {
  readonly fr: Readonly<Record<K, string>>;
  readonly en: Readonly<Record<K, string>>;
}

/** A translation function bound to a component's messages. */
export type Translate<K extends string> = (locale: Locale, key: K, params?: Record<string, string | number>) => string;

/** `'fr'` unless `value` is exactly `'en'`. */
export function localeOf(value: unknown): Locale {
  return value === 'en' ? 'en' : 'fr';
}

/**
 * Binds a translation function to a component's messages, so each component ships only its own strings.
 * Values fill `{name}` placeholders as plain text: Lit renders them as text, never as markup.
 *
 * @example
 * const t = translator({ fr: { 'done.id': 'Référence : {id}' }, en: { 'done.id': 'Reference: {id}' } });
 * t('fr', 'done.id', { id: 'let_1' }) //=> 'Référence : let_1'
 */
export function translator<K extends string>(messages: Messages<K>): Translate<K> {
  return (locale, key, params = {}) => messages[locale][key].replace(/\{(\w+)\}/g, (placeholder, name: string) => (name in params ? String(params[name]) : placeholder));
}
