import { translator } from '../i18n/translate.js';
import { pickerFr } from './picker-messages.js';

// The picker's own strings only: it shows none of the shared ones (its refusals are its own sentences), so a page
// with just a picker does not carry the shared tables.
const messages = {
  fr: pickerFr,
  // English only for pages that ask for it.
  en: async () => (await import('./picker-messages-en.js')).pickerEn,
};

/** A message key this component can show. */
export type PickerMessageKey = keyof typeof messages.fr;

/** Translates this component's messages. */
export const pickerT = translator(messages);
