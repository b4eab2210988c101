import { parisDate } from '@jrmc/core';
import type { ColumnValues } from '../db/store.js';
import { nextInvoiceInstant } from './invoicing.js';
import { nextDueAt } from './letter-due.js';
import type { AccountRecord, LetterRecord } from './records.js';
import { referencesOf, toLetterSummary } from './resources.js';
import { normalizeSearch } from './search.js';

/**
 * The columns the services derive from a record (the store maps the record's own fields): each is computed
 * here on every write, so the db layer knows tables and indexes, never business rules.
 */
export const COLUMN_VALUES: ColumnValues = {
  accounts: (account: AccountRecord) => ({ next_invoice_at: nextInvoiceInstant(account).toISOString() }),
  letters: (letter: LetterRecord) => {
    const summary = toLetterSummary(letter);
    return {
      trashed: letter.trashedAt ? 1 : 0,
      created_on: parisDate(letter.createdAt),
      search: normalizeSearch(`${letter.id} ${summary.subscriberName ?? ''} ${summary.recipientName ?? ''} ${referencesOf(letter)}`),
      due_at: nextDueAt(letter),
      // The outbox: sent, but its PDF and deposit proof are not issued yet.
      needs_proof: letter.sentAt && !letter.letterSha256 ? 1 : 0,
      summary: JSON.stringify(summary),
    };
  },
};
