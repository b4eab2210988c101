import { WebhookEventType, type EventListParams } from '@jrmc/core/contract';
import { newId } from '../domain/ids.js';
import { getOwned } from '../domain/ownership.js';
import { COLLECTIONS, type EndpointRecord, type WebhookEventRecord } from '../domain/records.js';
import type { HandlerInput } from '../http/handler.js';
import { paginate } from '../http/paginate.js';

const endpointResource = ({ accountId: _owner, secret: _secret, ...endpoint }: EndpointRecord) => endpoint;

export const webhookHandlers = {
  createWebhookEndpoint({ context, body }: HandlerInput) {
    const endpoint = context.store.put<EndpointRecord>(COLLECTIONS.endpoints, {
      id: newId('whe'),
      accountId: context.accountId,
      url: body.url,
      events: body.events ?? [...WebhookEventType.options],
      createdAt: context.now.toISOString(),
      secret: newId('whsec', 24),
    });
    // The secret is shown once, now.
    return { ...endpointResource(endpoint), secret: endpoint.secret };
  },

  listWebhookEndpoints: ({ context }: HandlerInput) => ({
    data: context.store.list<EndpointRecord>(COLLECTIONS.endpoints, (endpoint) => endpoint.accountId === context.accountId).map(endpointResource),
  }),

  deleteWebhookEndpoint({ context, path }: HandlerInput) {
    const endpoint = getOwned<EndpointRecord>(context, COLLECTIONS.endpoints, path.endpointId!, 'webhook endpoint');
    context.store.delete(COLLECTIONS.endpoints, endpoint.id);
    return endpointResource(endpoint);
  },

  listEvents({ context, query }: HandlerInput) {
    const params = query as EventListParams;
    const events = context.store
      .list<WebhookEventRecord>(COLLECTIONS.events, (event) => event.accountId === context.accountId && (!params.type || event.type === params.type))
      .reverse();
    return paginate(events, params, (event) => event);
  },
};

export const sandboxHandlers = {
  advanceClock: ({ sandbox, body }: HandlerInput) => sandbox.advanceClock(body),
  getClock: ({ sandbox }: HandlerInput) => ({ now: sandbox.clock.now().toISOString(), ran: 0 }),
};
