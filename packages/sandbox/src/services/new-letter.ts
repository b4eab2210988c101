import { nowIso, type AccountContext } from './context.js';
import { newId } from './ids.js';

/**
 * The fields every new letter starts with, whatever its service: a draft owned by the account, assigned to
 * the acting profile, not yet validated, priced, sent or trashed. Services add their own fields on top.
 */
export function newLetterBase(context: AccountContext) {
  const now = nowIso(context);
  return {
    id: newId('let'),
    accountId: context.accountId,
    status: 'draft' as const,
    assigneeId: context.profileId,
    subscriber: null,
    recipient: null,
    sendMode: null,
    scheduledDate: null,
    dispatchDate: null,
    price: null,
    cancellableUntil: null,
    createdAt: now,
    updatedAt: now,
    validatedAt: null,
    sentAt: null,
    cancelledAt: null,
    trashedAt: null,
    purgeOn: null,
    plan: [],
    letterSha256: null,
  };
}
