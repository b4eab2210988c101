import { creditCheck } from '@jrmc/core';
import type { Price } from '@jrmc/core/contract';
import { DomainError } from './errors.js';
import type { SandboxContext } from './context.js';
import { newId } from './ids.js';
import { COLLECTIONS, type AccountRecord, type LedgerRecord } from './records.js';

/** Moves money on an account's credit and keeps the ledger entry that explains it. */
function post(context: SandboxContext, accountId: string, amount: number, kind: LedgerRecord['kind'], letterId: string | null): AccountRecord {
  const account = context.store.get<AccountRecord>(COLLECTIONS.accounts, accountId);
  if (!account) throw new Error(`account ${accountId} missing`);
  context.store.insert<LedgerRecord>(COLLECTIONS.ledger, { id: newId('led'), accountId, amount, kind, letterId, at: context.now.toISOString() });
  return context.store.put<AccountRecord>(COLLECTIONS.accounts, { ...account, balance: account.balance + amount });
}

/**
 * Debits a send's price (incl. VAT) — or refuses with `insufficient_credit`, carrying balance, price
 * and what is missing. Called inside the send's transaction: the debit and the letter commit together.
 */
export function debitForSend(context: SandboxContext, accountId: string, letterId: string, price: Price): void {
  const account = context.store.get<AccountRecord>(COLLECTIONS.accounts, accountId);
  if (!account) throw new Error(`account ${accountId} missing`);
  const { sufficient, missing } = creditCheck(account.balance, price.inclVat);
  if (!sufficient) {
    throw new DomainError('insufficient_credit', 'insufficient_credit', `Credit ${account.balance} cents does not cover ${price.inclVat} cents: top up at least ${missing} cents`, {
      data: { balance: account.balance, price: price.inclVat, missing },
    });
  }
  post(context, accountId, -price.inclVat, 'debit', letterId);
}

/** Re-credits a cancelled letter's price. */
export function refundSend(context: SandboxContext, accountId: string, letterId: string, price: Price): void {
  post(context, accountId, price.inclVat, 'refund', letterId);
}

/** Empties the credit of a closing account (the refund paid out and the fee withheld, as one entry). */
export function withdrawForClosure(context: SandboxContext, accountId: string, amount: number): AccountRecord {
  return post(context, accountId, -amount, 'closure', null);
}

/** Credits a top-up. */
export function creditTopUp(context: SandboxContext, accountId: string, amount: number): AccountRecord {
  return post(context, accountId, amount, 'top_up', null);
}
