import { commonFr } from '../i18n/common-messages.js';
import { translator } from '../i18n/translate.js';
import { setupFr } from './setup-messages.js';

const messages = {
  fr: { ...commonFr, ...setupFr },
  // English only for pages that ask for it.
  en: async () => {
    const [{ commonEn }, { setupEn }] = await Promise.all([import('../i18n/common-messages-en.js'), import('./setup-messages-en.js')]);
    return { ...commonEn, ...setupEn };
  },
};

/** A message key this component can show. */
export type SetupMessageKey = keyof typeof messages.fr;

/** Translates this component's messages (shared ones included). */
export const setupT = translator(messages);
