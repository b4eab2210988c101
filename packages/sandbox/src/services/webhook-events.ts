import type { WebhookEventType } from '@jrmc/core/contract';
import { nowIso, type SandboxContext } from './context.js';
import { newId } from './ids.js';
import { conflict } from './errors.js';
import { COLLECTIONS, type DeliveryRecord, type EndpointRecord, type WebhookEventRecord } from './records.js';
import type { AccountContext } from './context.js';

/**
 * Records an event in the account's log and queues a delivery to every endpoint subscribed to it.
 * Deliveries themselves happen after commit (see `deliverWebhooks`).
 */
export function emitEvent(context: SandboxContext, accountId: string, type: WebhookEventType, data: Record<string, unknown>, at = context.now): WebhookEventRecord {
  const event = context.store.insert<WebhookEventRecord>(COLLECTIONS.events, { id: newId('evt'), accountId, type, createdAt: at.toISOString(), data });
  const endpoints = context.store.where<EndpointRecord>(COLLECTIONS.endpoints, { account_id: accountId }).filter((endpoint) => endpoint.events.includes(type));
  for (const endpoint of endpoints) {
    context.store.insert<DeliveryRecord>(COLLECTIONS.deliveries, {
      id: newId('dlv'),
      accountId,
      eventId: event.id,
      endpointId: endpoint.id,
      attempt: 0,
      status: 'pending',
      responseStatus: null,
      nextAttemptAt: nowIso(context),
      lastAttemptAt: null,
      createdAt: at.toISOString(),
    });
  }
  return event;
}

// How far back a test delivery looks for an event the endpoint subscribes to.
const TEST_LOOKBACK = 200;

/**
 * Queues a test delivery: the latest event of the account the endpoint subscribes to, sent again now and
 * signed now, so a receiver can be checked with real data. Refused when there is no such event yet.
 */
export function queueTestDelivery(context: AccountContext, endpoint: EndpointRecord): DeliveryRecord {
  const event = context.store
    .where<WebhookEventRecord>(COLLECTIONS.events, { account_id: context.accountId }, { order: 'desc', limit: TEST_LOOKBACK })
    .find((candidate) => endpoint.events.includes(candidate.type));
  if (!event) throw conflict('no_event_yet', 'No event this endpoint subscribes to has happened yet: send a letter or top up, then test again');
  return context.store.insert<DeliveryRecord>(COLLECTIONS.deliveries, {
    id: newId('dlv'),
    accountId: context.accountId,
    eventId: event.id,
    endpointId: endpoint.id,
    attempt: 0,
    status: 'pending',
    responseStatus: null,
    nextAttemptAt: nowIso(context),
    lastAttemptAt: null,
    createdAt: nowIso(context),
  });
}
