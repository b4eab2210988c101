import { bool, derived, integer, json, text, type ChildTable, type Column, type RecordTable } from './column-types.js';

/**
 * The relational schema, one declaration per collection: every scalar field of a record is a typed column
 * (NOT NULL where the domain says so, CHECK on the small enumerations that do not grow, FOREIGN KEY to the
 * account or letter it belongs to), every list is a child table, and small value objects that no request
 * filters on are JSON columns named after their field: postal addresses, a subscriber's identity, a price,
 * termination facts, a paper letter's document description, an account's identity proof and mandate, a
 * bank's answer, an event's payload, a replayed response. Columns the services derive from a record (search
 * text, due instant, outbox flag, history row) are `derived`: written with the record, never read back.
 *
 * Status-like enumerations that grow with the product (letter status, event types, proof kinds) get no
 * CHECK: a new value would otherwise need a table rebuild. The values are checked by core's schemas.
 */

const account = (field = 'accountId') => text(field, { references: 'accounts' });
/** A child table's link to its parent row, and the item's place in the list. */
const parentKey = (references: string) => text('', { references });
const position = integer('');

function child(table: string, field: string, parentTable: string, parent: string, columns: Record<string, Column>, options: { scalar?: string; fixed?: Record<string, string>; variant?: string | readonly string[] } = {}): ChildTable {
  return {
    table,
    field,
    parent,
    parentTable,
    columns: { [parent]: parentKey(parentTable), position, ...columns },
    scalar: options.scalar ?? null,
    fixed: options.fixed ?? {},
    variant: options.variant ?? null,
  };
}

const ACCOUNTS = {
  id: text('id'),
  name: text('name'),
  kind: text('kind', { oneOf: ['broker', 'insurer', 'mutual'] }),
  orias_number: text('oriasNumber', { nullable: true }),
  address: json('address'),
  email: text('email'),
  status: text('status', { oneOf: ['onboarding', 'ready', 'closing'] }),
  identity_proof: json('identityProof'),
  mandate: json('mandate'),
  has_sent: bool('hasSent'),
  balance: integer('balance'),
  created_at: text('createdAt'),
  next_invoice_month: text('nextInvoiceMonth'),
  invoice_sequence: integer('invoiceSequence'),
  closed_at: text('closedAt', { optional: true }),
  /** The identity check the sandbox's "JRMC team" will answer, and when (onboarding). */
  identity_verification: json('identityVerification', { optional: true }),
  next_invoice_at: derived('TEXT'),
};

const API_KEYS = { id: text('id'), account_id: account(), revoked_at: text('revokedAt', { nullable: true }) };

const SESSIONS = { id: text('id'), account_id: account(), profile_id: text('profileId', { nullable: true }), expires_at: text('expiresAt') };

const PROFILES = {
  id: text('id'),
  account_id: account(),
  name: text('name'),
  email: text('email'),
  role: text('role', { oneOf: ['manager', 'collaborator'] }),
  active: bool('active'),
  created_at: text('createdAt'),
  deactivated_at: text('deactivatedAt', { nullable: true }),
};

const RECIPIENTS = {
  id: text('id'),
  kind: text('kind', { oneOf: ['insurer', 'bank'] }),
  name: text('name'),
  group_name: text('group', { nullable: true }),
  address: json('address'),
  accepts_lre: bool('acceptsLre'),
};

const TERMINATION = 'termination';
const LOAN = 'borrower-insurance';
const PAPER = 'paper-mail';

