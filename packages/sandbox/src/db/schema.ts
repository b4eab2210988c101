import type { SandboxTables } from './tables.js';

/**
 * The sandbox's tables. Each collection is a table whose queried fields are real, indexed columns; the
 * rest of a record (its nested value objects: a letter's subscriber, contracts, recipient, plan…) is kept
 * as JSON in `body`. The column values are computed by the services layer (see `ColumnValues`), so the
 * db layer knows tables and indexes, not business rules.
 */
export interface TableDefinition {
  table: string;
  /** Indexed columns besides `id` and `body`, with their SQLite type. */
  columns: Record<string, 'TEXT' | 'INTEGER'>;
}

export const TABLES = {
  accounts: { table: 'accounts', columns: { name: 'TEXT', next_invoice_at: 'TEXT' } },
  apiKeys: { table: 'api_keys', columns: { account_id: 'TEXT' } },
  sessions: { table: 'sessions', columns: { account_id: 'TEXT', profile_id: 'TEXT', expires_at: 'TEXT' } },
  profiles: { table: 'profiles', columns: { account_id: 'TEXT' } },
  recipients: { table: 'recipients', columns: { kind: 'TEXT' } },
  letters: {
    table: 'letters',
    columns: {
      account_id: 'TEXT',
      status: 'TEXT',
      service: 'TEXT',
      trashed: 'INTEGER',
      assignee_id: 'TEXT',
      created_at: 'TEXT',
      created_on: 'TEXT',
      dispatch_date: 'TEXT',
      search: 'TEXT',
      due_at: 'TEXT',
      needs_proof: 'INTEGER',
      /** The history row (LetterSummary JSON), kept with the letter so a history page reads only rows. */
      summary: 'TEXT',
    },
  },
  letterEvents: { table: 'letter_events', columns: { account_id: 'TEXT', letter_id: 'TEXT' } },
  proofs: { table: 'proofs', columns: { account_id: 'TEXT', letter_id: 'TEXT' } },
  documents: { table: 'files', columns: { account_id: 'TEXT' } },
  dossiers: { table: 'loan_dossiers', columns: { account_id: 'TEXT' } },
  ledger: { table: 'ledger', columns: { account_id: 'TEXT', amount: 'INTEGER' } },
  receipts: { table: 'receipts', columns: { account_id: 'TEXT' } },
  invoices: { table: 'invoices', columns: { account_id: 'TEXT' } },
  endpoints: { table: 'webhook_endpoints', columns: { account_id: 'TEXT' } },
  events: { table: 'events', columns: { account_id: 'TEXT', type: 'TEXT' } },
  deliveries: { table: 'webhook_deliveries', columns: { account_id: 'TEXT', endpoint_id: 'TEXT', status: 'TEXT', next_attempt_at: 'TEXT' } },
  idempotency: { table: 'idempotency_records', columns: { account_id: 'TEXT', created_at: 'TEXT' } },
  clocks: { table: 'account_clocks', columns: {} },
  helpRequests: { table: 'help_requests', columns: { account_id: 'TEXT' } },
} as const satisfies Record<string, TableDefinition>;

export type Collection = keyof typeof TABLES;

/** A collection's SQL table name, as the typed row interfaces of `tables.ts` name it. */
export type TableOf<C extends Collection> = (typeof TABLES)[C]['table'];

// Compile-time check: every collection's columns are exactly its typed row's columns (besides id and body).
type ColumnsMatch = {
  [C in Collection]: [Exclude<keyof SandboxTables[TableOf<C>], 'id' | 'body'>] extends [keyof (typeof TABLES)[C]['columns']]
    ? [keyof (typeof TABLES)[C]['columns']] extends [Exclude<keyof SandboxTables[TableOf<C>], 'id' | 'body'>]
      ? true
      : C
    : C;
}[Collection];
// Fails to compile, naming the collection, when any collection's columns differ.
type Mismatched = Exclude<ColumnsMatch, true>;
const columnsMatch: [Mismatched] extends [never] ? true : { mismatched: Mismatched } = true;
void columnsMatch;
export type ColumnOf<C extends Collection> = keyof (typeof TABLES)[C]['columns'] & string;

/** The indexes each request path needs (account-scoped lists, due work, outbox, purges). */
const INDEXES: readonly string[] = [
  'CREATE INDEX api_keys_account ON api_keys (account_id)',
  'CREATE INDEX sessions_account ON sessions (account_id)',
  'CREATE INDEX sessions_profile ON sessions (profile_id)',
  'CREATE INDEX sessions_expiry ON sessions (expires_at)',
  'CREATE INDEX profiles_account ON profiles (account_id)',
  'CREATE INDEX letters_history ON letters (account_id, trashed, created_at DESC, id)',
  'CREATE INDEX letters_by_dispatch ON letters (account_id, dispatch_date)',
  'CREATE INDEX letters_due ON letters (account_id, due_at) WHERE due_at IS NOT NULL',
  'CREATE INDEX letters_outbox ON letters (account_id) WHERE needs_proof = 1',
  'CREATE INDEX letter_events_letter ON letter_events (letter_id)',
  'CREATE INDEX proofs_letter ON proofs (letter_id)',
  'CREATE INDEX loan_dossiers_account ON loan_dossiers (account_id)',
  'CREATE INDEX ledger_account ON ledger (account_id)',
  'CREATE INDEX receipts_account ON receipts (account_id)',
  'CREATE INDEX invoices_account ON invoices (account_id)',
  'CREATE INDEX webhook_endpoints_account ON webhook_endpoints (account_id)',
  'CREATE INDEX events_account ON events (account_id, type)',
  'CREATE INDEX deliveries_due ON webhook_deliveries (account_id, status, next_attempt_at)',
  'CREATE INDEX deliveries_endpoint ON webhook_deliveries (endpoint_id)',
  'CREATE INDEX idempotency_expiry ON idempotency_records (created_at)',
];

function createTable(definition: TableDefinition): string {
  const columns = Object.entries(definition.columns).map(([name, type]) => `${name} ${type}`);
  // A rowid table: `rowid` keeps insertion order, which lists and cursors rely on.
  return `CREATE TABLE ${definition.table} (id TEXT NOT NULL UNIQUE, ${[...columns, 'body TEXT NOT NULL'].join(', ')})`;
}

/**
 * Versioned migrations, applied in order and recorded in SQLite's `user_version`. Add a new entry to
 * change the schema; never edit an applied one.
 */
export const MIGRATIONS: readonly (readonly string[])[] = [
  // 1: the relational schema.
  [...Object.entries(TABLES).filter(([name]) => name !== 'helpRequests').map(([, definition]) => createTable(definition)), ...INDEXES],
  // 2: an account's events newest first (the log, and the event a test delivery replays) without a sort.
  ['CREATE INDEX events_account_recent ON events (account_id)'],
  // 3: the dossier list's filters (status, bank, handler, creation day), read from the body by expression indexes.
  [
    "CREATE INDEX loan_dossiers_status ON loan_dossiers (account_id, json_extract(body, '$.status'))",
    "CREATE INDEX loan_dossiers_bank ON loan_dossiers (account_id, json_extract(body, '$.bankId'))",
    "CREATE INDEX loan_dossiers_assignee ON loan_dossiers (account_id, json_extract(body, '$.assigneeId'))",
    "CREATE INDEX loan_dossiers_created ON loan_dossiers (account_id, json_extract(body, '$.createdOn'))",
  ],
  // 4: help requests (questions, investigations, training, account changes, data deletion).
  [createTable(TABLES.helpRequests), 'CREATE INDEX help_requests_account ON help_requests (account_id)'],
];
