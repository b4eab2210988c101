import type { SandboxStore } from '../db/store.js';
import { COLLECTIONS } from './records.js';

/** How long an Idempotency-Key's answer is kept (then the key may be used again). */
export const IDEMPOTENCY_TTL_MS = 24 * 3_600_000;

/** Deletes the account's expired session tokens and idempotency records older than 24 h (its clock's time). */
export function purgeExpiredRecords(store: SandboxStore, accountId: string, now: Date): void {
  store.deleteWhere(COLLECTIONS.sessions, { account_id: accountId }, { column: 'expires_at', value: now.toISOString() });
  store.deleteWhere(COLLECTIONS.idempotency, { account_id: accountId }, { column: 'created_at', value: new Date(now.getTime() - IDEMPOTENCY_TTL_MS).toISOString() });
}
