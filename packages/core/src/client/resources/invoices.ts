import type { Invoice } from '../../contract/invoices.js';
import type { RequestOptions } from '../options.js';
import { AutoPaginatedList } from '../pagination.js';
import type { QueryOf, ResponseOf, Transport } from '../transport.js';

/** Monthly consumption invoices. */
export class InvoicesResource {
  /** @internal Created by {@link createJrmcClient}. */
  constructor(private readonly transport: Transport) {}

  /**
   * Invoices, newest first.
   *
   * @example
   * for await (const invoice of client.invoices.list()) console.log(invoice.month, invoice.totalInclVat);
   */
  list(params: QueryOf<'listInvoices'> = {}, options?: RequestOptions): AutoPaginatedList<Invoice> {
    return new AutoPaginatedList((cursor) => this.transport.call('listInvoices', { query: { ...params, cursor: cursor ?? params.cursor } }, options));
  }

  /**
   * One invoice.
   *
   * @example
   * const invoice = await client.invoices.retrieve('inv_2026_12');
   */
  retrieve(invoiceId: string, options?: RequestOptions): Promise<ResponseOf<'getInvoice'>> {
    return this.transport.call('getInvoice', { path: { invoiceId } }, options);
  }

  /**
   * Downloads an invoice as PDF bytes.
   *
   * @example
   * const pdf = await client.invoices.download('inv_2026_12');
   */
  download(invoiceId: string, options?: RequestOptions): Promise<Uint8Array> {
    return this.transport.call('downloadInvoice', { path: { invoiceId } }, options);
  }

  /**
   * The accounting export of a period (letters by dispatch date, prices excl. VAT / VAT / incl. VAT) as French CSV.
   *
   * @example
   * const { csv, filename } = await client.invoices.exportAccounting({ from: '2026-01-01', to: '2026-12-31' });
   */
  exportAccounting(params: QueryOf<'exportAccounting'>, options?: RequestOptions): Promise<ResponseOf<'exportAccounting'>> {
    return this.transport.call('exportAccounting', { query: params }, options);
  }
}
