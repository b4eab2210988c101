import { checkBankAnswerDate, checkLoanStart, dispatchDate, parisDate } from '@jrmc/core';
import type { BankAnswerParams, LoanDossier, LoanDossierCreateParams, LoanDossierListParams, LoanLetterSendParams, Page } from '@jrmc/core/contract';
import { deleteAttachmentFile, putAttachmentFile } from '../db/attachment-queries.js';
import { dossierPage } from '../db/loan-dossier-queries.js';
import { bankLetterDocumentId, type PreparedBankLetter } from './bank-letter.js';
import { nowIso, todayOf, type AccountContext, type SandboxContext } from './context.js';
import { refuseFutureBirth } from './date-checks.js';
import { conflict, invalidRequest, ruleViolation } from './errors.js';
import { newId } from './ids.js';
import { attachmentsOf } from './letter-attachments.js';
import { recordLetterEvent } from './letter-events.js';
import { syncLoanDossier, toDossierResource } from './loan-dossier-sync.js';
import { newLetterBase } from './new-letter.js';
import { getOwned } from './ownership.js';
import { COLLECTIONS, type AccountRecord, type DocumentRecord, type DossierRecord, type LetterRecord, type RecipientRecord } from './records.js';
import { normalizeSearch } from './search.js';
import { rescheduleLetter, sendLetter } from './sending.js';
import { activeProfile } from './termination-drafts.js';
import { emitEvent } from './webhook-events.js';

const DEFAULT_LIMIT = 20;

/** A directory entry of that kind, or a 400 naming the field. */
export function recipientOfKind(context: AccountContext, id: string, kind: 'bank' | 'insurer', field: string): RecipientRecord {
  const recipient = context.store.get<RecipientRecord>(COLLECTIONS.recipients, id);
  if (!recipient || recipient.kind !== kind) throw invalidRequest(`Unknown ${kind}`, [{ path: [field], code: 'unknown_recipient', message: `Not a ${kind} of the directory` }]);
  return recipient;
}

/** A letter of the dossier, as a draft ready to be sent (always with AR). */
function loanLetter(context: AccountContext, dossier: DossierRecord, kind: 'substitution' | 'termination', recipient: RecipientRecord, channel: 'lre' | 'paper'): LetterRecord {
  const letter = context.store.insert<LetterRecord>(COLLECTIONS.letters, {
    ...newLetterBase(context),
    assigneeId: dossier.assigneeId,
    service: 'borrower-insurance',
    dossierId: dossier.id,
    kind,
    channel,
    subscriber: dossier.subscriber,
    recipient: { id: recipient.id, name: recipient.name, address: kind === 'substitution' ? dossier.bankAddress : recipient.address },
    withAcknowledgement: true,
    // Nothing is attached by default: the new contract's conditions are uploaded to the letter itself.
    attachments: [],
    magic: dossier.loanReferences.join(' '),
  });
  recordLetterEvent(context, letter, 'created');
  return letter;
}

/** The dossier's normalized search text: its id, the subscriber's name, every reference and the new insurer. */
export function searchTextOf(params: Pick<LoanDossierCreateParams, 'subscriber' | 'loanReferences' | 'oldContractReferences' | 'newContractReferences' | 'newInsurerName'>, id: string): string {
  const name = params.subscriber.kind === 'person' ? `${params.subscriber.firstName} ${params.subscriber.lastName}` : params.subscriber.companyName;
  return normalizeSearch([id, name, ...params.loanReferences, ...params.oldContractReferences, ...params.newContractReferences, params.newInsurerName].join(' '));
}

/**
 * Opens a dossier with its substitution letter as a draft. One bank and one old insurer per dossier: several loans are
 * with that bank and several old contracts with that insurer by construction. The new cover's start must be at least
 * 25 days after the earliest day the substitution can leave (core's `checkLoanStart`).
 */
