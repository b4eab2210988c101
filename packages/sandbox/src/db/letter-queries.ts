import type { SandboxStore } from './store.js';

/**
 * Typed reads of the letters table for the services' paths that no equality filter serves (due work, the
 * outbox, letters by dispatch day). Each returns ids in the path's order; the services read the records
 * with `store.getMany`.
 */

/** The account's letters with something due at or before `until`, soonest first, at most `limit` (the due index). */
export function dueLetterIds(store: SandboxStore, accountId: string, until: string, limit: number): string[] {
  return store
    .query((db) => db.selectFrom('letters').select('id').where('account_id', '=', accountId).where('due_at', 'is not', null).where('due_at', '<=', until).orderBy('due_at').limit(limit))
    .map((row) => row.id);
}

/** The account's scheduled letters leaving at or before `until`. */
export function scheduledLetterIdsDueBy(store: SandboxStore, accountId: string, until: string): string[] {
  return store
    .query((db) => db.selectFrom('letters').select('id').where('account_id', '=', accountId).where('status', '=', 'scheduled').where('due_at', '<=', until))
    .map((row) => row.id);
}

/** Letters sent whose PDF and deposit proof are not issued yet (the outbox), of one account or of all. */
export function outboxLetterIds(store: SandboxStore, accountId: string | null): string[] {
  return store
    .query((db) => {
      const query = db.selectFrom('letters').select('id').where('needs_proof', '=', 1);
      return accountId === null ? query : query.where('account_id', '=', accountId);
    })
    .map((row) => row.id);
}

/**
 * The account's letters whose dispatch day is in [from, to] (`toIncluded`) or [from, to) — ordered by dispatch
 * day then creation order (`byDay`), or by creation order alone.
 */
export function letterIdsDispatchedBetween(store: SandboxStore, accountId: string, range: { from: string; to: string; toIncluded: boolean; byDay: boolean }): string[] {
  return store
    .query((db) => {
      const query = db
        .selectFrom('letters')
        .select('id')
        .where('account_id', '=', accountId)
        .where('dispatch_date', '>=', range.from)
        .where('dispatch_date', range.toIncluded ? '<=' : '<', range.to);
      return (range.byDay ? query.orderBy('dispatch_date') : query).orderBy(db.dynamic.ref('rowid'));
    })
    .map((row) => row.id);
}
