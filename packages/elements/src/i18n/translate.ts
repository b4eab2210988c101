/** The languages of the components: French by default, English complete. */
export type Locale = 'fr' | 'en';

/** A component's messages in both languages (English typed to the French keys), English possibly loaded on demand. */
export interface Messages<K extends string> {
  readonly fr: Readonly<Record<K, string>>;
  readonly en: Readonly<Record<K, string>> | (() => Promise<Readonly<Record<K, string>>>);
}

/**
 * Dispatched on `window` when a language's strings, loaded on demand, have arrived: the elements showing them
 * redraw (`JrmcController` listens). Until then they show French rather than nothing.
 */
export const MESSAGES_LOADED_EVENT = 'jrmc-messages-loaded';

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
  const load = typeof messages.en === 'function' ? messages.en : null;
  let english = typeof messages.en === 'function' ? null : messages.en;
  let loading = false;
  const table = (locale: Locale): Readonly<Record<K, string>> => {
    if (locale === 'fr' || english) return locale === 'fr' ? messages.fr : english!;
    if (load && !loading) {
      loading = true;
      void load().then((loaded) => {
        english = loaded;
        if (typeof window !== 'undefined') window.dispatchEvent(new Event(MESSAGES_LOADED_EVENT));
      });
    }
    return messages.fr;
  };
  return (locale, key, params = {}) => table(locale)[key].replace(/\{(\w+)\}/g, (placeholder, name: string) => (name in params ? String(params[name]) : placeholder));
}
