import { commonFr } from '../i18n/common-messages.js';
import { translator } from '../i18n/translate.js';
import { substitutionFr } from './substitution-messages.js';

const messages = {
  fr: { ...commonFr, ...substitutionFr },
  // English only for pages that ask for it.
  en: async () => {
    const [{ commonEn }, { substitutionEn }] = await Promise.all([import('../i18n/common-messages-en.js'), import('./substitution-messages-en.js')]);
    return { ...commonEn, ...substitutionEn };
  },
};

/** A message key the substitution form can show. */
export type SubstitutionMessageKey = keyof typeof messages.fr;

/** Translates the substitution form's messages (shared ones included). */
export const substitutionT = translator(messages);
