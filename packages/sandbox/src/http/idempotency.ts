import type { SandboxStore } from '../db/store.js';
import { conflict } from '../services/errors.js';
import { IDEMPOTENCY_TTL_MS } from '../services/housekeeping.js';
import { COLLECTIONS, type IdempotencyRecord } from '../services/records.js';

/** The request's identity for idempotency: the same key must come with the same request. */
export function fingerprintOf(method: string, path: string, body: unknown): string {
  return `${method} ${path} ${stableJson(body)}`;
}

/**
 * Serialises requests sharing an Idempotency-Key: {@link IdempotencyGate.reserve} waits until no other
 * request holds the key, then takes it — the check and the taking happen in one tick, so two concurrent
 * requests can never both run. The second then finds the first's stored answer and replays it.
 */
export class IdempotencyGate {
  readonly #held = new Map<string, Promise<void>>();

  async reserve(slot: string): Promise<() => void> {
    for (let holder = this.#held.get(slot); holder; holder = this.#held.get(slot)) await holder;
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    this.#held.set(slot, held);
    return () => {
      if (this.#held.get(slot) === held) this.#held.delete(slot);
      release();
    };
  }
}

/** The stored answer for this key (less than 24 h old), when it is a replay; refuses a key reused for another request. */
export function replayOf(store: SandboxStore, accountId: string, key: string, fingerprint: string, now: Date): IdempotencyRecord | undefined {
  const record = store.get<IdempotencyRecord>(COLLECTIONS.idempotency, `${accountId}:${key}`);
  // Expired (or unreadable) records are no replay: written so that an invalid date fails closed.
  if (!record || !(Date.parse(record.createdAt) > now.getTime() - IDEMPOTENCY_TTL_MS)) return undefined;
  if (record.fingerprint !== fingerprint) {
    throw conflict('idempotency_key_reused', 'This Idempotency-Key was used for a different request: use a new key for a new request');
  }
  return record;
}

/** Keeps a successful answer under its key (inside the mutation's transaction). */
export function rememberResponse(store: SandboxStore, accountId: string, key: string, fingerprint: string, status: number, body: unknown, at: Date): void {
  store.put<IdempotencyRecord>(COLLECTIONS.idempotency, { id: `${accountId}:${key}`, accountId, fingerprint, status, body, createdAt: at.toISOString() });
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
