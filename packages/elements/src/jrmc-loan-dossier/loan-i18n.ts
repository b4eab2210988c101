import { commonFr } from '../i18n/common-messages.js';
import { translator } from '../i18n/translate.js';
import { loanFr } from './loan-messages.js';

const messages = {
  fr: { ...commonFr, ...loanFr },
  // English only for pages that ask for it.
  en: async () => {
    const [{ commonEn }, { loanEn }] = await Promise.all([import('../i18n/common-messages-en.js'), import('./loan-messages-en.js')]);
    return { ...commonEn, ...loanEn };
  },
};

/** A message key the loan elements can show. */
export type LoanMessageKey = keyof typeof messages.fr;

/** Translates the loan elements' messages (shared ones included). */
export const loanT = translator(messages);
