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

// Dossier fields read by the list's filters, each served by an expression index (migration 3).
const FIELD = {
  status: "json_extract(body, '$.status')",
  bankId: "json_extract(body, '$.bankId')",
  assigneeId: "json_extract(body, '$.assigneeId')",
  createdOn: "json_extract(body, '$.createdOn')",
  search: "json_extract(body, '$.search')",
} as const;

/**
 * One page of an account's dossiers, newest first (insertion order), filtered in SQL. `afterId` is the last dossier of
 * the previous page; `null` when it is not one of this list (unknown or foreign cursor).
 */
export function dossierPage(store: SandboxStore, filter: DossierListFilter, afterId: string | null, limit: number): { bodies: string[]; hasMore: boolean } | null {
  const conditions = ['account_id = ?'];
  const values: (string | number)[] = [filter.accountId];
  const equal = (sql: string, value: string | undefined) => {
    if (value === undefined) return;
    conditions.push(`${sql} = ?`);
    values.push(value);
  };
  equal(FIELD.status, filter.status);
  equal(FIELD.bankId, filter.bankId);
  equal(FIELD.assigneeId, filter.assigneeId);
  if (filter.createdFrom) {
    conditions.push(`${FIELD.createdOn} >= ?`);
    values.push(filter.createdFrom);
  }
  if (filter.createdTo) {
    conditions.push(`${FIELD.createdOn} <= ?`);
    values.push(filter.createdTo);
  }
  if (filter.search) {
    conditions.push(`${FIELD.search} LIKE ? ESCAPE '\\'`);
    values.push(`%${filter.search.replace(/[\\%_]/g, (char) => `\\${char}`)}%`);
  }
  if (afterId) {
    const [after] = store.select<{ rowid: number }>('SELECT rowid FROM loan_dossiers WHERE id = ? AND account_id = ?', afterId, filter.accountId);
    if (!after) return null;
    conditions.push('rowid < ?');
    values.push(after.rowid);
  }
  const rows = store.select<{ body: string }>(`SELECT body FROM loan_dossiers WHERE ${conditions.join(' AND ')} ORDER BY rowid DESC LIMIT ?`, ...values, limit + 1);
  return { bodies: rows.slice(0, limit).map((row) => row.body), hasMore: rows.length > limit };
}
