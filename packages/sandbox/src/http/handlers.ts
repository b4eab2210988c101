import { attachmentHandlers } from './routes/attachment-handlers.js';
import { accountHandlers } from './routes/account-handlers.js';
import { accountPortalHandlers } from './routes/account-portal-handlers.js';
import { billingHandlers } from './routes/billing-handlers.js';
import { directoryHandlers } from './routes/directory-handlers.js';
import { letterHandlers } from './routes/letter-handlers.js';
import { loanHandlers } from './routes/loan-handlers.js';
import { paperHandlers } from './routes/paper-handlers.js';
import { sandboxHandlers, webhookHandlers } from './routes/webhook-handlers.js';
import type { HandlerTable } from './handler.js';

/** Every operation of the contract, answered. `satisfies` makes a missing one a type error. */
export const HANDLERS = {
  ...accountHandlers,
  ...directoryHandlers,
  ...letterHandlers,
  ...attachmentHandlers,
  ...loanHandlers,
  ...paperHandlers,
  ...billingHandlers,
  ...webhookHandlers,
  ...sandboxHandlers,
  ...accountPortalHandlers,
} satisfies HandlerTable;