const LETTERS = {
  id: text('id'),
  account_id: account(),
  service: text('service', { oneOf: [TERMINATION, LOAN, PAPER] }),
  status: text('status'),
  channel: text('channel', { oneOf: ['lre', 'paper'] }),
  assignee_id: text('assigneeId', { nullable: true }),
  subscriber: json('subscriber', { nullable: true }),
  recipient: json('recipient', { nullable: true }),
  with_acknowledgement: bool('withAcknowledgement'),
  send_mode: text('sendMode', { nullable: true }),
  scheduled_date: text('scheduledDate', { nullable: true }),
  dispatch_date: text('dispatchDate', { nullable: true }),
  price: json('price', { nullable: true }),
  cancellable_until: text('cancellableUntil', { nullable: true }),
  created_at: text('createdAt'),
  updated_at: text('updatedAt'),
  validated_at: text('validatedAt', { nullable: true }),
  sent_at: text('sentAt', { nullable: true }),
  cancelled_at: text('cancelledAt', { nullable: true }),
  trashed_at: text('trashedAt', { nullable: true }),
  purge_on: text('purgeOn', { nullable: true }),
  letter_sha256: text('letterSha256', { nullable: true }),
  /** A bank answer the sandbox will record itself (magic loan reference); set to `null` on any letter signed for. */
  bank_answer_due: json('bankAnswerDue', { optional: true }),
  // Termination letters.
  reason: text('reason', { variant: TERMINATION }),
  custom_reason_text: text('customReasonText', { variant: TERMINATION }),
  facts: json('facts', { variant: TERMINATION }),
  new_contract_start: text('newContractStart', { variant: TERMINATION }),
  switch_timeline: json('switchTimeline', { variant: TERMINATION }),
  mandate_attached: bool('mandateAttached', { variant: TERMINATION }),
  resume_step: text('resumeStep', { variant: TERMINATION }),
  // Borrower-insurance letters.
  dossier_id: text('dossierId', { variant: LOAN }),
  loan_letter_kind: text('kind', { variant: LOAN, oneOf: ['substitution', 'termination', 'other'] }),
  magic: text('magic', { variant: LOAN, optional: true }),
  // Paper letters.
  product: text('product', { variant: PAPER }),
  document: json('document', { variant: PAPER }),
  expected_delivery_date: text('expectedDeliveryDate', { variant: PAPER }),
  tracking_number: text('trackingNumber', { variant: PAPER }),
  investigation_opens_on: text('investigationOpensOn', { variant: PAPER }),
  investigation: json('investigation', { variant: PAPER }),
  // Derived by the services (see `DerivedColumns`).
  trashed: derived('INTEGER'),
  created_on: derived('TEXT'),
  search: derived('TEXT'),
  due_at: derived('TEXT'),
  needs_proof: derived('INTEGER'),
  /** The history row (LetterSummary JSON), a read model kept with the letter so a history page reads one row per letter. */
  summary: derived('TEXT'),
};

const LETTER_CHILDREN = [
  child('letter_contracts', 'contracts', 'letters', 'letter_id', { number: text('number'), label: text('label', { optional: true }) }, { variant: TERMINATION }),
  child(
    'letter_attachments',
    'attachments',
    'letters',
    'letter_id',
    { id: text('id'), kind: text('kind'), file_name: text('fileName'), byte_size: integer('byteSize'), sha256: text('sha256') },
    // The client's mandate on a termination; the new contract's conditions or the bank's acceptance on a loan letter.
    { variant: [TERMINATION, LOAN] },
  ),
  /** The letter's scheduled happenings (recipient's and La Poste's steps); the next one is the letter's `due_at`. */
  child('letter_plan_steps', 'plan', 'letters', 'letter_id', { at: text('at'), status: text('status') }),
];

const LETTER_EVENTS = { id: text('id'), account_id: account(), letter_id: text('letterId', { references: 'letters' }), type: text('type'), at: text('at'), data: json('data') };

const PROOFS = {
  id: text('id'),
  account_id: account(),
  letter_id: text('letterId', { references: 'letters' }),
  kind: text('kind'),
  issued_at: text('issuedAt'),
  letter_sha256: text('letterSha256'),
  retained_until: text('retainedUntil'),
  download_path: text('downloadPath'),
};

/** Files (letter PDFs, uploads, attachments), base64: read one at a time, never at start. */
const FILES = { id: text('id'), account_id: account(), base64: text('base64'), sha256: text('sha256') };

