import { commonFr } from '../i18n/common-messages.js';
import { translator } from '../i18n/translate.js';
import { trackerFr } from './tracker-messages.js';

const messages = {
  fr: { ...commonFr, ...trackerFr },
  // English only for pages that ask for it.
  en: async () => {
    const [{ commonEn }, { trackerEn }] = await Promise.all([import('../i18n/common-messages-en.js'), import('./tracker-messages-en.js')]);
    return { ...commonEn, ...trackerEn };
  },
};

/** A message key this component can show. */
export type TrackerMessageKey = keyof typeof messages.fr;

/** Translates this component's messages (shared ones included). */
export const trackerT = translator(messages);
