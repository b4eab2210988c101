import type { SandboxStore } from '../db/store.js';
import { COLLECTIONS } from './records.js';

/** How long an Idempotency-Key's answer is kept (then the key may be used again). */
export const IDEMPOTENCY_TTL_MS = 24 * 3_600_000;

// An expired session token is kept a day, so that it still answers `token_expired` rather than "unknown".
const EXPIRED_SESSION_KEPT_MS = 24 * 3_600_000;

/** Deletes the account's session tokens expired for a day and idempotency records older than 24 h (its clock's time). */
export function purgeExpiredRecords(store: SandboxStore, accountId: string, now: Date): void {
  store.deleteWhere(COLLECTIONS.sessions, { account_id: accountId }, { column: 'expires_at', value: new Date(now.getTime() - EXPIRED_SESSION_KEPT_MS).toISOString() });
  store.deleteWhere(COLLECTIONS.idempotency, { account_id: accountId }, { column: 'created_at', value: new Date(now.getTime() - IDEMPOTENCY_TTL_MS).toISOString() });
}
