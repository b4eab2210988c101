import { signWebhookForTest, WEBHOOK_SIGNATURE_HEADER } from '@jrmc/core';
import type { SandboxStore } from '../db/store.js';
import { COLLECTIONS, type DeliveryRecord, type EndpointRecord, type WebhookEventRecord } from './records.js';
import { dueDeliveryIds } from '../db/delivery-queries.js';

/** Delay before each retry of a failed delivery, in the account's clock time (after the 1st, 2nd, 3rd, 4th attempt). */
export const DELIVERY_RETRY_DELAYS_MS = [60_000, 600_000, 3_600_000, 21_600_000] as const;
/** A slow endpoint gets this long per attempt (real time), then the attempt counts as failed. */
export const ATTEMPT_TIMEOUT_MS = 3_000;
// Deliveries started at once per run.
const BATCH = 50;

/**
 * Sends the account's deliveries due on its clock, concurrently: the event as JSON, signed like JRMC
 * signs (`JRMC-Signature: t=…,v1=HMAC-SHA256`) with the REAL time — a receiver checks freshness against
 * its own clock, whatever the account's test clock says — retried with backoff up to 5 attempts.
 * `inFlight` keeps a delivery from being attempted twice at once.
 */
export async function deliverDueWebhooks(store: SandboxStore, accountId: string, now: () => Date, fetchImpl: typeof fetch, inFlight: Set<string>): Promise<number> {
  const due = store
    .getMany<DeliveryRecord>(COLLECTIONS.deliveries, dueDeliveryIds(store, accountId, now().toISOString(), BATCH))
    .filter((delivery) => !inFlight.has(delivery.id));
  for (const delivery of due) inFlight.add(delivery.id);
  await Promise.allSettled(
    due.map(async (delivery) => {
      try {
        await attempt(store, delivery, now, fetchImpl);
      } finally {
        inFlight.delete(delivery.id);
      }
    }),
  );
  return due.length;
}

/** Sends one signed event to its endpoint once, with the timeout; returns the endpoint's status (`null`: no answer). */
export async function sendSigned(url: string, secret: string, payload: string, fetchImpl: typeof fetch): Promise<number | null> {
  try {
    const response = await fetchImpl(url, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', [WEBHOOK_SIGNATURE_HEADER]: await signWebhookForTest(payload, secret, { timestamp: new Date() }) },
      body: payload,
      redirect: 'manual',
      signal: AbortSignal.timeout(ATTEMPT_TIMEOUT_MS),
    });
    await response.body?.cancel();
    return response.status;
  } catch {
    return null;
  }
}

/** The wire form of a stored event. */
export function eventPayload(event: WebhookEventRecord): string {
  const { accountId, ...resource } = event;
  return JSON.stringify({ ...resource, accountId });
}

async function attempt(store: SandboxStore, delivery: DeliveryRecord, now: () => Date, fetchImpl: typeof fetch): Promise<void> {
  const event = store.get<WebhookEventRecord>(COLLECTIONS.events, delivery.eventId);
  const endpoint = store.get<EndpointRecord>(COLLECTIONS.endpoints, delivery.endpointId);
  if (!event || !endpoint) {
    store.transaction(() => store.put<DeliveryRecord>(COLLECTIONS.deliveries, { ...delivery, status: 'failed', nextAttemptAt: null }));
    return;
  }
  const responseStatus = await sendSigned(endpoint.url, endpoint.secret, eventPayload(event), fetchImpl);
  const attemptNumber = delivery.attempt + 1;
  const succeeded = responseStatus !== null && responseStatus >= 200 && responseStatus < 300;
  const retryDelay = DELIVERY_RETRY_DELAYS_MS[attemptNumber - 1];
  const at = now();
  store.transaction(() =>
    store.put<DeliveryRecord>(COLLECTIONS.deliveries, {
      ...delivery,
      attempt: attemptNumber,
      responseStatus,
      lastAttemptAt: at.toISOString(),
      status: succeeded ? 'succeeded' : retryDelay === undefined ? 'failed' : 'pending',
      nextAttemptAt: succeeded || retryDelay === undefined ? null : new Date(at.getTime() + retryDelay).toISOString(),
    }),
  );
}
