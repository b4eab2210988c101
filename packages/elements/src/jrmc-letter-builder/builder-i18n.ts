import { commonEn, commonFr } from '../i18n/common-messages.js';
import { translator } from '../i18n/translate.js';
import { builderEn, builderFr } from './builder-messages.js';

const messages = { fr: { ...commonFr, ...builderFr }, en: { ...commonEn, ...builderEn } };

/** A message key this component can show. */
export type BuilderMessageKey = keyof typeof messages.fr;

/** Translates this component's messages (shared ones included). */
export const builderT = translator(messages);
