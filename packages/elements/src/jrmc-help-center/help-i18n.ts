import { commonFr } from '../i18n/common-messages.js';
import { translator } from '../i18n/translate.js';
import { helpFr } from './help-messages.js';

const messages = {
  fr: { ...commonFr, ...helpFr },
  // English only for pages that ask for it.
  en: async () => {
    const [{ commonEn }, { helpEn }] = await Promise.all([import('../i18n/common-messages-en.js'), import('./help-messages-en.js')]);
    return { ...commonEn, ...helpEn };
  },
};

/** A message key this component can show. */
export type HelpMessageKey = keyof typeof messages.fr;

/** Translates this component's messages (shared ones included). */
export const helpT = translator(messages);
