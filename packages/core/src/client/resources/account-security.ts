import * as route from '../operation-routes.js';
import type { WebhookDelivery } from '../../contract/webhooks.js';
import type { RequestOptions } from '../options.js';
import { AutoPaginatedList } from '../pagination.js';
import type { QueryOf, ResponseOf, JrmcConnection } from '../transport.js';

/** Closing the account and replacing its credentials. Server side only (needs the API key). */
export class AccountSecurityResource {
  readonly #connection: JrmcConnection;

  /** Usually created by {@link createJrmcClient}; {@link bindResources} creates only the resources a page uses. */
  constructor(connection: JrmcConnection) {
    this.#connection = connection;
  }

  /**
   * Closes the account: the credit is refunded minus the 25 € excl. VAT handling fee; afterwards every
   * write is refused (`account_closed`) while the history stays readable.
   *
   * @example
   * const { refund } = await client.accountSecurity.close();
   */
  close(options?: RequestOptions): Promise<ResponseOf<'closeAccount'>> {
    return this.#connection.call(route.closeAccount, {}, options);
  }

  /**
   * Replaces the API key: the new key is returned once; the old one stops working at once.
   *
   * @example
   * const { apiKey } = await client.accountSecurity.rotateApiKey(); // store it, then use a new client
   */
  rotateApiKey(options?: RequestOptions): Promise<ResponseOf<'rotateApiKey'>> {
    return this.#connection.call(route.rotateApiKey, {}, options);
  }

  /**
   * Revokes one browser session token.
   *
   * @example
   * await client.accountSecurity.revokeSession(session.token);
   */
  revokeSession(sessionToken: string, options?: RequestOptions): Promise<ResponseOf<'revokeSession'>> {
    return this.#connection.call(route.revokeSession, { path: { sessionToken } }, options);
  }

  /**
   * Revokes every browser session token of the account (e.g. after a suspected leak).
   *
   * @example
   * const { revoked } = await client.accountSecurity.revokeAllSessions();
   */
  revokeAllSessions(options?: RequestOptions): Promise<ResponseOf<'revokeAllSessions'>> {
    return this.#connection.call(route.revokeAllSessions, {}, options);
  }
}

/** The delivery log of webhook endpoints. Server side only. */
export class WebhookDeliveriesResource {
  readonly #connection: JrmcConnection;

  /** Usually created by {@link createJrmcClient}; {@link bindResources} creates only the resources a page uses. */
  constructor(connection: JrmcConnection) {
    this.#connection = connection;
  }

  /**
   * Delivery attempts to an endpoint, newest first.
   *
   * @example
   * const failed = (await client.webhookDeliveries.list('whe_1').toArray()).filter((d) => d.status === 'failed');
   */
  list(endpointId: string, params: QueryOf<'listWebhookDeliveries'> = {}, options?: RequestOptions): AutoPaginatedList<WebhookDelivery> {
    return new AutoPaginatedList((cursor) => this.#connection.call(route.listWebhookDeliveries, { path: { endpointId }, query: { ...params, cursor: cursor ?? params.cursor } }, options));
  }

  /**
   * Sends the latest event the endpoint subscribes to again, signed now: a test delivery to check a
   * receiver. Answers the queued delivery; follow it with {@link WebhookDeliveriesResource.list}.
   *
   * @example
   * const delivery = await client.webhookDeliveries.test('whe_1');
   */
  test(endpointId: string, options?: RequestOptions): Promise<ResponseOf<'testWebhookEndpoint'>> {
    return this.#connection.call(route.testWebhookEndpoint, { path: { endpointId } }, options);
  }
}
