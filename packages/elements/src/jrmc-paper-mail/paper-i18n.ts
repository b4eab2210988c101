import { commonFr } from '../i18n/common-messages.js';
import { translator } from '../i18n/translate.js';
import { paperFr } from './paper-messages.js';

const messages = {
  fr: { ...commonFr, ...paperFr },
  // English only for pages that ask for it.
  en: async () => {
    const [{ commonEn }, { paperEn }] = await Promise.all([import('../i18n/common-messages-en.js'), import('./paper-messages-en.js')]);
    return { ...commonEn, ...paperEn };
  },
};

/** A message key this component can show. */
export type PaperMessageKey = keyof typeof messages.fr;

/** Translates this component's messages (shared ones included). */
export const paperT = translator(messages);
