import { sql, type RawBuilder, type SelectQueryBuilder } from 'kysely';
import { containsPattern } from './loan-dossier-queries.js';
import type { SandboxStore } from './store.js';
import type { SandboxTables } from './tables.js';

/** Filters of an account's letter history, already normalized by the services layer. */
export interface HistoryFilter {
  accountId: string;
  trashed: boolean;
  service?: string | undefined;
  status?: string | undefined;
  assigneeId?: string | undefined;
  product?: string | undefined;
  /** Paris creation days, both included. */
  createdFrom?: string | undefined;
  createdTo?: string | undefined;
  /** Normalized search text (no accents, lower case). */
  search?: string | undefined;
}

export interface HistorySort {
  field: 'createdAt' | 'dispatchDate';
  descending: boolean;
}

// A missing dispatch date sorts last either way (after any date ascending, before any descending).
function sortKey(sort: HistorySort): RawBuilder<string> {
  if (sort.field === 'createdAt') return sql<string>`created_at`;
  return sort.descending ? sql<string>`COALESCE(dispatch_date, '')` : sql<string>`COALESCE(dispatch_date, '9999-12-31~')`;
}

/**
 * One page of an account's letter history: filtered, searched and sorted in SQL on the letters' indexed columns (only
 * this account's rows are read), with a keyset cursor naming the last letter seen; ties keep a stable order by id.
 * Returns the history rows (LetterSummary JSON), or `null` when the cursor is not a letter of this list.
 */
export function historyPage(store: SandboxStore, filter: HistoryFilter, sort: HistorySort, cursorId: string | null, limit: number): { summaries: string[]; hasMore: boolean } | null {
  const key = sortKey(sort);
  const filtered = <O>(start: SelectQueryBuilder<SandboxTables, 'letters', O>): SelectQueryBuilder<SandboxTables, 'letters', O> => {
    let query = start.where('account_id', '=', filter.accountId).where('trashed', '=', filter.trashed ? 1 : 0);
    if (filter.service !== undefined) query = query.where('service', '=', filter.service);
    if (filter.status !== undefined) query = query.where('status', '=', filter.status);
    if (filter.assigneeId !== undefined) query = query.where('assignee_id', '=', filter.assigneeId);
    if (filter.product !== undefined) query = query.where('product', '=', filter.product);
    if (filter.createdFrom) query = query.where('created_on', '>=', filter.createdFrom);
    if (filter.createdTo) query = query.where('created_on', '<=', filter.createdTo);
    if (filter.search) query = query.where(sql<boolean>`search LIKE ${containsPattern(filter.search)} ESCAPE '\\'`);
    return query;
  };
  let last: string | null = null;
  if (cursorId) {
    const [row] = store.query((db) => filtered(db.selectFrom('letters').select(key.as('sort_key')).where('id', '=', cursorId)));
    if (!row) return null;
    last = row.sort_key;
  }
  const rows = store.query((db) => {
    let query = filtered(db.selectFrom('letters').select('summary'));
    if (last !== null) {
      const after = last;
      query = query.where((eb) => eb.or([eb(key, sort.descending ? '<' : '>', after), eb.and([eb(key, '=', after), eb('id', '>', cursorId!)])]));
    }
    return query.orderBy(key, sort.descending ? 'desc' : 'asc').orderBy('id', 'asc').limit(limit + 1);
  });
  return { summaries: rows.slice(0, limit).map((row) => row.summary!), hasMore: rows.length > limit };
}
