import * as z from 'zod/mini';
import { Account, IdentityProof, AccountMandate, IdentityProofUploadParams, MandateSignParams, UserProfile, UserProfileCreateParams, UserProfileUpdateParams } from './account.js';
import { PageParams, pageOf } from './common.js';
import { Credit, Receipt, TopUp, TopUpParams } from './credit.js';
import { ReasonInfo, Recipient, RecipientSearchParams } from './directory.js';
import { Invoice } from './invoices.js';
import {
  AddContractParams,
  Attachment,
  Letter,
  LetterEvent,
  LetterListParams,
  LetterSummary,
  LetterTextSchema,
  Proof,
  Quote,
  SendParams,
  TerminationDraftParams,
} from './letters.js';
import { AttachmentList, AttachmentUploadParams } from './letter-attachments.js';
import { BankAnswerParams, LoanDossier, LoanDossierCreateParams, LoanDossierListParams, LoanLetterSendParams } from './loan-dossiers.js';
import { LoanDossierUpdateParams, LoanOtherLetterParams } from './loan-dossiers.js';
import { InvestigationParams, PaperMailCreateParams, PaperMailSendParams } from './paper-mail.js';
import { PaperMailPrices, PaperMailUpdateParams } from './paper-mail.js';
import { AccountClosure, ApiKeyRotation, SessionRevocation } from './account-lifecycle.js';
import { LetterReassignment, LetterReassignParams } from './account-team.js';
import { AccountingExport, AccountingExportParams } from './accounting-export.js';
import { HelpRequest, HelpRequestCreateParams } from './help-requests.js';
import { ClockAdvanceParams, ClockState } from './sandbox.js';
import { Session, SessionCreateParams, type SessionScope } from './sessions.js';
import { EventListParams, WebhookDelivery, WebhookEndpoint, WebhookEndpointCreateParams, WebhookEvent } from './webhooks.js';

/** One API operation: the single description the OpenAPI document, the sandbox and the tests share. */
export interface Operation {
  method: 'GET' | 'POST' | 'PATCH' | 'DELETE';
  /** Path template with `{param}` placeholders. */
  path: string;
  summary: string;
  tag: string;
  query?: z.ZodMiniType;
  body?: z.ZodMiniType;
  /** A JSON schema, or `'pdf'` for a binary download. */
  response: z.ZodMiniType | 'pdf';
  /** Success status. */
  status: 200 | 201;
  /** The session scope a browser token needs (`null`: API key only). */
  scope: SessionScope | null;
}

const list = <T extends z.ZodMiniType>(item: T) => z.object({ data: z.array(item) });

