// Every shared string, for the elements whose translator spreads them all. Each part lives with its use so that a
// page carries only the parts its shared code reaches: error-message.ts reads the error table alone, the date picker
// none. French (the default); English, typed to the same keys, is in the -en file, loaded on demand.
import { errorMessagesFr } from './error-messages.js';
import { statusMessagesFr } from './status-messages.js';
import { uiMessagesFr } from './ui-messages.js';

export const commonFr = { ...uiMessagesFr, ...errorMessagesFr, ...statusMessagesFr };
