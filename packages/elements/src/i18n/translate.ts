/** The languages of the components: French by default, English complete. */
export type Locale = 'fr' | 'en';

/** A component's messages in both languages (English typed to the French keys), English possibly loaded on demand. */
export interface Messages<K extends string> {
  readonly fr: Readonly<Record<K, string>>;
  readonly en: Readonly<Record<K, string>> | (() => Promise<Readonly<Record<K, string>>>);
}

/**
 * Dispatched on `window` when a language's strings, loaded on demand, have arrived: the elements showing them
 * redraw (`JrmcController` listens). Elements never render before their language is there (`JrmcController` holds
 * their update, see {@link localeReady}); only a string asked for outside rendering (an error message, a
 * validity message) can still fall back to French meanwhile.
 */
export const MESSAGES_LOADED_EVENT = 'jrmc-messages-loaded';

// Every English table the page's elements declared (each element's messages module registers its own when the
// element is imported), and whether it has arrived: a page pays for English only when an element speaks it.
const englishTables = new Set<() => Promise<void>>();
let englishLoaded = false;
let englishLoading: Promise<void> | null = null;

/**
 * Whether every table of `locale` is loaded; if not, a promise that settles when they are (or failed: the element
 * then renders with French rather than never). French is always there.
 */
export function localeReady(locale: Locale): true | Promise<void> {
  if (locale === 'fr' || englishLoaded) return true;
  englishLoading ??= Promise.all([...englishTables].map((load) => load())).then(
    () => {
      englishLoaded = true;
    },
    () => undefined,
  );
  return englishLoading;
}

// A translator created after English was loaded (an element imported later): English is no longer complete.
function registerEnglish(load: () => Promise<void>): void {
  englishTables.add(load);
  englishLoaded = false;
  englishLoading = null;
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
  const load = typeof messages.en === 'function' ? messages.en : null;
  let english = typeof messages.en === 'function' ? null : messages.en;
  let loading: Promise<void> | null = null;
  const loadEnglish = (): Promise<void> =>
    (loading ??= load!().then((loaded) => {
      english = loaded;
      if (typeof window !== 'undefined') window.dispatchEvent(new Event(MESSAGES_LOADED_EVENT));
    }));
  if (load) registerEnglish(loadEnglish);
  const table = (locale: Locale): Readonly<Record<K, string>> => {
    if (locale === 'fr' || english) return locale === 'fr' ? messages.fr : english!;
    if (load) loadEnglish().catch(() => undefined); // the element stays in French
    return messages.fr;
  };
  return (locale, key, params = {}) => table(locale)[key].replace(/\{(\w+)\}/g, (placeholder, name: string) => (name in params ? String(params[name]) : placeholder));
}