/** Every operation of the JRMC API, by a stable name. */
export const OPERATIONS = {
  createSession: { method: 'POST', path: '/v1/sessions', summary: 'Mint a short-lived browser session token (API key only)', tag: 'Sessions', body: SessionCreateParams, response: Session, status: 201, scope: null },

  getAccount: { method: 'GET', path: '/v1/account', summary: 'The account, its onboarding and its balance', tag: 'Account', response: Account, status: 200, scope: 'account:read' },
  listProfiles: { method: 'GET', path: '/v1/account/profiles', summary: 'User profiles of the account', tag: 'Account', response: list(UserProfile), status: 200, scope: 'account:read' },
  createProfile: { method: 'POST', path: '/v1/account/profiles', summary: 'Create a user profile (managers)', tag: 'Account', body: UserProfileCreateParams, response: UserProfile, status: 201, scope: 'account:manage' },
  updateProfile: { method: 'PATCH', path: '/v1/account/profiles/{profileId}', summary: 'Rename a profile or change its role', tag: 'Account', body: UserProfileUpdateParams, response: UserProfile, status: 200, scope: 'account:manage' },
  deactivateProfile: { method: 'POST', path: '/v1/account/profiles/{profileId}/deactivate', summary: 'Deactivate a profile (it keeps its letters)', tag: 'Account', response: UserProfile, status: 200, scope: 'account:manage' },
  uploadIdentityProof: { method: 'POST', path: '/v1/account/identity-proof', summary: 'Upload the professional identity proof', tag: 'Account', body: IdentityProofUploadParams, response: IdentityProof, status: 200, scope: 'account:manage' },
  signMandate: { method: 'POST', path: '/v1/account/mandate', summary: 'Sign the mandate letting JRMC send for the account', tag: 'Account', body: MandateSignParams, response: AccountMandate, status: 200, scope: 'account:manage' },

  searchRecipients: { method: 'GET', path: '/v1/directory/recipients', summary: 'Search the directory of insurers and banks', tag: 'Directory', query: RecipientSearchParams, response: pageOf(Recipient), status: 200, scope: 'directory:read' },
  getRecipient: { method: 'GET', path: '/v1/directory/recipients/{recipientId}', summary: 'One directory entry', tag: 'Directory', response: Recipient, status: 200, scope: 'directory:read' },
  listReasons: { method: 'GET', path: '/v1/reasons', summary: 'The termination reason catalogue', tag: 'Directory', response: list(ReasonInfo), status: 200, scope: 'directory:read' },

  createLetter: { method: 'POST', path: '/v1/letters', summary: 'Create a termination letter draft', tag: 'Letters', body: TerminationDraftParams, response: Letter, status: 201, scope: 'letters:write' },
  getLetter: { method: 'GET', path: '/v1/letters/{letterId}', summary: 'One letter, any service', tag: 'Letters', response: Letter, status: 200, scope: 'letters:read' },
  updateLetter: { method: 'PATCH', path: '/v1/letters/{letterId}', summary: 'Update a draft (autosave)', tag: 'Letters', body: TerminationDraftParams, response: Letter, status: 200, scope: 'letters:write' },
  listLetters: { method: 'GET', path: '/v1/letters', summary: 'Letter history across services, with filters', tag: 'Letters', query: LetterListParams, response: pageOf(LetterSummary), status: 200, scope: 'letters:read' },
  addContract: { method: 'POST', path: '/v1/letters/{letterId}/contracts', summary: 'Add a contract to the letter (if combinable)', tag: 'Letters', body: AddContractParams, response: Letter, status: 200, scope: 'letters:write' },
  removeContract: { method: 'DELETE', path: '/v1/letters/{letterId}/contracts/{contractNumber}', summary: 'Remove a contract from a draft', tag: 'Letters', response: Letter, status: 200, scope: 'letters:write' },
  previewLetter: { method: 'GET', path: '/v1/letters/{letterId}/preview', summary: 'The letter text as it will be sent', tag: 'Letters', response: LetterTextSchema, status: 200, scope: 'letters:read' },
  quoteLetter: { method: 'POST', path: '/v1/letters/{letterId}/quote', summary: 'Price, dispatch date and credit check before sending', tag: 'Letters', body: SendParams, response: Quote, status: 200, scope: 'letters:read' },
  sendLetter: { method: 'POST', path: '/v1/letters/{letterId}/send', summary: 'Send now or schedule (debits the credit)', tag: 'Letters', body: SendParams, response: Letter, status: 200, scope: 'letters:write' },
  cancelLetter: { method: 'POST', path: '/v1/letters/{letterId}/cancel', summary: 'Cancel a scheduled letter until its eve (refunded)', tag: 'Letters', response: Letter, status: 200, scope: 'letters:write' },
  rescheduleLetter: { method: 'POST', path: '/v1/letters/{letterId}/reschedule', summary: 'Schedule a cancelled letter again (debited again)', tag: 'Letters', body: SendParams, response: Letter, status: 200, scope: 'letters:write' },
  trashLetter: { method: 'POST', path: '/v1/letters/{letterId}/trash', summary: 'Move a draft to the trash (purged after 60 days)', tag: 'Letters', response: Letter, status: 200, scope: 'letters:write' },
  restoreLetter: { method: 'POST', path: '/v1/letters/{letterId}/restore', summary: 'Take a draft out of the trash', tag: 'Letters', response: Letter, status: 200, scope: 'letters:write' },
  listLetterEvents: { method: 'GET', path: '/v1/letters/{letterId}/events', summary: 'The letter timeline', tag: 'Letters', response: list(LetterEvent), status: 200, scope: 'letters:read' },
  listProofs: { method: 'GET', path: '/v1/letters/{letterId}/proofs', summary: 'Proofs: letter, deposit, receipt, expiry notices', tag: 'Letters', response: list(Proof), status: 200, scope: 'letters:read' },
  downloadProof: { method: 'GET', path: '/v1/letters/{letterId}/proofs/{proofId}/pdf', summary: 'Download a proof as PDF', tag: 'Letters', response: 'pdf', status: 200, scope: 'letters:read' },
  uploadAttachment: { method: 'POST', path: '/v1/letters/{letterId}/attachments', summary: 'Attach a PDF to a draft (the client’s mandate…): a real PDF, ≤ 10 MB', tag: 'Letters', body: AttachmentUploadParams, response: Attachment, status: 201, scope: 'letters:write' },
  listAttachments: { method: 'GET', path: '/v1/letters/{letterId}/attachments', summary: 'The files attached to a letter', tag: 'Letters', response: AttachmentList, status: 200, scope: 'letters:read' },
  deleteAttachment: { method: 'DELETE', path: '/v1/letters/{letterId}/attachments/{attachmentId}', summary: 'Remove an attachment while the letter is a draft', tag: 'Letters', response: Attachment, status: 200, scope: 'letters:write' },
  downloadAttachment: { method: 'GET', path: '/v1/letters/{letterId}/attachments/{attachmentId}/pdf', summary: 'Download an attached file', tag: 'Letters', response: 'pdf', status: 200, scope: 'letters:read' },

  createLoanDossier: { method: 'POST', path: '/v1/loan-dossiers', summary: 'Open a borrower-insurance substitution dossier', tag: 'Borrower insurance', body: LoanDossierCreateParams, response: LoanDossier, status: 201, scope: 'letters:write' },
  getLoanDossier: { method: 'GET', path: '/v1/loan-dossiers/{dossierId}', summary: 'One dossier', tag: 'Borrower insurance', response: LoanDossier, status: 200, scope: 'letters:read' },
  listLoanDossiers: { method: 'GET', path: '/v1/loan-dossiers', summary: 'Dossiers of the account', tag: 'Borrower insurance', query: LoanDossierListParams, response: pageOf(LoanDossier), status: 200, scope: 'letters:read' },
  sendSubstitution: { method: 'POST', path: '/v1/loan-dossiers/{dossierId}/substitution', summary: 'Send the substitution request to the bank (with AR)', tag: 'Borrower insurance', body: LoanLetterSendParams, response: LoanDossier, status: 200, scope: 'letters:write' },
  recordBankAnswer: { method: 'POST', path: '/v1/loan-dossiers/{dossierId}/bank-answer', summary: 'Record the bank’s acceptance or refusal', tag: 'Borrower insurance', body: BankAnswerParams, response: LoanDossier, status: 200, scope: 'letters:write' },
  sendLoanTermination: { method: 'POST', path: '/v1/loan-dossiers/{dossierId}/termination', summary: 'Send the termination to the old insurer (after acceptance)', tag: 'Borrower insurance', body: LoanLetterSendParams, response: LoanDossier, status: 200, scope: 'letters:write' },
  updateLoanDossier: { method: 'PATCH', path: '/v1/loan-dossiers/{dossierId}', summary: 'Update a dossier while its substitution request has not left (autosave)', tag: 'Borrower insurance', body: LoanDossierUpdateParams, response: LoanDossier, status: 200, scope: 'letters:write' },
  createLoanOtherLetter: { method: 'POST', path: '/v1/loan-dossiers/{dossierId}/other-letters', summary: 'Another letter of the dossier (your PDF) to the bank or the old insurer, as a draft to send with AR', tag: 'Borrower insurance', body: LoanOtherLetterParams, response: Letter, status: 201, scope: 'letters:write' },

  createPaperMail: { method: 'POST', path: '/v1/paper-mail', summary: 'Create a paper letter from a PDF', tag: 'Paper mail', body: PaperMailCreateParams, response: Letter, status: 201, scope: 'letters:write' },
  sendPaperMail: { method: 'POST', path: '/v1/paper-mail/{letterId}/send', summary: 'Post it now or on a working day', tag: 'Paper mail', body: PaperMailSendParams, response: Letter, status: 200, scope: 'letters:write' },
  listPaperMailPrices: { method: 'GET', path: '/v1/paper-mail/prices', summary: 'Price of each La Poste product', tag: 'Paper mail', response: PaperMailPrices, status: 200, scope: 'letters:read' },
  updatePaperMail: { method: 'PATCH', path: '/v1/paper-mail/{letterId}', summary: 'Update a paper draft (autosave)', tag: 'Paper mail', body: PaperMailUpdateParams, response: Letter, status: 200, scope: 'letters:write' },
  downloadPaperDocument: { method: 'GET', path: '/v1/paper-mail/{letterId}/document', summary: 'Download the uploaded PDF', tag: 'Paper mail', response: 'pdf', status: 200, scope: 'letters:read' },
  openInvestigation: { method: 'POST', path: '/v1/paper-mail/{letterId}/investigation', summary: 'Open an investigation (in transit > 15 days)', tag: 'Paper mail', body: InvestigationParams, response: Letter, status: 200, scope: 'letters:write' },

  getCredit: { method: 'GET', path: '/v1/credit', summary: 'The prepaid balance', tag: 'Credit', response: Credit, status: 200, scope: 'credit:read' },
  topUp: { method: 'POST', path: '/v1/credit/top-ups', summary: 'Top up by card (issues a receipt)', tag: 'Credit', body: TopUpParams, response: TopUp, status: 201, scope: 'credit:write' },
  listReceipts: { method: 'GET', path: '/v1/credit/receipts', summary: 'Top-up receipts, newest first', tag: 'Credit', query: PageParams, response: pageOf(Receipt), status: 200, scope: 'credit:read' },
  downloadReceipt: { method: 'GET', path: '/v1/credit/receipts/{receiptId}/pdf', summary: 'Download a receipt as PDF', tag: 'Credit', response: 'pdf', status: 200, scope: 'credit:read' },

  listInvoices: { method: 'GET', path: '/v1/invoices', summary: 'Monthly invoices, newest first', tag: 'Invoices', query: PageParams, response: pageOf(Invoice), status: 200, scope: 'invoices:read' },
  getInvoice: { method: 'GET', path: '/v1/invoices/{invoiceId}', summary: 'One invoice', tag: 'Invoices', response: Invoice, status: 200, scope: 'invoices:read' },
  downloadInvoice: { method: 'GET', path: '/v1/invoices/{invoiceId}/pdf', summary: 'Download an invoice as PDF', tag: 'Invoices', response: 'pdf', status: 200, scope: 'invoices:read' },

  createWebhookEndpoint: { method: 'POST', path: '/v1/webhook-endpoints', summary: 'Register a webhook endpoint (secret shown once)', tag: 'Webhooks', body: WebhookEndpointCreateParams, response: WebhookEndpoint, status: 201, scope: null },
  listWebhookEndpoints: { method: 'GET', path: '/v1/webhook-endpoints', summary: 'Registered endpoints', tag: 'Webhooks', response: list(WebhookEndpoint), status: 200, scope: null },
  deleteWebhookEndpoint: { method: 'DELETE', path: '/v1/webhook-endpoints/{endpointId}', summary: 'Remove an endpoint', tag: 'Webhooks', response: WebhookEndpoint, status: 200, scope: null },
  listEvents: { method: 'GET', path: '/v1/events', summary: 'The event log, newest first', tag: 'Webhooks', query: EventListParams, response: pageOf(WebhookEvent), status: 200, scope: null },

  listWebhookDeliveries: { method: 'GET', path: '/v1/webhook-endpoints/{endpointId}/deliveries', summary: 'Delivery attempts to an endpoint, newest first', tag: 'Webhooks', query: PageParams, response: pageOf(WebhookDelivery), status: 200, scope: null },
  testWebhookEndpoint: { method: 'POST', path: '/v1/webhook-endpoints/{endpointId}/test', summary: 'Send the latest event the endpoint subscribes to again, signed now (a test delivery)', tag: 'Webhooks', response: WebhookDelivery, status: 201, scope: null },
  closeAccount: { method: 'POST', path: '/v1/account/closure', summary: 'Close the account: refund the credit minus the 25 € excl. VAT fee; history stays readable', tag: 'Account', response: AccountClosure, status: 200, scope: 'account:manage' },
  rotateApiKey: { method: 'POST', path: '/v1/account/api-keys/rotate', summary: 'Replace the API key (the new key is shown once; the old one stops at once)', tag: 'Account', response: ApiKeyRotation, status: 200, scope: null },
  revokeSession: { method: 'DELETE', path: '/v1/sessions/{sessionToken}', summary: 'Revoke one browser session token', tag: 'Sessions', response: SessionRevocation, status: 200, scope: null },
  revokeAllSessions: { method: 'DELETE', path: '/v1/sessions', summary: 'Revoke every browser session token of the account', tag: 'Sessions', response: SessionRevocation, status: 200, scope: null },
  advanceClock: { method: 'POST', path: '/v1/sandbox/clock', summary: 'Sandbox only: advance the clock and run what falls due', tag: 'Sandbox', body: ClockAdvanceParams, response: ClockState, status: 200, scope: null },
  getClock: { method: 'GET', path: '/v1/sandbox/clock', summary: 'Sandbox only: the current sandbox time', tag: 'Sandbox', response: ClockState, status: 200, scope: 'account:read' },

  // Account team (issue #15): reactivation and letter reassignment, managers only.
  reactivateProfile: { method: 'POST', path: '/v1/account/profiles/{profileId}/reactivate', summary: 'Reactivate a deactivated profile', tag: 'Account', response: UserProfile, status: 200, scope: 'account:manage' },
  reassignLetters: { method: 'POST', path: '/v1/account/profiles/{profileId}/reassign-letters', summary: 'Hand a profile’s letters (all, or the ones listed) to another active profile', tag: 'Account', body: LetterReassignParams, response: LetterReassignment, status: 200, scope: 'account:manage' },
  // Accounting export (issue #15): the letters of a period as CSV, with VAT.
  exportAccounting: { method: 'GET', path: '/v1/accounting-export', summary: 'The letters dispatched in a period as a French CSV (prices excl. VAT, VAT, incl. VAT)', tag: 'Invoices', query: AccountingExportParams, response: AccountingExport, status: 200, scope: 'invoices:read' },
  // Help center (issue #15): the FAQ's "Aide" requests with a status to follow, managers only.
  createHelpRequest: { method: 'POST', path: '/v1/help-requests', summary: 'Ask JRMC’s team: a question about a letter, an investigation, training, account details, data deletion', tag: 'Account', body: HelpRequestCreateParams, response: HelpRequest, status: 201, scope: 'account:manage' },
  listHelpRequests: { method: 'GET', path: '/v1/help-requests', summary: 'The account’s help requests and their status, newest first', tag: 'Account', response: list(HelpRequest), status: 200, scope: 'account:manage' },
} as const satisfies Record<string, Operation>;

/** The operation table's type. */
export type Operations = typeof OPERATIONS;

/** The name of an operation. */
export type OperationId = keyof Operations;
