// The words of every element's chrome in English, loaded only when a page asks for English (French is the default).
import type { uiMessagesFr } from './ui-messages.js';

export const uiMessagesEn: Record<keyof typeof uiMessagesFr, string> = {
  'common.loading': 'Loading…',
  'common.saving': 'Saving…',
  'common.saved': 'Draft saved',
  'common.retry': 'Try again',
  'common.next': 'Continue',
  'common.previous': 'Back',
  'common.required': 'This field is required.',
  'common.close': 'Close',
  'common.notConnected': 'JRMC component outside a <jrmc-provider>: no connection to the API.',
  'provider.label': 'JRMC connection',
};
