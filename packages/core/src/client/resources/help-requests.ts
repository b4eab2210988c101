import type { RequestOptions } from '../options.js';
import * as route from '../operation-routes.js';
import type { BodyOf, ResponseOf, JrmcConnection } from '../transport.js';

/** Help requests to JRMC's team (the FAQ's "Aide" forms), with a status to follow. */
export class HelpRequestsResource {
  readonly #connection: JrmcConnection;

  /** Usually created by {@link createJrmcClient}; {@link bindResources} creates only the resources a page uses. */
  constructor(connection: JrmcConnection) {
    this.#connection = connection;
  }

  /**
   * Sends a request to JRMC's team.
   *
   * @example
   * await client.helpRequests.create({ kind: 'letter-question', letterId: 'let_1', message: 'Le destinataire dit ne rien avoir reçu.' });
   */
  create(params: BodyOf<'createHelpRequest'>, options?: RequestOptions): Promise<ResponseOf<'createHelpRequest'>> {
    return this.#connection.call(route.createHelpRequest, { body: params }, options);
  }

  /**
   * The account's requests, newest first, with their status.
   *
   * @example
   * const { data } = await client.helpRequests.list();
   */
  list(options?: RequestOptions): Promise<ResponseOf<'listHelpRequests'>> {
    return this.#connection.call(route.listHelpRequests, {}, options);
  }
}
