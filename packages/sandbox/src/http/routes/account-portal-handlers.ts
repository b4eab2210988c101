import { accountingExport } from '../../services/accounting-export.js';
import { createHelpRequest, listHelpRequests } from '../../services/help-requests.js';
import type { HandlerInput } from '../handler.js';

/** The partner portal's account operations of issue #15 that are not profile or onboarding calls. */
export const accountPortalHandlers = {
  exportAccounting: ({ context, query }: HandlerInput) => accountingExport(context, query),
  createHelpRequest: ({ context, body }: HandlerInput) => createHelpRequest(context, body),
  listHelpRequests: ({ context }: HandlerInput) => listHelpRequests(context),
};
