import { commonEn, commonFr } from '../i18n/common-messages.js';
import { translator } from '../i18n/translate.js';
import { trackerEn, trackerFr } from './tracker-messages.js';

const messages = { fr: { ...commonFr, ...trackerFr }, en: { ...commonEn, ...trackerEn } };

/** A message key this component can show. */
export type TrackerMessageKey = keyof typeof messages.fr;

/** Translates this component's messages (shared ones included). */
export const trackerT = translator(messages);
