import { closureRefund } from '@jrmc/core';
import type { AccountClosure, ApiKeyRotation, SessionRevocation } from '@jrmc/core/contract';
import type { AccountContext } from './context.js';
import { withdrawForClosure } from './credit.js';
import { conflict, notFound } from './errors.js';
import { newId } from './ids.js';
import { COLLECTIONS, type AccountRecord, type ApiKeyRecord, type SessionRecord } from './records.js';

/**
 * Closes the account: the positive credit is refunded minus core's handling fee (25 € excl. VAT), the
 * credit drops to zero with a ledger entry, session tokens stop. The account stays readable (history,
 * proofs, invoices to download) and refuses every write from now on. Letters already scheduled were paid
 * for and still go out.
 */
export function closeAccount(context: AccountContext): AccountClosure {
  const account = context.store.get<AccountRecord>(COLLECTIONS.accounts, context.accountId)!;
  if (account.status === 'closing') throw conflict('account_closed', 'This account is already closed');
  const balanceBefore = account.balance;
  const refund = closureRefund(balanceBefore);
  const fee = Math.max(0, balanceBefore) - refund;
  if (balanceBefore > 0) withdrawForClosure(context, account.id, balanceBefore);
  const closedAt = context.now.toISOString();
  const current = context.store.get<AccountRecord>(COLLECTIONS.accounts, account.id)!;
  context.store.put<AccountRecord>(COLLECTIONS.accounts, { ...current, status: 'closing', closedAt });
  context.store.deleteWhere(COLLECTIONS.sessions, { account_id: account.id });
  return { closedAt, balanceBefore, fee, refund };
}

/** Issues a new API key (returned once) and revokes the account's current ones at once. */
export function rotateApiKey(context: AccountContext): ApiKeyRotation {
  const revokedAt = context.now.toISOString();
  for (const key of context.store.where<ApiKeyRecord>(COLLECTIONS.apiKeys, { account_id: context.accountId })) {
    if (!key.revokedAt) context.store.put<ApiKeyRecord>(COLLECTIONS.apiKeys, { ...key, revokedAt });
  }
  const apiKey = newId('sk_test', 16);
  context.store.insert<ApiKeyRecord>(COLLECTIONS.apiKeys, { id: apiKey, accountId: context.accountId, revokedAt: null });
  return { apiKey, previousKeyRevokedAt: revokedAt };
}

/** Revokes one session token of the account (another account's token is "not found"). */
export function revokeSession(context: AccountContext, token: string): SessionRevocation {
  const session = context.store.get<SessionRecord>(COLLECTIONS.sessions, token);
  if (!session || session.accountId !== context.accountId) throw notFound('session');
  context.store.delete(COLLECTIONS.sessions, token);
  return { revoked: 1 };
}

/** Revokes every session token of the account. */
export function revokeAllSessions(context: AccountContext): SessionRevocation {
  return { revoked: context.store.deleteWhere(COLLECTIONS.sessions, { account_id: context.accountId }) };
}
