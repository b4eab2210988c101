import { accountHandlers } from '../handlers/account-handlers.js';
import { billingHandlers } from '../handlers/billing-handlers.js';
import { directoryHandlers } from '../handlers/directory-handlers.js';
import { letterHandlers } from '../handlers/letter-handlers.js';
import { loanHandlers } from '../handlers/loan-handlers.js';
import { paperHandlers } from '../handlers/paper-handlers.js';
import { sandboxHandlers, webhookHandlers } from '../handlers/webhook-handlers.js';
import type { HandlerTable } from './handler.js';

/** Every operation of the contract, answered. `satisfies` makes a missing one a type error. */
export const HANDLERS = {
  ...accountHandlers,
  ...directoryHandlers,
  ...letterHandlers,
  ...loanHandlers,
  ...paperHandlers,
  ...billingHandlers,
  ...webhookHandlers,
  ...sandboxHandlers,
} satisfies HandlerTable;
