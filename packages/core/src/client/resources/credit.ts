import type { Receipt } from '../../contract/credit.js';
import type { RequestOptions } from '../options.js';
import { AutoPaginatedList } from '../pagination.js';
import * as route from '../operation-routes.js';
import type { BodyOf, QueryOf, ResponseOf, JrmcConnection } from '../transport.js';

/** The prepaid credit, top-ups and receipts. */
export class CreditResource {
  readonly #connection: JrmcConnection;

  /** Usually created by {@link createJrmcClient}; {@link bindResources} creates only the resources a page uses. */
  constructor(connection: JrmcConnection) {
    this.#connection = connection;
  }

  /**
   * The balance, in cents incl. VAT.
   *
   * @example
   * const { balance } = await client.credit.retrieve();
   */
  retrieve(options?: RequestOptions): Promise<ResponseOf<'getCredit'>> {
    return this.#connection.call(route.getCredit, {}, options);
  }

  /**
   * Tops up by card; a receipt is issued.
   *
   * @example
   * const topUp = await client.credit.topUp({ amount: 5000, paymentToken: 'tok_visa' });
   */
  topUp(params: BodyOf<'topUp'>, options?: RequestOptions): Promise<ResponseOf<'topUp'>> {
    return this.#connection.call(route.topUp, { body: params }, options);
  }

  /**
   * Receipts, newest first.
   *
   * @example
   * const receipts = await client.credit.receipts().toArray({ limit: 10 });
   */
  receipts(params: QueryOf<'listReceipts'> = {}, options?: RequestOptions): AutoPaginatedList<Receipt> {
    return new AutoPaginatedList((cursor) => this.#connection.call(route.listReceipts, { query: { ...params, cursor: cursor ?? params.cursor } }, options));
  }

  /**
   * Downloads a receipt as PDF bytes.
   *
   * @example
   * const pdf = await client.credit.downloadReceipt('rcp_1');
   */
  downloadReceipt(receiptId: string, options?: RequestOptions): Promise<Uint8Array> {
    return this.#connection.call(route.downloadReceipt, { path: { receiptId } }, options);
  }
}
