import { commonFr } from '../i18n/common-messages.js';
import { translator } from '../i18n/translate.js';
import { creditFr } from './credit-messages.js';

const messages = {
  fr: { ...commonFr, ...creditFr },
  // English only for pages that ask for it.
  en: async () => {
    const [{ commonEn }, { creditEn }] = await Promise.all([import('../i18n/common-messages-en.js'), import('./credit-messages-en.js')]);
    return { ...commonEn, ...creditEn };
  },
};

/** A message key this component can show. */
export type CreditMessageKey = keyof typeof messages.fr;

/** Translates this component's messages (shared ones included). */
export const creditT = translator(messages);
