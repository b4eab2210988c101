import * as route from '../operation-routes.js';
import type { Invoice } from '../../contract/invoices.js';
import type { RequestOptions } from '../options.js';
import { AutoPaginatedList } from '../pagination.js';
import type { QueryOf, ResponseOf, JrmcConnection } from '../transport.js';

/** Monthly consumption invoices. */
export class InvoicesResource {
  readonly #connection: JrmcConnection;

  /** Usually created by {@link createJrmcClient}; {@link bindResources} creates only the resources a page uses. */
  constructor(connection: JrmcConnection) {
    this.#connection = connection;
  }

  /**
   * Invoices, newest first.
   *
   * @example
   * for await (const invoice of client.invoices.list()) console.log(invoice.month, invoice.totalInclVat);
   */
  list(params: QueryOf<'listInvoices'> = {}, options?: RequestOptions): AutoPaginatedList<Invoice> {
    return new AutoPaginatedList((cursor) => this.#connection.call(route.listInvoices, { query: { ...params, cursor: cursor ?? params.cursor } }, options));
  }

  /**
   * One invoice.
   *
   * @example
   * const invoice = await client.invoices.retrieve('inv_2026_12');
   */
  retrieve(invoiceId: string, options?: RequestOptions): Promise<ResponseOf<'getInvoice'>> {
    return this.#connection.call(route.getInvoice, { path: { invoiceId } }, options);
  }

  /**
   * Downloads an invoice as PDF bytes.
   *
   * @example
   * const pdf = await client.invoices.download('inv_2026_12');
   */
  download(invoiceId: string, options?: RequestOptions): Promise<Uint8Array> {
    return this.#connection.call(route.downloadInvoice, { path: { invoiceId } }, options);
  }

  /**
   * The accounting export of a period (letters by dispatch date, prices excl. VAT / VAT / incl. VAT) as French CSV.
   *
   * @example
   * const { csv, filename } = await client.invoices.exportAccounting({ from: '2026-01-01', to: '2026-12-31' });
   */
  exportAccounting(params: QueryOf<'exportAccounting'>, options?: RequestOptions): Promise<ResponseOf<'exportAccounting'>> {
    return this.#connection.call(route.exportAccounting, { query: params }, options);
  }
}
