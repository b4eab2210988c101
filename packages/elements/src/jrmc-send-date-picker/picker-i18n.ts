import { commonFr } from '../i18n/common-messages.js';
import { translator } from '../i18n/translate.js';
import { pickerFr } from './picker-messages.js';

const messages = {
  fr: { ...commonFr, ...pickerFr },
  // English only for pages that ask for it.
  en: async () => {
    const [{ commonEn }, { pickerEn }] = await Promise.all([import('../i18n/common-messages-en.js'), import('./picker-messages-en.js')]);
    return { ...commonEn, ...pickerEn };
  },
};

/** A message key this component can show. */
export type PickerMessageKey = keyof typeof messages.fr;

/** Translates this component's messages (shared ones included). */
export const pickerT = translator(messages);
