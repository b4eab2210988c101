import type { SandboxStore } from './store.js';

/** The account's pending webhook deliveries due at or before `now`, soonest first, at most `limit`. */
export function dueDeliveryIds(store: SandboxStore, accountId: string, now: string, limit: number): string[] {
  return store
    .query((db) =>
      db
        .selectFrom('webhook_deliveries')
        .select('id')
        .where('account_id', '=', accountId)
        .where('status', '=', 'pending')
        .where('next_attempt_at', '<=', now)
        .orderBy('next_attempt_at')
        .limit(limit),
    )
    .map((row) => row.id);
}
