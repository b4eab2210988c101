import type { WebhookEvent } from '../../contract/webhooks.js';
import type { RequestOptions } from '../options.js';
import { AutoPaginatedList } from '../pagination.js';
import type { BodyOf, QueryOf, ResponseOf, Transport } from '../transport.js';

/** Webhook endpoints. Server side only. */
export class WebhookEndpointsResource {
  /** @internal Created by {@link createJrmcClient}. */
  constructor(private readonly transport: Transport) {}

  /**
   * Registers an endpoint; keep the returned `secret` to verify deliveries.
   *
   * @example
   * const { secret } = await client.webhookEndpoints.create({ url: 'https://crm.example/hooks/jrmc', events: ['letter.signed'] });
   */
  create(params: BodyOf<'createWebhookEndpoint'>, options?: RequestOptions): Promise<ResponseOf<'createWebhookEndpoint'>> {
    return this.transport.call('createWebhookEndpoint', { body: params }, options);
  }

  /**
   * Registered endpoints.
   *
   * @example
   * const { data } = await client.webhookEndpoints.list();
   */
  list(options?: RequestOptions): Promise<ResponseOf<'listWebhookEndpoints'>> {
    return this.transport.call('listWebhookEndpoints', {}, options);
  }

  /**
   * Removes an endpoint.
   *
   * @example
   * await client.webhookEndpoints.delete('whe_1');
   */
  delete(endpointId: string, options?: RequestOptions): Promise<ResponseOf<'deleteWebhookEndpoint'>> {
    return this.transport.call('deleteWebhookEndpoint', { path: { endpointId } }, options);
  }
}

/** The event log (what webhooks deliver). */
export class EventsResource {
  /** @internal Created by {@link createJrmcClient}. */
  constructor(private readonly transport: Transport) {}

  /**
   * Events, newest first.
   *
   * @example
   * const recent = await client.events.list({ type: 'letter.signed' }).toArray({ limit: 20 });
   */
  list(params: QueryOf<'listEvents'> = {}, options?: RequestOptions): AutoPaginatedList<WebhookEvent> {
    return new AutoPaginatedList((cursor) => this.transport.call('listEvents', { query: { ...params, cursor: cursor ?? params.cursor } }, options));
  }
}
