import { renderInvoicePdf, renderReceiptPdf } from '../documents/billing-pdf.js';
import { getOwned } from '../domain/ownership.js';
import { COLLECTIONS, type AccountRecord, type InvoiceRecord, type ReceiptRecord } from '../domain/records.js';
import { withoutOwner } from '../domain/resources.js';
import { topUp } from '../domain/top-ups.js';
import type { HandlerInput } from '../http/handler.js';
import { paginate } from '../http/paginate.js';

const accountName = ({ context }: HandlerInput) => context.store.get<AccountRecord>(COLLECTIONS.accounts, context.accountId)!.name;

export const billingHandlers = {
  getCredit: ({ context }: HandlerInput) => ({ balance: context.store.get<AccountRecord>(COLLECTIONS.accounts, context.accountId)!.balance, currency: 'EUR' as const }),

  topUp: ({ context, body }: HandlerInput) => topUp(context, body),

  listReceipts({ context, query }: HandlerInput) {
    const receipts = context.store.list<ReceiptRecord>(COLLECTIONS.receipts, (receipt) => receipt.accountId === context.accountId).reverse();
    return paginate(receipts, query, withoutOwner);
  },

  downloadReceipt: (input: HandlerInput) => renderReceiptPdf(getOwned<ReceiptRecord>(input.context, COLLECTIONS.receipts, input.path.receiptId!, 'receipt'), accountName(input)),

  listInvoices({ context, query }: HandlerInput) {
    const invoices = context.store.list<InvoiceRecord>(COLLECTIONS.invoices, (invoice) => invoice.accountId === context.accountId).reverse();
    return paginate(invoices, query, withoutOwner);
  },

  getInvoice: ({ context, path }: HandlerInput) => withoutOwner(getOwned<InvoiceRecord>(context, COLLECTIONS.invoices, path.invoiceId!, 'invoice')),

  downloadInvoice: (input: HandlerInput) => renderInvoicePdf(getOwned<InvoiceRecord>(input.context, COLLECTIONS.invoices, input.path.invoiceId!, 'invoice'), accountName(input)),
};
