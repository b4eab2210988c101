import type { Account, Invoice, Letter, LetterEvent, LoanDossier, Proof, Receipt, Recipient, SessionScope, UserProfile, WebhookEndpoint, WebhookEventType } from '@jrmc/core/contract';
import type { LetterStatus } from '@jrmc/core';
import type { Collection } from '../db/schema.js';

// What the sandbox stores: the contract's resources plus what only the simulator needs (owner, plans).
// `toResource` functions strip the extra fields before anything leaves the sandbox.

/** A status change planned for a sent letter (recipient behaviour, La Poste's delivery). */
export interface PlannedStep {
  at: string;
  status: LetterStatus;
}

export type AccountRecord = Account & { nextInvoiceMonth: string; invoiceSequence: number; closedAt?: string | null };
export type ProfileRecord = UserProfile & { accountId: string };
export type RecipientRecord = Recipient;
/** `magic`: text searched for sandbox magic values (loan references of a borrower-insurance letter). */
export type LetterRecord = Letter & { accountId: string; plan: PlannedStep[]; letterSha256: string | null; magic?: string; bankAnswerDue?: BankAnswerDue | null };
/** A substitution letter's bank answer the sandbox will record on its own (magic loan reference), and when. */
export interface BankAnswerDue {
  at: string;
  accepted: boolean;
}
export type LetterEventRecord = LetterEvent & { accountId: string };
export type ProofRecord = Proof & { accountId: string };
/** `search`: normalized names and references; `createdOn`: Paris day of creation (list filters). */
export type DossierRecord = LoanDossier & { accountId: string; mandateAttached: boolean; search?: string; createdOn?: string };
export type ReceiptRecord = Receipt & { accountId: string };
export type InvoiceRecord = Invoice & { accountId: string };
export type EndpointRecord = Omit<WebhookEndpoint, 'secret'> & { accountId: string; secret: string };

export interface ApiKeyRecord {
  /** The key itself. */
  id: string;
  accountId: string;
  /** Set when a rotation replaced the key: it no longer authenticates. */
  revokedAt?: string | null;
}

export interface SessionRecord {
  /** The token itself. */
  id: string;
  accountId: string;
  profileId: string | null;
  scopes: SessionScope[];
  expiresAt: string;
}

export interface LedgerRecord {
  id: string;
  accountId: string;
  /** Signed cents: top-ups and refunds positive, debits negative. */
  amount: number;
  /** `closure`: what leaves the account when it closes (refund paid out and handling fee). */
  kind: 'top_up' | 'debit' | 'refund' | 'closure';
  letterId: string | null;
  at: string;
}

export interface DocumentRecord {
  /** `letter:<letterId>` or `upload:<letterId>`. */
  id: string;
  accountId: string;
  base64: string;
  sha256: string;
}

export interface WebhookEventRecord {
  id: string;
  accountId: string;
  type: WebhookEventType;
  createdAt: string;
  data: Record<string, unknown>;
}

export interface DeliveryRecord {
  id: string;
  accountId: string;
  eventId: string;
  endpointId: string;
  attempt: number;
  status: 'pending' | 'succeeded' | 'failed';
  responseStatus: number | null;
  nextAttemptAt: string | null;
  lastAttemptAt: string | null;
  createdAt: string;
}

export interface IdempotencyRecord {
  /** `<accountId>:<key>`. */
  id: string;
  accountId: string;
  fingerprint: string;
  status: number;
  body: unknown;
  createdAt: string;
}

/** An account's own test clock. */
export interface ClockRecord {
  /** The account id. */
  id: string;
  /** Sandbox time minus real time, in ms (flowing clock). */
  offsetMs: number;
  /** Frozen clock: the account's instant, in ms since the epoch. */
  frozenAtMs: number | null;
}

/** Collection names (the db layer's tables), in one place. */
export const COLLECTIONS = {
  accounts: 'accounts',
  apiKeys: 'apiKeys',
  sessions: 'sessions',
  profiles: 'profiles',
  recipients: 'recipients',
  letters: 'letters',
  letterEvents: 'letterEvents',
  proofs: 'proofs',
  documents: 'documents',
  dossiers: 'dossiers',
  ledger: 'ledger',
  receipts: 'receipts',
  invoices: 'invoices',
  endpoints: 'endpoints',
  events: 'events',
  deliveries: 'deliveries',
  idempotency: 'idempotency',
  clocks: 'clocks',
  helpRequests: 'helpRequests',
} as const satisfies Record<string, Collection>;
