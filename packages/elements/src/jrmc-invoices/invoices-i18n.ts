import { commonFr } from '../i18n/common-messages.js';
import { translator } from '../i18n/translate.js';
import { invoicesFr } from './invoices-messages.js';

const messages = {
  fr: { ...commonFr, ...invoicesFr },
  // English only for pages that ask for it.
  en: async () => {
    const [{ commonEn }, { invoicesEn }] = await Promise.all([import('../i18n/common-messages-en.js'), import('./invoices-messages-en.js')]);
    return { ...commonEn, ...invoicesEn };
  },
};

/** A message key this component can show. */
export type InvoicesMessageKey = keyof typeof messages.fr;

/** Translates this component's messages (shared ones included). */
export const invoicesT = translator(messages);
