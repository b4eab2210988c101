import type { WebhookEvent } from '../../contract/webhooks.js';
import type { RequestOptions } from '../options.js';
import { AutoPaginatedList } from '../pagination.js';
import * as route from '../operation-routes.js';
import type { BodyOf, QueryOf, ResponseOf, JrmcConnection } from '../transport.js';

/** Webhook endpoints. Server side only. */
export class WebhookEndpointsResource {
  readonly #connection: JrmcConnection;

  /** Usually created by {@link createJrmcClient}; {@link bindResources} creates only the resources a page uses. */
  constructor(connection: JrmcConnection) {
    this.#connection = connection;
  }

  /**
   * Registers an endpoint; keep the returned `secret` to verify deliveries.
   *
   * @example
   * const { secret } = await client.webhookEndpoints.create({ url: 'https://crm.example/hooks/jrmc', events: ['letter.signed'] });
   */
  create(params: BodyOf<'createWebhookEndpoint'>, options?: RequestOptions): Promise<ResponseOf<'createWebhookEndpoint'>> {
    return this.#connection.call(route.createWebhookEndpoint, { body: params }, options);
  }

  /**
   * Registered endpoints.
   *
   * @example
   * const { data } = await client.webhookEndpoints.list();
   */
  list(options?: RequestOptions): Promise<ResponseOf<'listWebhookEndpoints'>> {
    return this.#connection.call(route.listWebhookEndpoints, {}, options);
  }

  /**
   * Removes an endpoint.
   *
   * @example
   * await client.webhookEndpoints.delete('whe_1');
   */
  delete(endpointId: string, options?: RequestOptions): Promise<ResponseOf<'deleteWebhookEndpoint'>> {
    return this.#connection.call(route.deleteWebhookEndpoint, { path: { endpointId } }, options);
  }
}

/** The event log (what webhooks deliver). */
export class EventsResource {
  readonly #connection: JrmcConnection;

  /** Usually created by {@link createJrmcClient}; {@link bindResources} creates only the resources a page uses. */
  constructor(connection: JrmcConnection) {
    this.#connection = connection;
  }

  /**
   * Events, newest first.
   *
   * @example
   * const recent = await client.events.list({ type: 'letter.signed' }).toArray({ limit: 20 });
   */
  list(params: QueryOf<'listEvents'> = {}, options?: RequestOptions): AutoPaginatedList<WebhookEvent> {
    return new AutoPaginatedList((cursor) => this.#connection.call(route.listEvents, { query: { ...params, cursor: cursor ?? params.cursor } }, options));
  }
}
