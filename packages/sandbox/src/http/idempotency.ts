import type { DocumentStore } from '../store/document-store.js';
import { COLLECTIONS, type IdempotencyRecord } from '../domain/records.js';
import { conflict } from './api-error.js';

/** The request's identity for idempotency: the same key must come with the same request. */
export function fingerprintOf(method: string, path: string, body: unknown): string {
  return `${method} ${path} ${stableJson(body)}`;
}

/** The stored answer for this key, when it is a replay; refuses a key reused for another request. */
export function replayOf(store: DocumentStore, accountId: string, key: string, fingerprint: string): IdempotencyRecord | undefined {
  const record = store.get<IdempotencyRecord>(COLLECTIONS.idempotency, `${accountId}:${key}`);
  if (record && record.fingerprint !== fingerprint) {
    throw conflict('idempotency_key_reused', 'This Idempotency-Key was used for a different request: use a new key for a new request');
  }
  return record;
}

/** Keeps a successful answer under its key (inside the mutation's transaction). */
export function rememberResponse(store: DocumentStore, accountId: string, key: string, fingerprint: string, status: number, body: unknown, at: Date): void {
  store.put<IdempotencyRecord>(COLLECTIONS.idempotency, { id: `${accountId}:${key}`, fingerprint, status, body, createdAt: at.toISOString() });
}

function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`;
  if (value && typeof value === 'object') {
    return `{${Object.keys(value)
      .sort()
      .map((key) => `${JSON.stringify(key)}:${stableJson((value as Record<string, unknown>)[key])}`)
      .join(',')}}`;
  }
  return JSON.stringify(value ?? null);
}
