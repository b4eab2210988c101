import { refuseFutureBirth, refuseFutureDate } from '../../services/date-checks.js';
import type { LoanDossierCreateParams, LoanLetterSendParams } from '@jrmc/core/contract';
import { checkLoanStart, dispatchDate } from '@jrmc/core';
import { nowIso, todayOf, type AccountContext } from '../../services/context.js';
import { newId } from '../../services/ids.js';
import { recordLetterEvent } from '../../services/letter-events.js';
import { newLetterBase } from '../../services/new-letter.js';
import { getOwned } from '../../services/ownership.js';
import { COLLECTIONS, type AccountRecord, type DossierRecord, type LetterRecord, type RecipientRecord } from '../../services/records.js';
import { toDossierResource } from '../../services/dossier-resource.js';
import { sendLetter } from '../../services/sending.js';
import { activeProfile } from '../../services/termination-drafts.js';
import { conflict, invalidRequest, ruleViolation } from '../../services/errors.js';
import type { HandlerInput } from '../handler.js';
import { paginateStored } from '../paginate.js';

function recipientOfKind(context: AccountContext, id: string, kind: 'bank' | 'insurer', field: string): RecipientRecord {
  const recipient = context.store.get<RecipientRecord>(COLLECTIONS.recipients, id);
  if (!recipient || recipient.kind !== kind) throw invalidRequest(`Unknown ${kind}`, [{ path: [field], code: 'unknown_recipient', message: `Not a ${kind} of the directory` }]);
  return recipient;
}

/** A letter of the dossier, as a draft ready to be sent (always with AR). */
function loanLetter(context: AccountContext, dossier: DossierRecord, kind: 'substitution' | 'termination', recipient: RecipientRecord, channel: 'lre' | 'paper'): LetterRecord {
  const letter = context.store.put<LetterRecord>(COLLECTIONS.letters, {
    ...newLetterBase(context),
    assigneeId: dossier.assigneeId,
    service: 'borrower-insurance',
    dossierId: dossier.id,
    kind,
    channel,
    subscriber: dossier.subscriber,
    recipient: { id: recipient.id, name: recipient.name, address: kind === 'substitution' ? dossier.bankAddress : recipient.address },
    withAcknowledgement: true,
    magic: dossier.loanReferences.join(' '),
  });
  recordLetterEvent(context, letter, 'created');
  return letter;
}

export const loanHandlers = {
  createLoanDossier({ context, body }: HandlerInput) {
    const params = body as LoanDossierCreateParams;
    refuseFutureBirth(params.subscriber, todayOf(context), ['subscriber']);
    const bank = recipientOfKind(context, params.bankId, 'bank', 'bankId');
    recipientOfKind(context, params.oldInsurerId, 'insurer', 'oldInsurerId');
    if (params.bankAddress && params.route !== 'paper') {
      throw invalidRequest('The bank address can be edited only for a paper send', [{ path: ['bankAddress'], code: 'not_editable', message: 'Electronic sends use the directory address' }]);
    }
    // One bankId and one oldInsurerId per dossier: the same-bank and same-insurer conditions hold by construction.
    const account = context.store.get<AccountRecord>(COLLECTIONS.accounts, context.accountId)!;
    const earliest = dispatchDate({ channel: params.route, validatedAt: context.now, firstSend: !account.hasSent });
    const check = checkLoanStart(earliest, params.effectiveDate);
    if (!check.ok) throw ruleViolation('loan_start_too_soon', `The new cover can start on ${check.earliestStart} at the earliest (25 days after sending)`, { earliestStart: check.earliestStart });
    const now = nowIso(context);
    const dossier = context.store.put<DossierRecord>(COLLECTIONS.dossiers, {
      id: newId('dos'),
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
      acceptedOn: null,
      createdAt: now,
      updatedAt: now,
      mandateAttached: params.mandateAttached ?? false,
    });
    const letter = loanLetter(context, dossier, 'substitution', bank, params.route);
    return toDossierResource(context.store.put<DossierRecord>(COLLECTIONS.dossiers, { ...dossier, substitutionLetterId: letter.id }));
  },

  getLoanDossier: ({ context, path }: HandlerInput) => toDossierResource(getOwned<DossierRecord>(context, COLLECTIONS.dossiers, path.dossierId!, 'dossier')),

  listLoanDossiers({ context, query }: HandlerInput) {
    return paginateStored(context.store, COLLECTIONS.dossiers, { account_id: context.accountId }, query, (dossier: DossierRecord) => toDossierResource(dossier));
  },

  sendSubstitution({ context, path, body }: HandlerInput) {
    const dossier = getOwned<DossierRecord>(context, COLLECTIONS.dossiers, path.dossierId!, 'dossier');
    if (dossier.status !== 'draft') throw conflict('already_sent', 'The substitution request has already been sent');
    sendLetter(context, dossier.substitutionLetterId!, { ...(body as LoanLetterSendParams), withAcknowledgement: true });
    return toDossierResource(context.store.put<DossierRecord>(COLLECTIONS.dossiers, { ...dossier, status: 'substitution_sent', updatedAt: nowIso(context) }));
  },

  recordBankAnswer({ context, path, body }: HandlerInput) {
    const dossier = getOwned<DossierRecord>(context, COLLECTIONS.dossiers, path.dossierId!, 'dossier');
    if (dossier.status !== 'substitution_sent') throw conflict('no_pending_request', 'No substitution request is waiting for an answer');
    refuseFutureDate(body.answeredOn, todayOf(context), ['answeredOn']);
    return toDossierResource(
      context.store.put<DossierRecord>(COLLECTIONS.dossiers, {
        ...dossier,
        status: body.accepted ? 'accepted' : 'refused',
        acceptedOn: body.accepted ? body.answeredOn : null,
        updatedAt: nowIso(context),
      }),
    );
  },

  sendLoanTermination({ context, path, body }: HandlerInput) {
    const dossier = getOwned<DossierRecord>(context, COLLECTIONS.dossiers, path.dossierId!, 'dossier');
    if (dossier.status !== 'accepted') throw ruleViolation('content_locked', 'The termination goes to the old insurer once the bank has accepted the substitution');
    const insurer = recipientOfKind(context, dossier.oldInsurerId, 'insurer', 'oldInsurerId');
    const letter = loanLetter(context, dossier, 'termination', insurer, 'lre');
    const withLetter = context.store.put<DossierRecord>(COLLECTIONS.dossiers, { ...dossier, terminationLetterId: letter.id });
    sendLetter(context, letter.id, { ...(body as LoanLetterSendParams), withAcknowledgement: true });
    return toDossierResource(context.store.put<DossierRecord>(COLLECTIONS.dossiers, { ...withLetter, status: 'termination_sent', updatedAt: nowIso(context) }));
  },
};
