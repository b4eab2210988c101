import { sql } from 'kysely';
import type { SandboxStore } from './store.js';

/** Filters of an account's dossier list, already normalized by the services layer. */
export interface DossierListFilter {
  accountId: string;
  status?: string | undefined;
  bankId?: string | undefined;
  assigneeId?: string | undefined;
  createdFrom?: string | undefined;
  createdTo?: string | undefined;
  /** Normalized search text (no accents, lower case). */
  search?: string | undefined;
}

/** `%text%` for LIKE, with LIKE's wildcards in the text escaped (ESCAPE '\\'). */
export function containsPattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (char) => `\\${char}`)}%`;
}

/**
 * One page of an account's dossiers, newest first (insertion order), filtered in SQL on the dossier's columns (each
 * filter served by an index). `afterId` is the last dossier of the previous page; `null` when it is not one of this
 * list (unknown or foreign cursor).
 */
export function dossierPage(store: SandboxStore, filter: DossierListFilter, afterId: string | null, limit: number): { ids: string[]; hasMore: boolean } | null {
  let after: number | null = null;
  if (afterId) {
    const [row] = store.query((db) =>
      db.selectFrom('loan_dossiers').select(sql<number>`rowid`.as('position')).where('id', '=', afterId).where('account_id', '=', filter.accountId),
    ) as { position: number }[];
    if (!row) return null;
    after = row.position;
  }
  const rows = store.query((db) => {
    let query = db.selectFrom('loan_dossiers').select('id').where('account_id', '=', filter.accountId);
    if (filter.status !== undefined) query = query.where('status', '=', filter.status);
    if (filter.bankId !== undefined) query = query.where('bank_id', '=', filter.bankId);
    if (filter.assigneeId !== undefined) query = query.where('assignee_id', '=', filter.assigneeId);
    if (filter.createdFrom) query = query.where('created_on', '>=', filter.createdFrom);
    if (filter.createdTo) query = query.where('created_on', '<=', filter.createdTo);
    if (filter.search) query = query.where(sql<boolean>`search LIKE ${containsPattern(filter.search)} ESCAPE '\\'`);
    if (after !== null) query = query.where(db.dynamic.ref('rowid'), '<', after);
    return query.orderBy(db.dynamic.ref('rowid'), 'desc').limit(limit + 1);
  });
  return { ids: rows.slice(0, limit).map((row) => row.id), hasMore: rows.length > limit };
}
