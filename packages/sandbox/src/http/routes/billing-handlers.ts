import { renderInvoicePdf, renderReceiptPdf } from '../../documents/billing-pdf.js';
import { getOwned } from '../../services/ownership.js';
import { COLLECTIONS, type AccountRecord, type InvoiceRecord, type ReceiptRecord } from '../../services/records.js';
import { withoutOwner } from '../../services/resources.js';
import { topUp } from '../../services/top-ups.js';
import type { HandlerInput } from '../handler.js';
import { paginateStored } from '../paginate.js';

const accountName = ({ context }: HandlerInput) => context.store.get<AccountRecord>(COLLECTIONS.accounts, context.accountId)!.name;

export const billingHandlers = {
  getCredit: ({ context }: HandlerInput) => ({ balance: context.store.get<AccountRecord>(COLLECTIONS.accounts, context.accountId)!.balance, currency: 'EUR' as const }),

  topUp: ({ context, body }: HandlerInput) => topUp(context, body),

  listReceipts({ context, query }: HandlerInput) {
    return paginateStored(context.store, COLLECTIONS.receipts, { account_id: context.accountId }, query, (receipt: ReceiptRecord) => withoutOwner(receipt));
  },

  downloadReceipt: (input: HandlerInput) => renderReceiptPdf(getOwned<ReceiptRecord>(input.context, COLLECTIONS.receipts, input.path.receiptId!, 'receipt'), accountName(input)),

  listInvoices({ context, query }: HandlerInput) {
    return paginateStored(context.store, COLLECTIONS.invoices, { account_id: context.accountId }, query, (invoice: InvoiceRecord) => withoutOwner(invoice));
  },

  getInvoice: ({ context, path }: HandlerInput) => withoutOwner(getOwned<InvoiceRecord>(context, COLLECTIONS.invoices, path.invoiceId!, 'invoice')),

  downloadInvoice: (input: HandlerInput) => renderInvoicePdf(getOwned<InvoiceRecord>(input.context, COLLECTIONS.invoices, input.path.invoiceId!, 'invoice'), accountName(input)),
};
