import type { ColumnValues } from '../db/store.js';
import { nextInvoiceInstant } from './invoicing.js';
import { nextDueAt } from './letter-due.js';
import type { AccountRecord, DeliveryRecord, IdempotencyRecord, LetterRecord, SessionRecord, WebhookEventRecord } from './records.js';
import { referencesOf, toLetterSummary } from './resources.js';
import { parisDayOf } from './paris-memo.js';
import { normalizeSearch } from './search.js';

const owner = (doc: { accountId: string }) => ({ account_id: doc.accountId });

/** The indexed columns of each table, derived from the records (the store keeps them in step on every write). */
export const COLUMN_VALUES: ColumnValues = {
  accounts: (account: AccountRecord) => ({ name: account.name, next_invoice_at: nextInvoiceInstant(account).toISOString() }),
  apiKeys: owner,
  sessions: (session: SessionRecord) => ({ account_id: session.accountId, profile_id: session.profileId, expires_at: session.expiresAt }),
  profiles: owner,
  recipients: (recipient: { kind: string }) => ({ kind: recipient.kind }),
  letters: (letter: LetterRecord) => {
    const summary = toLetterSummary(letter);
    return {
      account_id: letter.accountId,
      status: letter.status,
      service: letter.service,
      trashed: letter.trashedAt ? 1 : 0,
      assignee_id: letter.assigneeId,
      created_at: letter.createdAt,
      created_on: parisDayOf(letter.createdAt),
      dispatch_date: letter.dispatchDate,
      search: normalizeSearch(`${letter.id} ${summary.subscriberName ?? ''} ${summary.recipientName ?? ''} ${referencesOf(letter)}`),
      due_at: nextDueAt(letter),
      // The outbox: sent, but its PDF and deposit proof are not issued yet.
      needs_proof: letter.sentAt && !letter.letterSha256 ? 1 : 0,
      summary: JSON.stringify(summary),
    };
  },
  letterEvents: (event: { accountId: string; letterId: string }) => ({ account_id: event.accountId, letter_id: event.letterId }),
  proofs: (proof: { accountId: string; letterId: string }) => ({ account_id: proof.accountId, letter_id: proof.letterId }),
  documents: owner,
  dossiers: owner,
  ledger: (entry: { accountId: string; amount: number }) => ({ account_id: entry.accountId, amount: entry.amount }),
  receipts: owner,
  invoices: owner,
  endpoints: owner,
  events: (event: WebhookEventRecord) => ({ account_id: event.accountId, type: event.type }),
  deliveries: (delivery: DeliveryRecord) => ({ account_id: delivery.accountId, endpoint_id: delivery.endpointId, status: delivery.status, next_attempt_at: delivery.nextAttemptAt }),
  idempotency: (record: IdempotencyRecord) => ({ account_id: record.accountId, created_at: record.createdAt }),
  helpRequests: owner,
};
