import type { WebhookEventType } from '@jrmc/core/contract';
import { nowIso, type SandboxContext } from './context.js';
import { newId } from './ids.js';
import { COLLECTIONS, type DeliveryRecord, type EndpointRecord, type WebhookEventRecord } from './records.js';

/**
 * Records an event in the account's log and queues a delivery to every endpoint subscribed to it.
 * Deliveries themselves happen after commit (see `deliverWebhooks`).
 */
export function emitEvent(context: SandboxContext, accountId: string, type: WebhookEventType, data: Record<string, unknown>, at = context.now): WebhookEventRecord {
  const event = context.store.put<WebhookEventRecord>(COLLECTIONS.events, { id: newId('evt'), accountId, type, createdAt: at.toISOString(), data });
  const endpoints = context.store.where<EndpointRecord>(COLLECTIONS.endpoints, { account_id: accountId }).filter((endpoint) => endpoint.events.includes(type));
  for (const endpoint of endpoints) {
    context.store.put<DeliveryRecord>(COLLECTIONS.deliveries, {
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
