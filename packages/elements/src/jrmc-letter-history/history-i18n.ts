import { commonEn, commonFr } from '../i18n/common-messages.js';
import { translator } from '../i18n/translate.js';
import { historyEn, historyFr } from './history-messages.js';

const messages = { fr: { ...commonFr, ...historyFr }, en: { ...commonEn, ...historyEn } };

/** A message key this component can show. */
export type HistoryMessageKey = keyof typeof messages.fr;

/** Translates this component's messages (shared ones included). */
export const historyT = translator(messages);
