/**
 * The sandbox's tables as typed rows: these interfaces ARE the schema the queries are checked against
 * (Kysely rejects an unknown table or column at compile time). `body` holds the record's JSON: the
 * nested value objects (a letter's subscriber, contracts, recipient, delivery plan) and the fields no
 * request path filters on. `schema.ts` lists the same columns for the migrations, and a compile-time check
 * there keeps the two in step.
 */
type Text = string | null;
type Int = number | null;

interface Row {
  id: string;
  body: string;
}

export interface AccountsTable extends Row { name: Text; next_invoice_at: Text }
export interface ApiKeysTable extends Row { account_id: Text }
export interface SessionsTable extends Row { account_id: Text; profile_id: Text; expires_at: Text }
export interface ProfilesTable extends Row { account_id: Text }
export interface RecipientsTable extends Row { kind: Text }
export interface LettersTable extends Row {
  account_id: Text;
  status: Text;
  service: Text;
  trashed: Int;
  assignee_id: Text;
  created_at: Text;
  created_on: Text;
  dispatch_date: Text;
  search: Text;
  due_at: Text;
  needs_proof: Int;
  summary: Text;
}
export interface LetterEventsTable extends Row { account_id: Text; letter_id: Text }
export interface ProofsTable extends Row { account_id: Text; letter_id: Text }
export interface FilesTable extends Row { account_id: Text }
export interface LoanDossiersTable extends Row { account_id: Text }
export interface LedgerTable extends Row { account_id: Text; amount: Int }
export interface ReceiptsTable extends Row { account_id: Text }
export interface InvoicesTable extends Row { account_id: Text }
export interface WebhookEndpointsTable extends Row { account_id: Text }
export interface EventsTable extends Row { account_id: Text; type: Text }
export interface WebhookDeliveriesTable extends Row { account_id: Text; endpoint_id: Text; status: Text; next_attempt_at: Text }
export interface IdempotencyRecordsTable extends Row { account_id: Text; created_at: Text }
export interface AccountClocksTable extends Row {}
export interface HelpRequestsTable extends Row { account_id: Text }

/** Every table by its SQL name. */
export interface SandboxTables {
  accounts: AccountsTable;
  api_keys: ApiKeysTable;
  sessions: SessionsTable;
  profiles: ProfilesTable;
  recipients: RecipientsTable;
  letters: LettersTable;
  letter_events: LetterEventsTable;
  proofs: ProofsTable;
  files: FilesTable;
  loan_dossiers: LoanDossiersTable;
  ledger: LedgerTable;
  receipts: ReceiptsTable;
  invoices: InvoicesTable;
  webhook_endpoints: WebhookEndpointsTable;
  events: EventsTable;
  webhook_deliveries: WebhookDeliveriesTable;
  idempotency_records: IdempotencyRecordsTable;
  account_clocks: AccountClocksTable;
  help_requests: HelpRequestsTable;
}

export type TableName = keyof SandboxTables;