export function createLoanDossier(context: AccountContext, params: LoanDossierCreateParams): LoanDossier {
  refuseFutureBirth(params.subscriber, todayOf(context), ['subscriber']);
  const bank = recipientOfKind(context, params.bankId, 'bank', 'bankId');
  recipientOfKind(context, params.oldInsurerId, 'insurer', 'oldInsurerId');
  if (params.bankAddress && params.route !== 'paper') {
    throw invalidRequest('The bank address can be edited only for a paper send', [{ path: ['bankAddress'], code: 'not_editable', message: 'Electronic sends use the directory address' }]);
  }
  const account = context.store.get<AccountRecord>(COLLECTIONS.accounts, context.accountId)!;
  const earliest = dispatchDate({ channel: params.route, validatedAt: context.now, firstSend: !account.hasSent });
  const check = checkLoanStart(earliest, params.effectiveDate);
  if (!check.ok) throw ruleViolation('loan_start_too_soon', `The new cover can start on ${check.earliestStart} at the earliest (25 days after sending)`, { earliestStart: check.earliestStart });
  const now = nowIso(context);
  const id = newId('dos');
  const dossier = context.store.insert<DossierRecord>(COLLECTIONS.dossiers, {
    id,
    accountId: context.accountId,
    status: 'draft',
    assigneeId: params.assigneeId === undefined ? context.profileId : params.assigneeId === null ? null : activeProfile(context, params.assigneeId).id,
    subscriber: params.subscriber,
    bankId: bank.id,
    loanReferences: params.loanReferences,
    oldInsurerId: params.oldInsurerId,
    oldContractReferences: params.oldContractReferences,
    newInsurerName: params.newInsurerName,
    newContractReferences: params.newContractReferences,
    effectiveDate: params.effectiveDate,
    route: params.route,
    bankAddress: params.bankAddress ?? bank.address,
    substitutionLetterId: null,
    terminationLetterId: null,
    otherLetterIds: [],
    acceptedOn: null,
    bankAnswer: null,
    terminationEffectiveDate: null,
    createdAt: now,
    updatedAt: now,
    mandateAttached: params.mandateAttached ?? false,
    search: searchTextOf(params, id),
    createdOn: parisDate(now),
  });
  const letter = loanLetter(context, dossier, 'substitution', bank, params.route);
  const created = context.store.put<DossierRecord>(COLLECTIONS.dossiers, { ...dossier, substitutionLetterId: letter.id });
  emitEvent(context, context.accountId, 'loan_dossier.created', { dossier: toDossierResource(created) });
  return toDossierResource(created);
}

export function getLoanDossier(context: AccountContext, dossierId: string): LoanDossier {
  return toDossierResource(getOwned<DossierRecord>(context, COLLECTIONS.dossiers, dossierId, 'dossier'));
}

/** The account's dossiers, newest first, filtered (status, bank, handler, creation days, name or reference). */
export function listLoanDossiers(context: AccountContext, params: LoanDossierListParams, afterId: string | null): Page<LoanDossier> & { lastId: string | null } {
  const limit = params.limit ?? DEFAULT_LIMIT;
  const search = params.q ? normalizeSearch(params.q) : '';
  const page = dossierPage(
    context.store,
    { accountId: context.accountId, status: params.status, bankId: params.bankId, assigneeId: params.assigneeId, createdFrom: params.createdFrom, createdTo: params.createdTo, search: search || undefined },
    afterId,
    limit,
  );
  if (!page) throw invalidRequest('Unknown or expired cursor', [{ path: ['cursor'], code: 'invalid_cursor', message: 'Start again from the first page' }]);
  const data = context.store.getMany<DossierRecord>(COLLECTIONS.dossiers, page.ids).map(toDossierResource);
  return { data, nextCursor: null, lastId: page.hasMore ? data.at(-1)!.id : null };
}

/**
 * Sends the substitution request to the bank, always with AR. A cancelled request (the dossier went back to
 * `draft`) is sent again with the same letter, debited again.
 */
export function sendSubstitution(context: AccountContext, dossierId: string, params: LoanLetterSendParams): LoanDossier {
  const dossier = getOwned<DossierRecord>(context, COLLECTIONS.dossiers, dossierId, 'dossier');
  if (dossier.status !== 'draft') throw conflict('already_sent', 'The substitution request has already been sent');
  const letter = getOwned<LetterRecord>(context, COLLECTIONS.letters, dossier.substitutionLetterId!, 'letter');
  const sendParams = { mode: params.mode, ...(params.scheduledDate ? { scheduledDate: params.scheduledDate } : {}), withAcknowledgement: true };
  if (letter.status === 'cancelled') rescheduleLetter(context, letter.id, sendParams);
  else sendLetter(context, letter.id, sendParams);
  return toDossierResource(syncLoanDossier(context, dossier.id)!);
}

/**
 * Records the bank's answer: its day (not in the future, not before the request left: core's
 * `checkBankAnswerDate`) and maybe its letter. A refusal ends the dossier: no termination can follow.
 */
