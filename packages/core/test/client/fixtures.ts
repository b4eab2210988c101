// Sample API answers for the client tests, each checked against its schema when built, so a fixture
// can never drift from the contract unnoticed.
import * as z from 'zod/mini';
import {
  Attachment,
  Account,
  ClockState,
  Credit,
  IdentityProof,
  AccountMandate,
  Invoice,
  Letter,
  LetterEvent,
  LetterSummary,
  LetterTextSchema,
  LoanDossier,
  OPERATIONS,
  Proof,
  Quote,
  ReasonInfo,
  Receipt,
  Recipient,
  Session,
  TopUp,
  UserProfile,
  WebhookEndpoint,
  WebhookEvent,
  WebhookDelivery,
  AccountClosure,
  ApiKeyRotation,
  SessionRevocation,
  type OperationId,
} from '../../src/contract/index.js';

const address = { line1: '313 Terrasses de l’Arche', postcode: '92727', city: 'Nanterre' };
const now = '2026-11-29T10:00:00.000Z';

export const session = Session.parse({ token: 'sess_abc', expiresAt: '2026-11-29T10:15:00.000Z', scopes: ['letters:read'], accountId: 'acc_1', userProfileId: null });
export const account = Account.parse({
  id: 'acc_1', name: 'Cabinet Durand', kind: 'broker', oriasNumber: '07012345', address, email: 'contact@durand.fr', status: 'ready',
  identityProof: { status: 'verified', kind: 'orias-certificate', uploadedAt: now, rejectionReason: null },
  mandate: { status: 'signed', signedAt: now, signatoryName: 'Claire Durand' }, hasSent: true, balance: 5000, createdAt: now,
});
export const profile = UserProfile.parse({ id: 'usr_1', name: 'Claire Durand', email: 'claire@durand.fr', role: 'manager', active: true, createdAt: now, deactivatedAt: null });
export const recipient = Recipient.parse({ id: 'ins_axa', kind: 'insurer', name: 'AXA France IARD', group: 'AXA', address, acceptsLre: true });
export const reason = ReasonInfo.parse({ code: 'loi-hamon', labelFr: 'Loi Hamon', labelEn: 'Hamon law', legalBasis: 'L113-15-2', legalBasisEn: 'L113-15-2', noticeRule: 'switch', dateMode: 'switch-start' });
export const letter = Letter.parse({
  id: 'let_1', service: 'termination', status: 'draft', channel: 'lre', assigneeId: null, subscriber: null, recipient: null, withAcknowledgement: false,
  sendMode: null, scheduledDate: null, dispatchDate: null, price: null, cancellableUntil: null, createdAt: now, updatedAt: now, validatedAt: null,
  sentAt: null, cancelledAt: null, trashedAt: null, purgeOn: null, contracts: [], reason: 'loi-hamon', customReasonText: null, facts: {},
  newContractStart: null, switchTimeline: null, mandateAttached: false, attachments: [], resumeStep: null,
});
export const letterSummary = LetterSummary.parse({
  id: 'let_1', service: 'termination', status: 'draft', assigneeId: null, subscriberName: null, recipientName: null, references: '',
  scheduledDate: null, dispatchDate: null, price: null, createdAt: now, updatedAt: now, trashedAt: null, billed: false, dossierId: null,
});
export const quote = Quote.parse({
  price: { exclVat: 1490, vat: 298, inclVat: 1788 }, channel: 'lre', dispatchDate: '2026-11-30', sameDayCutoff: '20:00', firstSend: false,
  switchTimeline: null, renewalDeadline: null, requestedTerminationDate: null, expectedDeliveryDate: null, cancellableUntil: null,
  balance: 5000, sufficientCredit: true, missing: 0,
});
export const letterText = LetterTextSchema.parse({ sender: [], recipient: [], placeAndDate: '', subject: 'Objet', references: '', salutation: '', paragraphs: [], closing: '', signature: [], attachments: [], legalBasis: '' });
export const attachment = Attachment.parse({ id: 'att_1', kind: 'client-mandate', fileName: 'mandat.pdf', byteSize: 1234, sha256: 'cd'.repeat(32) });
export const letterEvent = LetterEvent.parse({ id: 'evt_1', letterId: 'let_1', type: 'created', at: now, data: {} });
export const proof = Proof.parse({ id: 'prf_1', letterId: 'let_1', kind: 'deposit', issuedAt: now, letterSha256: 'ab'.repeat(32), retainedUntil: '2033-11-29', downloadPath: '/v1/letters/let_1/proofs/prf_1/pdf' });
export const dossier = LoanDossier.parse({
  id: 'dos_1', status: 'draft', assigneeId: null,
  subscriber: { kind: 'person', civility: 'M.', firstName: 'Jean', lastName: 'Dupont', address }, bankId: 'bnk_bnp', loanReferences: ['PR-1'],
  oldInsurerId: 'ins_cnp', oldContractReferences: ['OLD-1'], newInsurerName: 'April', newContractReferences: ['NEW-1'], effectiveDate: '2027-02-13',
  route: 'lre', bankAddress: address, substitutionLetterId: null, terminationLetterId: null, otherLetterIds: [], acceptedOn: null, bankAnswer: null, terminationEffectiveDate: null, createdAt: now, updatedAt: now,
});
export const credit = Credit.parse({ balance: 5000, currency: 'EUR' });
export const receipt = Receipt.parse({ id: 'rcp_1', number: 'R-2026-0001', amount: 5000, issuedAt: now, topUpId: 'top_1', downloadPath: '/v1/credit/receipts/rcp_1/pdf' });
export const topUp = TopUp.parse({ id: 'top_1', amount: 5000, createdAt: now, receipt, balance: 10000 });
export const invoice = Invoice.parse({
  id: 'inv_1', number: 'F-2026-12', month: '2026-12', issueDate: '2027-01-01', lines: [], totalExclVat: 0, vatRate: '20%', totalVat: 0, totalInclVat: 0,
  createdAt: now, downloadPath: '/v1/invoices/inv_1/pdf',
});
export const webhookEndpoint = WebhookEndpoint.parse({ id: 'whe_1', url: 'https://crm.example/hooks', events: ['letter.signed'], createdAt: now, secret: 'whsec_1' });
export const webhookEvent = WebhookEvent.parse({ id: 'evt_9', type: 'letter.signed', createdAt: now, accountId: 'acc_1', data: { letter } });
export const clock = ClockState.parse({ now, ran: 0 });
export const identityProof = IdentityProof.parse({ status: 'pending', kind: 'orias-certificate', uploadedAt: now, rejectionReason: null });
export const mandate = AccountMandate.parse({ status: 'signed', signedAt: now, signatoryName: 'Claire Durand' });

