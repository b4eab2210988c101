import type { RequestOptions } from '../options.js';
import type { BodyOf, ResponseOf, Transport } from '../transport.js';

/** Help requests to JRMC's team (the FAQ's "Aide" forms), with a status to follow. */
export class HelpRequestsResource {
  /** @internal Created by {@link createJrmcClient}. */
  constructor(private readonly transport: Transport) {}

  /**
   * Sends a request to JRMC's team.
   *
   * @example
   * await client.helpRequests.create({ kind: 'letter-question', letterId: 'let_1', message: 'Le destinataire dit ne rien avoir reçu.' });
   */
  create(params: BodyOf<'createHelpRequest'>, options?: RequestOptions): Promise<ResponseOf<'createHelpRequest'>> {
    return this.transport.call('createHelpRequest', { body: params }, options);
  }

  /**
   * The account's requests, newest first, with their status.
   *
   * @example
   * const { data } = await client.helpRequests.list();
   */
  list(options?: RequestOptions): Promise<ResponseOf<'listHelpRequests'>> {
    return this.transport.call('listHelpRequests', {}, options);
  }
}