const LOAN_DOSSIERS = {
  id: text('id'),
  account_id: account(),
  status: text('status'),
  assignee_id: text('assigneeId', { nullable: true }),
  subscriber: json('subscriber'),
  bank_id: text('bankId'),
  old_insurer_id: text('oldInsurerId'),
  new_insurer_name: text('newInsurerName'),
  effective_date: text('effectiveDate'),
  route: text('route', { oneOf: ['lre', 'paper'] }),
  bank_address: json('bankAddress'),
  substitution_letter_id: text('substitutionLetterId', { nullable: true }),
  termination_letter_id: text('terminationLetterId', { nullable: true }),
  accepted_on: text('acceptedOn', { nullable: true }),
  bank_answer: json('bankAnswer', { nullable: true }),
  termination_effective_date: text('terminationEffectiveDate', { nullable: true }),
  created_at: text('createdAt'),
  updated_at: text('updatedAt'),
  mandate_attached: bool('mandateAttached'),
  /** Normalized names and references (the list's text filter). */
  search: text('search', { optional: true }),
  /** Paris day of creation (the list's day filters). */
  created_on: text('createdOn', { optional: true }),
};

const REFERENCE = { reference: text('') };
const referenceList = (field: string, list: string) =>
  child('loan_dossier_references', field, 'loan_dossiers', 'dossier_id', { list: text('', { oneOf: ['loan', 'old_contract', 'new_contract'] }), ...REFERENCE }, { scalar: 'reference', fixed: { list } });
const DOSSIER_CHILDREN = [
  referenceList('loanReferences', 'loan'),
  referenceList('oldContractReferences', 'old_contract'),
  referenceList('newContractReferences', 'new_contract'),
  /** The dossier's other letters ("autre courrier"), in the order they were created. */
  child('loan_dossier_other_letters', 'otherLetterIds', 'loan_dossiers', 'dossier_id', { letter_id: text('', { references: 'letters' }) }, { scalar: 'letter_id' }),
];

const LEDGER = {
  id: text('id'),
  account_id: account(),
  /** Signed cents: top-ups and refunds positive, debits negative. */
  amount: integer('amount'),
  kind: text('kind', { oneOf: ['top_up', 'debit', 'refund', 'closure'] }),
  // No foreign key: the ledger outlives a purged letter.
  letter_id: text('letterId', { nullable: true }),
  at: text('at'),
};

const RECEIPTS = { id: text('id'), account_id: account(), number: text('number'), amount: integer('amount'), issued_at: text('issuedAt'), top_up_id: text('topUpId'), download_path: text('downloadPath') };

const INVOICES = {
  id: text('id'),
  account_id: account(),
  number: text('number'),
  month: text('month'),
  issue_date: text('issueDate'),
  total_excl_vat: integer('totalExclVat'),
  vat_rate: text('vatRate'),
  total_vat: integer('totalVat'),
  total_incl_vat: integer('totalInclVat'),
  created_at: text('createdAt'),
  download_path: text('downloadPath'),
};
const INVOICE_CHILDREN = [
  child('invoice_lines', 'lines', 'invoices', 'invoice_id', {
    // No foreign key: an invoice outlives a purged letter.
    letter_id: text('letterId'),
    service: text('service'),
    description: text('description'),
    dispatch_date: text('dispatchDate'),
    price_excl_vat: integer('priceExclVat'),
    vat: integer('vat'),
    price_incl_vat: integer('priceInclVat'),
  }),
];

const WEBHOOK_ENDPOINTS = { id: text('id'), account_id: account(), url: text('url'), created_at: text('createdAt'), secret: text('secret') };
const ENDPOINT_CHILDREN = [child('webhook_endpoint_events', 'events', 'webhook_endpoints', 'endpoint_id', { event_type: text('') }, { scalar: 'event_type' })];
const SESSION_CHILDREN = [child('session_scopes', 'scopes', 'sessions', 'session_id', { scope: text('') }, { scalar: 'scope' })];

const EVENTS = { id: text('id'), account_id: account(), type: text('type'), created_at: text('createdAt'), data: json('data') };

