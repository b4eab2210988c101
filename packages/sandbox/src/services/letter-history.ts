import type { LetterListParams, LetterSummary, Page } from '@jrmc/core/contract';
import type { SandboxStore } from '../db/store.js';
import { invalidRequest } from './errors.js';
import { normalizeSearch } from './search.js';

const DEFAULT_LIMIT = 20;
// Sort keys: a missing dispatch date sorts last either way (after any date ascending, before any descending).
const SORT_KEY = {
  createdAt: 'created_at',
  dispatchDate: "COALESCE(dispatch_date, '9999-12-31~')",
} as const;
const SORT_KEY_DESC = {
  createdAt: 'created_at',
  dispatchDate: "COALESCE(dispatch_date, '')",
} as const;

/**
 * An account's letter history, one page: filtered, searched and sorted in SQL on the letters' indexed
 * columns (only this account's rows are read), with a keyset cursor naming the last letter seen.
 */
export function letterHistory(store: SandboxStore, accountId: string, params: LetterListParams, cursorId: string | null): Page<LetterSummary> & { lastId: string | null } {
  const sort = params.sort ?? '-createdAt';
  const descending = sort.startsWith('-');
  const field = sort.replace('-', '') as 'createdAt' | 'dispatchDate';
  const key = (descending ? SORT_KEY_DESC : SORT_KEY)[field];
  const conditions = ['account_id = ?', 'trashed = ?'];
  const values: (string | number)[] = [accountId, params.trashed === true ? 1 : 0];
  const equal = (column: string, value: string | undefined) => {
    if (value !== undefined) {
      conditions.push(`${column} = ?`);
      values.push(value);
    }
  };
  equal('service', params.service);
  equal('status', params.status);
  equal('assignee_id', params.assigneeId ?? undefined);
  // The product lives in the stored history row: no extra column for a paper-only filter.
  equal("json_extract(summary, '$.product')", params.product);
  if (params.from) {
    conditions.push('created_on >= ?');
    values.push(params.from);
  }
  if (params.to) {
    conditions.push('created_on <= ?');
    values.push(params.to);
  }
  const q = params.q ? normalizeSearch(params.q) : '';
  if (q) {
    conditions.push("search LIKE ? ESCAPE '\\'");
    values.push(`%${q.replace(/[\\%_]/g, (char) => `\\${char}`)}%`);
  }
  const filters = [...conditions];
  const filterValues = [...values];
  if (cursorId) {
    const [last] = store.select<{ sort_key: string }>(`SELECT ${key} AS sort_key FROM letters WHERE ${filters.join(' AND ')} AND id = ?`, ...filterValues, cursorId);
    if (!last) throw invalidRequest('Unknown or expired cursor', [{ path: ['cursor'], code: 'invalid_cursor', message: 'Start again from the first page' }]);
    // Ties keep a stable order by id (ascending), whatever the direction.
    conditions.push(`(${key} ${descending ? '<' : '>'} ? OR (${key} = ? AND id > ?))`);
    values.push(last.sort_key, last.sort_key, cursorId);
  }
  const limit = params.limit ?? DEFAULT_LIMIT;
  const rows = store.select<{ summary: string }>(
    `SELECT summary FROM letters WHERE ${conditions.join(' AND ')} ORDER BY ${key} ${descending ? 'DESC' : 'ASC'}, id ASC LIMIT ?`,
    ...values,
    limit + 1,
  );
  const page = rows.slice(0, limit).map((row) => JSON.parse(row.summary) as LetterSummary);
  return { data: page, nextCursor: null, lastId: rows.length > limit ? page.at(-1)!.id : null };
}
