import { commonFr } from '../i18n/common-messages.js';
import { translator } from '../i18n/translate.js';
import { builderFr } from './builder-messages.js';
import { factFr } from './fact-messages.js';

const messages = {
  fr: { ...commonFr, ...builderFr, ...factFr },
  // English only for pages that ask for it.
  en: async () => {
    const [{ commonEn }, { builderEn }, { factEn }] = await Promise.all([import('../i18n/common-messages-en.js'), import('./builder-messages-en.js'), import('./fact-messages-en.js')]);
    return { ...commonEn, ...builderEn, ...factEn };
  },
};

/** A message key this component can show. */
export type BuilderMessageKey = keyof typeof messages.fr;

/** Translates this component's messages (shared ones included). */
export const builderT = translator(messages);
