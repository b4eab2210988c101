import type { TopUp, TopUpParams } from '@jrmc/core/contract';
import { DomainError } from './errors.js';
import type { AccountContext, SandboxContext } from './context.js';
import { creditTopUp } from './credit.js';
import { newId } from './ids.js';
import { COLLECTIONS, type ReceiptRecord } from './records.js';
import { withoutOwner } from './resources.js';
import { emitEvent } from './webhook-events.js';

/**
 * Card payment test tokens, as payment providers offer: `tok_visa` (and any other `tok_…`) succeeds,
 * `tok_card_declined` is refused, `tok_insufficient_funds` too.
 */
export const DECLINED_PAYMENT_TOKENS = Object.freeze(['tok_card_declined', 'tok_insufficient_funds']);

/** Issues the receipt of a top-up. */
export function issueReceipt(context: SandboxContext, accountId: string, amount: number, topUpId = newId('top')): ReceiptRecord {
  const id = newId('rcp');
  const sequence = context.store.count(COLLECTIONS.receipts, { account_id: accountId }) + 1;
  return context.store.insert<ReceiptRecord>(COLLECTIONS.receipts, {
    id,
    accountId,
    number: `R-${context.now.toISOString().slice(0, 7).replace('-', '')}-${String(sequence).padStart(4, '0')}`,
    amount,
    issuedAt: context.now.toISOString(),
    topUpId,
    downloadPath: `/v1/credit/receipts/${id}/pdf`,
  });
}

/** A simulated card payment: credits the account and issues a receipt, or refuses a declined card. */
export function topUp(context: AccountContext, params: TopUpParams): TopUp {
  if (DECLINED_PAYMENT_TOKENS.includes(params.paymentToken) || !params.paymentToken.startsWith('tok_')) {
    throw new DomainError('rule_violation', 'card_declined', 'The card was declined', { data: { paymentToken: params.paymentToken } });
  }
  const topUpId = newId('top');
  const account = creditTopUp(context, context.accountId, params.amount);
  const receipt = issueReceipt(context, context.accountId, params.amount, topUpId);
  const resource: TopUp = { id: topUpId, amount: params.amount, createdAt: context.now.toISOString(), receipt: withoutOwner(receipt), balance: account.balance };
  emitEvent(context, context.accountId, 'credit.topped_up', { topUp: resource });
  return resource;
}