const page = <T>(item: T) => ({ data: [item], nextCursor: null });
const list = <T>(item: T) => ({ data: [item] });

/** A valid answer for each operation. */
export const RESPONSES: Record<OperationId, unknown> = {
  createSession: session,
  getAccount: account,
  listProfiles: list(profile),
  createProfile: profile,
  updateProfile: profile,
  deactivateProfile: { ...profile, active: false, deactivatedAt: now },
  uploadIdentityProof: identityProof,
  signMandate: mandate,
  searchRecipients: page(recipient),
  getRecipient: recipient,
  listReasons: list(reason),
  createLetter: letter,
  getLetter: letter,
  updateLetter: letter,
  listLetters: page(letterSummary),
  addContract: letter,
  removeContract: letter,
  previewLetter: letterText,
  quoteLetter: quote,
  sendLetter: letter,
  cancelLetter: letter,
  rescheduleLetter: letter,
  trashLetter: letter,
  restoreLetter: letter,
  listLetterEvents: list(letterEvent),
  listProofs: list(proof),
  downloadProof: 'pdf',
  uploadAttachment: attachment,
  listAttachments: list(attachment),
  deleteAttachment: attachment,
  downloadAttachment: 'pdf',
  createLoanDossier: dossier,
  getLoanDossier: dossier,
  listLoanDossiers: page(dossier),
  sendSubstitution: dossier,
  recordBankAnswer: dossier,
  sendLoanTermination: dossier,
  updateLoanDossier: dossier,
  createLoanOtherLetter: letter,
  createPaperMail: letter,
  sendPaperMail: letter,
  openInvestigation: letter,
  updatePaperMail: letter,
  listPaperMailPrices: { data: [{ product: 'ecopli', price: { exclVat: 240, vat: 48, inclVat: 288 } }] },
  downloadPaperDocument: 'pdf',
  getCredit: credit,
  topUp,
  listReceipts: page(receipt),
  downloadReceipt: 'pdf',
  listInvoices: page(invoice),
  getInvoice: invoice,
  downloadInvoice: 'pdf',
  createWebhookEndpoint: webhookEndpoint,
  listWebhookEndpoints: list(webhookEndpoint),
  deleteWebhookEndpoint: webhookEndpoint,
  listEvents: page(webhookEvent),
  advanceClock: clock,
  getClock: clock,
  listWebhookDeliveries: page(WebhookDelivery.parse({ id: 'dlv_1', eventId: 'evt_9', endpointId: 'whe_1', attempt: 1, status: 'succeeded', responseStatus: 200, at: now })),
  testWebhookEndpoint: WebhookDelivery.parse({ id: 'dlv_2', eventId: 'evt_9', endpointId: 'whe_1', attempt: 0, status: 'pending', responseStatus: null, at: now }),
  closeAccount: AccountClosure.parse({ closedAt: now, balanceBefore: 10_000, fee: 3000, refund: 7000 }),
  rotateApiKey: ApiKeyRotation.parse({ apiKey: 'sk_test_new', previousKeyRevokedAt: now }),
  revokeSession: SessionRevocation.parse({ revoked: 1 }),
  revokeAllSessions: SessionRevocation.parse({ revoked: 3 }),
  reactivateProfile: profile,
  reassignLetters: { fromProfileId: 'usr_2', toProfileId: 'usr_1', reassigned: 2 },
  createHelpRequest: { id: 'help_1', kind: 'training', message: 'Formation', letterId: null, preferredDate: null, status: 'received', createdAt: now, updatedAt: now },
  listHelpRequests: { data: [{ id: 'help_1', kind: 'training', message: 'Formation', letterId: null, preferredDate: null, status: 'received', createdAt: now, updatedAt: now }] },
  exportAccounting: { from: '2026-12-01', to: '2026-12-31', filename: 'jrmc-export-2026-12-01-2026-12-31.csv', csv: 'Date d’envoi;Service\r\n', lineCount: 0, totalExclVat: 0, totalVat: 0, totalInclVat: 0 },
};

// Fail loudly at import if a fixture does not match its operation's response schema.
for (const [id, body] of Object.entries(RESPONSES) as [OperationId, unknown][]) {
  const schema = OPERATIONS[id].response;
  if (schema !== 'pdf') (schema as z.ZodMiniType).parse(body);
}

/** A minimal valid PDF, as the sandbox would serve. */
export const PDF_BYTES = new TextEncoder().encode('%PDF-1.7\n%fixture\n%%EOF\n');
