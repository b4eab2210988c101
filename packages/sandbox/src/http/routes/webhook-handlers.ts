import { WebhookEventType, type EventListParams, type WebhookDelivery } from '@jrmc/core/contract';
import { newId } from '../../services/ids.js';
import { checkWebhookDestination } from '../../services/webhook-destination.js';
import { queueTestDelivery } from '../../services/webhook-events.js';
import { getOwned } from '../../services/ownership.js';
import { COLLECTIONS, type DeliveryRecord, type EndpointRecord, type WebhookEventRecord } from '../../services/records.js';
import type { HandlerInput } from '../handler.js';
import { paginateStored } from '../paginate.js';

const toDeliveryResource = (delivery: DeliveryRecord): WebhookDelivery => ({
  id: delivery.id,
  eventId: delivery.eventId,
  endpointId: delivery.endpointId,
  attempt: delivery.attempt,
  status: delivery.status,
  responseStatus: delivery.responseStatus,
  // When it was last tried, or when it is due to be.
  at: delivery.lastAttemptAt ?? delivery.nextAttemptAt ?? delivery.createdAt,
});

const endpointResource = ({ accountId: _owner, secret: _secret, ...endpoint }: EndpointRecord) => endpoint;

export const webhookHandlers = {
  createWebhookEndpoint: {
    // Resolving the host name is asynchronous, hence before the transaction.
    prepare: ({ sandbox, body }: HandlerInput) => checkWebhookDestination(body.url, { allowLoopback: sandbox.allowLoopbackWebhooks, lookup: sandbox.lookupHost }),
    run: ({ context, body }: HandlerInput) => {
    const endpoint = context.store.insert<EndpointRecord>(COLLECTIONS.endpoints, {
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
  },

  listWebhookEndpoints: ({ context }: HandlerInput) => ({
    data: context.store.where<EndpointRecord>(COLLECTIONS.endpoints, { account_id: context.accountId }).map(endpointResource),
  }),

  deleteWebhookEndpoint({ context, path }: HandlerInput) {
    const endpoint = getOwned<EndpointRecord>(context, COLLECTIONS.endpoints, path.endpointId!, 'webhook endpoint');
    context.store.delete(COLLECTIONS.endpoints, endpoint.id);
    return endpointResource(endpoint);
  },

  listWebhookDeliveries({ context, path, query }: HandlerInput) {
    const endpoint = getOwned<EndpointRecord>(context, COLLECTIONS.endpoints, path.endpointId!, 'webhook endpoint');
    return paginateStored(context.store, COLLECTIONS.deliveries, { endpoint_id: endpoint.id }, query, toDeliveryResource);
  },

  testWebhookEndpoint({ context, path }: HandlerInput) {
    const endpoint = getOwned<EndpointRecord>(context, COLLECTIONS.endpoints, path.endpointId!, 'webhook endpoint');
    return toDeliveryResource(queueTestDelivery(context, endpoint));
  },

  listEvents({ context, query }: HandlerInput) {
    const params = query as EventListParams;
    return paginateStored(context.store, COLLECTIONS.events, { account_id: context.accountId, type: params.type }, params, (event: WebhookEventRecord) => event);
  },
};

export const sandboxHandlers = {
  advanceClock: ({ sandbox, context, body }: HandlerInput) => sandbox.advanceClock(context.accountId, body),
  getClock: ({ sandbox, context }: HandlerInput) => ({ now: sandbox.now(context.accountId).toISOString(), ran: 0 }),
};
