/** The languages of the kit: French first (the default), English complete too. The contract builds its enum from this. */
export const LOCALES = ['fr', 'en'] as const;

/** A language of the kit. */
export type Locale = (typeof LOCALES)[number];
