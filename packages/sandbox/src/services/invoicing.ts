import { addMonthsLegal, invoiceIssueDate, monthlyInvoices, postalProduct, wasDispatched, parisTimeToInstant } from '@jrmc/core';
import type { Invoice } from '@jrmc/core/contract';
import type { SandboxContext } from './context.js';
import { newId } from './ids.js';
import { COLLECTIONS, type AccountRecord, type InvoiceRecord, type LetterRecord } from './records.js';
import { referencesOf } from './resources.js';
import { emitEvent } from './webhook-events.js';
import { letterIdsDispatchedBetween } from '../db/letter-queries.js';

/** When the invoice of the account's next month to invoice is due: 00:00 Paris on the 1st after it. */
export function nextInvoiceInstant(account: AccountRecord): Date {
  return parisTimeToInstant(invoiceIssueDate(account.nextInvoiceMonth));
}

/**
 * Issues the invoice of the account's next month, listing letters by their actual dispatch month with
 * core's VAT rules; a month without letters gets no invoice. Moves the account to the following month.
 */
export function issueMonthlyInvoice(context: SandboxContext, account: AccountRecord): InvoiceRecord | null {
  const month = account.nextInvoiceMonth;
  const nextMonth = addMonthsLegal(`${month}-01`, 1).slice(0, 7);
  const letters = context.store
    .getMany<LetterRecord>(COLLECTIONS.letters, letterIdsDispatchedBetween(context.store, account.id, { from: `${month}-01`, to: `${nextMonth}-01`, toIncluded: false, byDay: false }))
    .filter((letter) => wasDispatched(letter.status) && letter.price !== null);
  const [computed] = monthlyInvoices(letters.map((letter) => ({ id: letter.id, dispatchDate: letter.dispatchDate!, priceExclVat: letter.price!.exclVat })));
  let invoice: InvoiceRecord | null = null;
  if (computed) {
    const byId = new Map(letters.map((letter) => [letter.id, letter]));
    const id = newId('inv');
    const sequence = account.invoiceSequence + 1;
    const resource: Invoice = {
      id,
      number: `F-${month.replace('-', '')}-${String(sequence).padStart(4, '0')}`,
      month,
      issueDate: computed.issueDate,
      lines: computed.lines.map((line) => {
        const letter = byId.get(line.id)!;
        return {
          letterId: line.id,
          service: letter.service,
          description: `${serviceLabel(letter)} – ${letter.recipient?.name ?? ''} ${referencesOf(letter)}`.trim(),
          dispatchDate: line.dispatchDate,
          priceExclVat: line.priceExclVat,
          vat: line.vat,
          priceInclVat: line.priceInclVat,
        };
      }),
      totalExclVat: computed.totalExclVat,
      vatRate: '20%',
      totalVat: computed.totalVat,
      totalInclVat: computed.totalInclVat,
      createdAt: context.now.toISOString(),
      downloadPath: `/v1/invoices/${id}/pdf`,
    };
    invoice = context.store.put<InvoiceRecord>(COLLECTIONS.invoices, { ...resource, accountId: account.id });
    emitEvent(context, account.id, 'invoice.created', { invoice: resource });
  }
  context.store.put<AccountRecord>(COLLECTIONS.accounts, { ...account, nextInvoiceMonth: nextMonth, invoiceSequence: account.invoiceSequence + (invoice ? 1 : 0) });
  return invoice;
}

function serviceLabel(letter: LetterRecord): string {
  if (letter.service === 'termination') return `Lettre de résiliation LRE${letter.withAcknowledgement ? ' avec AR' : ''}`;
  if (letter.service === 'borrower-insurance') return letter.kind === 'substitution' ? 'Demande de substitution (assurance emprunteur)' : 'Résiliation (assurance emprunteur)';
  // The product's French name (core's catalogue), never its code.
  return `Courrier papier (${postalProduct(letter.product).labelFr})`;
}
