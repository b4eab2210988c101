import { commonEn, commonFr } from '../i18n/common-messages.js';
import { translator } from '../i18n/translate.js';
import { pickerEn, pickerFr } from './picker-messages.js';

const messages = { fr: { ...commonFr, ...pickerFr }, en: { ...commonEn, ...pickerEn } };

/** A message key this component can show. */
export type PickerMessageKey = keyof typeof messages.fr;

/** Translates this component's messages (shared ones included). */
export const pickerT = translator(messages);
