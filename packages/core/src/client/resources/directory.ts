import * as route from '../operation-routes.js';
import type { Recipient } from '../../contract/directory.js';
import type { RequestOptions } from '../options.js';
import { AutoPaginatedList } from '../pagination.js';
import type { QueryOf, ResponseOf, JrmcConnection } from '../transport.js';

/** JRMC's directory of insurers and banks, and the reason catalogue. */
export class DirectoryResource {
  readonly #connection: JrmcConnection;

  /** Usually created by {@link createJrmcClient}; {@link bindResources} creates only the resources a page uses. */
  constructor(connection: JrmcConnection) {
    this.#connection = connection;
  }

  /**
   * Searches recipients by name or group, accents and case ignored.
   *
   * @example
   * const [axa] = await client.directory.search({ q: 'axa', kind: 'insurer' }).toArray({ limit: 1 });
   */
  search(params: QueryOf<'searchRecipients'> = {}, options?: RequestOptions): AutoPaginatedList<Recipient> {
    return new AutoPaginatedList((cursor) => this.#connection.call(route.searchRecipients, { query: { ...params, cursor: cursor ?? params.cursor } }, options));
  }

  /**
   * One recipient.
   *
   * @example
   * const maif = await client.directory.retrieve('ins_maif');
   */
  retrieve(recipientId: string, options?: RequestOptions): Promise<ResponseOf<'getRecipient'>> {
    return this.#connection.call(route.getRecipient, { path: { recipientId } }, options);
  }

  /**
   * The termination reasons with their legal basis and notice rule.
   *
   * @example
   * const { data: reasons } = await client.directory.reasons();
   */
  reasons(options?: RequestOptions): Promise<ResponseOf<'listReasons'>> {
    return this.#connection.call(route.listReasons, {}, options);
  }
}
