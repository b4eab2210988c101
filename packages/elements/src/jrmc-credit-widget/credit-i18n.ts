import { commonEn, commonFr } from '../i18n/common-messages.js';
import { translator } from '../i18n/translate.js';
import { creditEn, creditFr } from './credit-messages.js';

const messages = { fr: { ...commonFr, ...creditFr }, en: { ...commonEn, ...creditEn } };

/** A message key this component can show. */
export type CreditMessageKey = keyof typeof messages.fr;

/** Translates this component's messages (shared ones included). */
export const creditT = translator(messages);
