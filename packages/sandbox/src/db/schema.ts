import type { ChildTable, Column } from './column-types.js';
import { DOCUMENT_STORE_MIGRATIONS } from './legacy-schema.js';
import { RECORD_TABLES, type Collection } from './record-tables.js';

export { RECORD_TABLES, type Collection } from './record-tables.js';

/**
 * The schema's SQL as the declarations of `record-tables.ts` describe it now: the text to start a new
 * migration from (applied migrations are frozen; migration 5's is `relational-schema-v5.ts`). Foreign keys
 * are checked at commit (DEFERRABLE INITIALLY DEFERRED): a request writes an account and its first rows in
 * any order inside one transaction; a list's rows go with their parent (ON DELETE CASCADE).
 */
function columnSql(name: string, column: Column): string {
  const parts = [name, column.sql];
  if (column.notNull) parts.push('NOT NULL');
  if (column.oneOf) parts.push(`CHECK (${name} IN (${column.oneOf.map((value) => `'${value}'`).join(', ')}))`);
  if (column.references) parts.push(`REFERENCES ${column.references} (id) DEFERRABLE INITIALLY DEFERRED`);
  return parts.join(' ');
}

function recordTableSql(collection: Collection): string {
  const { table, columns } = RECORD_TABLES[collection];
  const definitions = Object.entries(columns as Record<string, Column>).map(([name, column]) => (name === 'id' ? 'id TEXT PRIMARY KEY NOT NULL' : columnSql(name, column)));
  // A rowid table: `rowid` keeps insertion order, which lists and cursors rely on.
  return `CREATE TABLE ${table} (${definitions.join(', ')})`;
}

function childTableSql(child: ChildTable): string {
  const definitions = Object.entries(child.columns).map(([name, column]) =>
    name === child.parent ? `${name} TEXT NOT NULL REFERENCES ${child.parentTable} (id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED` : columnSql(name, column),
  );
  const key = [child.parent, ...Object.keys(child.fixed), 'position'].join(', ');
  return `CREATE TABLE ${child.table} (${definitions.join(', ')}, PRIMARY KEY (${key}))`;
}

/** The tables of the relational schema (a table holding several lists is created once). */
export function relationalTablesSql(): string[] {
  const children = new Map<string, ChildTable>();
  for (const definition of Object.values(RECORD_TABLES)) for (const child of definition.children) if (!children.has(child.table)) children.set(child.table, child);
  return [...(Object.keys(RECORD_TABLES) as Collection[]).map(recordTableSql), ...[...children.values()].map(childTableSql)];
}

/** The indexes each request path needs (account-scoped lists, due work, outbox, purges, filters). */
export const RELATIONAL_INDEXES: readonly string[] = [
  'CREATE INDEX api_keys_account ON api_keys (account_id)',
  'CREATE INDEX sessions_account_expiry ON sessions (account_id, expires_at)',
  'CREATE INDEX sessions_profile ON sessions (profile_id)',
  'CREATE INDEX profiles_account ON profiles (account_id)',
  'CREATE INDEX recipients_kind ON recipients (kind)',
  'CREATE INDEX letters_history ON letters (account_id, trashed, created_at DESC, id)',
  'CREATE INDEX letters_by_dispatch ON letters (account_id, dispatch_date)',
  'CREATE INDEX letters_due ON letters (account_id, due_at) WHERE due_at IS NOT NULL',
  'CREATE INDEX letters_outbox ON letters (account_id) WHERE needs_proof = 1',
  'CREATE INDEX letter_events_letter ON letter_events (letter_id)',
  'CREATE INDEX proofs_letter ON proofs (letter_id)',
  'CREATE INDEX loan_dossiers_status ON loan_dossiers (account_id, status)',
  'CREATE INDEX loan_dossiers_bank ON loan_dossiers (account_id, bank_id)',
  'CREATE INDEX loan_dossiers_assignee ON loan_dossiers (account_id, assignee_id)',
  'CREATE INDEX loan_dossiers_created ON loan_dossiers (account_id, created_on)',
  'CREATE INDEX ledger_account ON ledger (account_id, kind)',
  'CREATE INDEX receipts_account ON receipts (account_id)',
  'CREATE INDEX invoices_account ON invoices (account_id)',
  'CREATE INDEX webhook_endpoints_account ON webhook_endpoints (account_id)',
  'CREATE INDEX events_account ON events (account_id, type)',
  'CREATE INDEX deliveries_due ON webhook_deliveries (account_id, status, next_attempt_at)',
  'CREATE INDEX deliveries_endpoint ON webhook_deliveries (endpoint_id)',
  'CREATE INDEX idempotency_expiry ON idempotency_records (account_id, created_at)',
  'CREATE INDEX help_requests_account ON help_requests (account_id)',
];

/**
 * A migration: SQL statements, a conversion that also rewrites rows (it gets the store's writer, so
 * the derived columns are computed by the same code as every later write), or a collection whose derived
 * columns are computed again (after the code that derives them changed what it stores). Applied in order, each in
 * one transaction, and recorded in SQLite's `user_version`. Add a new entry to change the schema; never
 * edit an applied one.
 */
export type Migration = readonly string[] | { convert: 'relational' } | { rederive: Collection };

export const MIGRATIONS: readonly Migration[] = [
  ...DOCUMENT_STORE_MIGRATIONS,
  // 5: the relational schema — every field a typed column, lists in child tables, no JSON `body` left.
  { convert: 'relational' },
  // 6: the letters' derived columns computed again: the history's summary gained `dossierId`.
  { rederive: 'letters' },
];
