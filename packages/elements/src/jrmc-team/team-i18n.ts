import { commonFr } from '../i18n/common-messages.js';
import { translator } from '../i18n/translate.js';
import { teamFr } from './team-messages.js';

const messages = {
  fr: { ...commonFr, ...teamFr },
  // English only for pages that ask for it.
  en: async () => {
    const [{ commonEn }, { teamEn }] = await Promise.all([import('../i18n/common-messages-en.js'), import('./team-messages-en.js')]);
    return { ...commonEn, ...teamEn };
  },
};

/** A message key this component can show. */
export type TeamMessageKey = keyof typeof messages.fr;

/** Translates this component's messages (shared ones included). */
export const teamT = translator(messages);
