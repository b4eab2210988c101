import { commonFr } from '../i18n/common-messages.js';
import { translator } from '../i18n/translate.js';
import { historyFr } from './history-messages.js';

const messages = {
  fr: { ...commonFr, ...historyFr },
  // English only for pages that ask for it.
  en: async () => {
    const [{ commonEn }, { historyEn }] = await Promise.all([import('../i18n/common-messages-en.js'), import('./history-messages-en.js')]);
    return { ...commonEn, ...historyEn };
  },
};

/** A message key this component can show. */
export type HistoryMessageKey = keyof typeof messages.fr;

/** Translates this component's messages (shared ones included). */
export const historyT = translator(messages);
