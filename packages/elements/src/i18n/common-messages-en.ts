// Every shared string in English, loaded only when a page asks for English (French is the default).
import type { commonFr } from './common-messages.js';
import { errorMessagesEn } from './error-messages-en.js';
import { statusMessagesEn } from './status-messages-en.js';
import { uiMessagesEn } from './ui-messages-en.js';

export const commonEn: Record<keyof typeof commonFr, string> = { ...uiMessagesEn, ...errorMessagesEn, ...statusMessagesEn };