const WEBHOOK_DELIVERIES = {
  id: text('id'),
  account_id: account(),
  event_id: text('eventId'),
  endpoint_id: text('endpointId'),
  attempt: integer('attempt'),
  status: text('status', { oneOf: ['pending', 'succeeded', 'failed'] }),
  response_status: integer('responseStatus', { nullable: true }),
  next_attempt_at: text('nextAttemptAt', { nullable: true }),
  last_attempt_at: text('lastAttemptAt', { nullable: true }),
  created_at: text('createdAt'),
};

const IDEMPOTENCY_RECORDS = {
  id: text('id'),
  account_id: account(),
  fingerprint: text('fingerprint'),
  status: integer('status'),
  /** The first answer's JSON, replayed as is. */
  response_body: json('body'),
  created_at: text('createdAt'),
};

// No foreign key: a clock exists from an account's first request, whatever committed first.
const ACCOUNT_CLOCKS = { id: text('id'), offset_ms: integer('offsetMs'), frozen_at_ms: integer('frozenAtMs', { nullable: true }) };

const HELP_REQUESTS = {
  id: text('id'),
  account_id: account(),
  kind: text('kind'),
  message: text('message'),
  letter_id: text('letterId', { nullable: true }),
  preferred_date: text('preferredDate', { nullable: true }),
  created_at: text('createdAt'),
};

function table<const N extends string, const C extends Record<string, Column>>(name: N, columns: C, children: readonly ChildTable[] = [], discriminator: string | null = null) {
  return { table: name, columns, children, discriminator } satisfies RecordTable;
}

/** Every collection the services name, and its table. */
export const RECORD_TABLES = {
  accounts: table('accounts', ACCOUNTS),
  apiKeys: table('api_keys', API_KEYS),
  sessions: table('sessions', SESSIONS, SESSION_CHILDREN),
  profiles: table('profiles', PROFILES),
  recipients: table('recipients', RECIPIENTS),
  letters: table('letters', LETTERS, LETTER_CHILDREN, 'service'),
  letterEvents: table('letter_events', LETTER_EVENTS),
  proofs: table('proofs', PROOFS),
  documents: table('files', FILES),
  dossiers: table('loan_dossiers', LOAN_DOSSIERS, DOSSIER_CHILDREN),
  ledger: table('ledger', LEDGER),
  receipts: table('receipts', RECEIPTS),
  invoices: table('invoices', INVOICES, INVOICE_CHILDREN),
  endpoints: table('webhook_endpoints', WEBHOOK_ENDPOINTS, ENDPOINT_CHILDREN),
  events: table('events', EVENTS),
  deliveries: table('webhook_deliveries', WEBHOOK_DELIVERIES),
  idempotency: table('idempotency_records', IDEMPOTENCY_RECORDS),
  clocks: table('account_clocks', ACCOUNT_CLOCKS),
  helpRequests: table('help_requests', HELP_REQUESTS),
} as const;

export type Collection = keyof typeof RECORD_TABLES;

/** Every child table, by name (a table may hold several lists, told apart by `fixed` columns). */
export const CHILD_TABLES: readonly ChildTable[] = Object.values(RECORD_TABLES).flatMap((definition) => definition.children);

/** The child tables' typed rows (declared here as Kysely needs them; `schema.test` checks them against the database). */
export interface ChildRows {
  letter_contracts: { letter_id: string; position: number; number: string; label: string | null };
  letter_attachments: { letter_id: string; position: number; id: string; kind: string; file_name: string; byte_size: number; sha256: string };
  letter_plan_steps: { letter_id: string; position: number; at: string; status: string };
  loan_dossier_references: { dossier_id: string; position: number; list: string; reference: string };
  loan_dossier_other_letters: { dossier_id: string; position: number; letter_id: string };
  invoice_lines: {
    invoice_id: string;
    position: number;
    letter_id: string;
    service: string;
    description: string;
    dispatch_date: string;
    price_excl_vat: number;
    vat: number;
    price_incl_vat: number;
  };
  webhook_endpoint_events: { endpoint_id: string; position: number; event_type: string };
  session_scopes: { session_id: string; position: number; scope: string };
}