export function recordBankAnswer(context: SandboxContext, dossierId: string, params: Pick<BankAnswerParams, 'accepted' | 'answeredOn'>, bankLetter: PreparedBankLetter | null, owner?: AccountContext): LoanDossier {
  const dossier = owner ? getOwned<DossierRecord>(owner, COLLECTIONS.dossiers, dossierId, 'dossier') : context.store.get<DossierRecord>(COLLECTIONS.dossiers, dossierId)!;
  if (dossier.status !== 'substitution_sent') throw conflict('no_pending_request', 'No substitution request is waiting for an answer');
  const substitution = context.store.get<LetterRecord>(COLLECTIONS.letters, dossier.substitutionLetterId!);
  const check = checkBankAnswerDate(params.answeredOn, { today: todayOf(context), substitutionSentOn: substitution?.dispatchDate ?? null });
  if (!check.ok) {
    const message = check.code === 'date_in_future' ? `The answer cannot be dated after today (${check.date})` : `The answer cannot be dated before the request left (${check.date})`;
    throw invalidRequest(message, [{ path: ['answeredOn'], code: check.code, message }]);
  }
  if (bankLetter) {
    context.store.put<DocumentRecord>(COLLECTIONS.documents, { id: bankLetterDocumentId(dossier.id), accountId: dossier.accountId, base64: bankLetter.contentBase64, sha256: bankLetter.sha256 });
  }
  context.store.put<DossierRecord>(COLLECTIONS.dossiers, {
    ...dossier,
    bankAnswer: { outcome: params.accepted ? 'accepted' : 'refused', answeredOn: params.answeredOn, bankLetter: bankLetter ? { filename: bankLetter.filename, sizeBytes: bankLetter.sizeBytes } : null },
    acceptedOn: params.accepted ? params.answeredOn : null,
    updatedAt: nowIso(context),
  });
  return toDossierResource(syncLoanDossier(context, dossier.id)!);
}

/**
 * The bank's acceptance on file becomes a real `bank-acceptance` attachment of the termination letter (replacing an
 * older one): listed on the letter, announced by its text, merged after its pages.
 */
function attachBankAcceptance(context: AccountContext, dossier: DossierRecord, letter: LetterRecord): LetterRecord {
  const file = context.store.get<DocumentRecord>(COLLECTIONS.documents, bankLetterDocumentId(dossier.id));
  const described = dossier.bankAnswer?.bankLetter;
  if (!file || !described) return letter;
  const kept = attachmentsOf(letter).filter((attachment) => attachment.kind !== 'bank-acceptance');
  for (const old of attachmentsOf(letter)) if (old.kind === 'bank-acceptance') deleteAttachmentFile(context.store, old.id);
  const attachment = { id: newId('att'), kind: 'bank-acceptance' as const, fileName: described.filename, byteSize: described.sizeBytes, sha256: file.sha256 };
  putAttachmentFile(context.store, attachment.id, { accountId: dossier.accountId, base64: file.base64, sha256: file.sha256 });
  return context.store.put<LetterRecord>(COLLECTIONS.letters, { ...letter, attachments: [...kept, attachment] } as LetterRecord);
}

/**
 * Sends the termination to the old insurer once the bank has accepted, with the bank's acceptance attached when one
 * is on file (or given now). Its effective date follows L113-12-2 (see `syncLoanDossier`).
 */
export function sendLoanTermination(context: AccountContext, dossierId: string, params: LoanLetterSendParams, bankLetter: PreparedBankLetter | null): LoanDossier {
  const dossier = getOwned<DossierRecord>(context, COLLECTIONS.dossiers, dossierId, 'dossier');
  if (dossier.status === 'refused') throw ruleViolation('bank_refused', 'The bank refused the substitution: the old insurance stays in force and no termination is sent');
  if (dossier.status === 'termination_sent') throw conflict('already_sent', 'The termination has already been sent');
  if (dossier.status !== 'accepted') throw ruleViolation('bank_answer_pending', 'The termination goes to the old insurer once the bank has accepted the substitution');
  let current = dossier;
  if (bankLetter) {
    context.store.put<DocumentRecord>(COLLECTIONS.documents, { id: bankLetterDocumentId(dossier.id), accountId: dossier.accountId, base64: bankLetter.contentBase64, sha256: bankLetter.sha256 });
    current = context.store.put<DossierRecord>(COLLECTIONS.dossiers, { ...current, bankAnswer: { ...current.bankAnswer!, bankLetter: { filename: bankLetter.filename, sizeBytes: bankLetter.sizeBytes } } });
  }
  const existing = current.terminationLetterId ? context.store.get<LetterRecord>(COLLECTIONS.letters, current.terminationLetterId) : undefined;
  const sendParams = { mode: params.mode, ...(params.scheduledDate ? { scheduledDate: params.scheduledDate } : {}), withAcknowledgement: true };
  if (existing?.status === 'cancelled') {
    rescheduleLetter(context, existing.id, sendParams);
  } else {
    const insurer = recipientOfKind(context, current.oldInsurerId, 'insurer', 'oldInsurerId');
    const letter = attachBankAcceptance(context, current, existing ?? loanLetter(context, current, 'termination', insurer, 'lre'));
    context.store.put<DossierRecord>(COLLECTIONS.dossiers, { ...current, terminationLetterId: letter.id });
    sendLetter(context, letter.id, sendParams);
  }
  return toDossierResource(syncLoanDossier(context, dossier.id)!);
}
