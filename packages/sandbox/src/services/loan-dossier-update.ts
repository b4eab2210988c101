import { canEditContent, checkLoanStart, dispatchDate } from '@jrmc/core';
import type { LoanDossier, LoanDossierUpdateParams } from '@jrmc/core/contract';
import { nowIso, todayOf, type AccountContext } from './context.js';
import { refuseFutureBirth } from './date-checks.js';
import { conflict, invalidRequest, ruleViolation } from './errors.js';
import { toDossierResource } from './loan-dossier-sync.js';
import { recipientOfKind, searchTextOf } from './loan-dossiers.js';
import { getOwned } from './ownership.js';
import { activeProfile } from './termination-drafts.js';
import { COLLECTIONS, type AccountRecord, type DossierRecord, type LetterRecord } from './records.js';

/**
 * Autosave of a dossier whose substitution request has not left: applies the fields given, checks the result like a
 * new dossier (known bank and insurer, the bank address editable only for a paper send, the new cover's start at
 * least 25 days after the earliest send — checked again when the date or the route changes), and keeps its
 * substitution letter (still a draft) in step: subscriber, bank, address, route. No webhook: nothing left.
 */
export function updateLoanDossier(context: AccountContext, dossierId: string, params: LoanDossierUpdateParams): LoanDossier {
  const dossier = getOwned<DossierRecord>(context, COLLECTIONS.dossiers, dossierId, 'dossier');
  if (dossier.status !== 'draft') throw conflict('already_sent', 'The substitution request has left: the dossier can no longer change');
  const letter = getOwned<LetterRecord>(context, COLLECTIONS.letters, dossier.substitutionLetterId!, 'letter');
  if (!canEditContent(letter.status)) throw ruleViolation('content_locked', `The substitution request is ${letter.status}: reschedule it as it is, or keep it`);
  if (params.subscriber) refuseFutureBirth(params.subscriber, todayOf(context), ['subscriber']);
  const route = params.route ?? dossier.route;
  const bank = recipientOfKind(context, params.bankId ?? dossier.bankId, 'bank', 'bankId');
  if (params.oldInsurerId) recipientOfKind(context, params.oldInsurerId, 'insurer', 'oldInsurerId');
  if (params.bankAddress && route !== 'paper') {
    throw invalidRequest('The bank address can be edited only for a paper send', [{ path: ['bankAddress'], code: 'not_editable', message: 'Electronic sends use the directory address' }]);
  }
  const effectiveDate = params.effectiveDate ?? dossier.effectiveDate;
  if (params.effectiveDate !== undefined || params.route !== undefined) {
    const account = context.store.get<AccountRecord>(COLLECTIONS.accounts, context.accountId)!;
    const check = checkLoanStart(dispatchDate({ channel: route, validatedAt: context.now, firstSend: !account.hasSent }), effectiveDate);
    if (!check.ok) throw ruleViolation('loan_start_too_soon', `The new cover can start on ${check.earliestStart} at the earliest (25 days after sending)`, { earliestStart: check.earliestStart });
  }
  // An electronic send always uses the directory's address; a paper one keeps its edited address unless the bank
  // changes or the address is reset with `null`.
  const keepsEditedAddress = route === 'paper' && bank.id === dossier.bankId && params.bankAddress !== null;
  const bankAddress = params.bankAddress ?? (keepsEditedAddress ? dossier.bankAddress : bank.address);
  const { assigneeId: assigneeParam, bankAddress: _address, ...fields } = params;
  const assigneeId = assigneeParam === undefined || assigneeParam === null ? assigneeParam : activeProfile(context, assigneeParam).id;
  const merged = { ...dossier, ...fields, bankId: bank.id, route, effectiveDate, bankAddress };
  const now = nowIso(context);
  const next = context.store.put<DossierRecord>(COLLECTIONS.dossiers, {
    ...merged,
    ...(assigneeId !== undefined ? { assigneeId } : {}),
    search: searchTextOf(merged, dossier.id),
    updatedAt: now,
  });
  context.store.put<LetterRecord>(COLLECTIONS.letters, {
    ...letter,
    subscriber: next.subscriber,
    channel: route,
    recipient: { id: bank.id, name: bank.name, address: bankAddress },
    magic: next.loanReferences.join(' '),
    ...(assigneeId !== undefined ? { assigneeId } : {}),
    updatedAt: now,
  } as LetterRecord);
  return toDossierResource(next);
}
