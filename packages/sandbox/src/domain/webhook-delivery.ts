import { signWebhookForTest, WEBHOOK_SIGNATURE_HEADER } from '@jrmc/core';
import type { DocumentStore } from '../store/document-store.js';
import { COLLECTIONS, type DeliveryRecord, type EndpointRecord, type WebhookEventRecord } from './records.js';

/** Delay before each retry of a failed delivery, in sandbox time (after the 1st, 2nd, 3rd, 4th attempt). */
export const DELIVERY_RETRY_DELAYS_MS = [60_000, 600_000, 3_600_000, 21_600_000] as const;
const ATTEMPT_TIMEOUT_MS = 5_000;

/**
 * Sends every delivery due at `now`: the event as JSON, signed like JRMC signs
 * (`JRMC-Signature: t=…,v1=HMAC-SHA256`), retried with backoff up to 5 attempts.
 */
export async function deliverDueWebhooks(store: DocumentStore, now: Date, fetchImpl: typeof fetch): Promise<number> {
  const due = store.list<DeliveryRecord>(COLLECTIONS.deliveries, (delivery) => delivery.status === 'pending' && delivery.nextAttemptAt !== null && new Date(delivery.nextAttemptAt) <= now);
  for (const delivery of due) {
    const event = store.get<WebhookEventRecord>(COLLECTIONS.events, delivery.eventId);
    const endpoint = store.get<EndpointRecord>(COLLECTIONS.endpoints, delivery.endpointId);
    if (!event || !endpoint) {
      store.transaction(() => store.put<DeliveryRecord>(COLLECTIONS.deliveries, { ...delivery, status: 'failed', nextAttemptAt: null }));
      continue;
    }
    const { accountId, ...resource } = event;
    const payload = JSON.stringify({ ...resource, accountId });
    let responseStatus: number | null = null;
    try {
      const response = await fetchImpl(endpoint.url, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', [WEBHOOK_SIGNATURE_HEADER]: await signWebhookForTest(payload, endpoint.secret, { timestamp: now }) },
        body: payload,
        signal: AbortSignal.timeout(ATTEMPT_TIMEOUT_MS),
      });
      responseStatus = response.status;
      await response.body?.cancel();
    } catch {
      responseStatus = null;
    }
    const attempt = delivery.attempt + 1;
    const succeeded = responseStatus !== null && responseStatus >= 200 && responseStatus < 300;
    const retryDelay = DELIVERY_RETRY_DELAYS_MS[attempt - 1];
    store.transaction(() =>
      store.put<DeliveryRecord>(COLLECTIONS.deliveries, {
        ...delivery,
        attempt,
        responseStatus,
        lastAttemptAt: now.toISOString(),
        status: succeeded ? 'succeeded' : retryDelay === undefined ? 'failed' : 'pending',
        nextAttemptAt: succeeded || retryDelay === undefined ? null : new Date(now.getTime() + retryDelay).toISOString(),
      }),
    );
  }
  return due.length;
}
