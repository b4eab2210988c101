import type { LoanDossier } from '../contract/loan-dossiers.js';
import type { Letter } from '../contract/letters.js';
import type { IsoDate } from '../rules/iso-date.js';
import type { LetterAttachment, LetterSender } from './letter-parts.js';
import { loanTerminationLetterText, substitutionLetterText } from './loan-letter-text.js';
import { terminationLetterText, type LetterText } from './letter-text.js';

/** What {@link letterTextOf} needs besides the letter. */
export interface LetterTextContext {
  /** The sending account (name, ORIAS number, address). */
  sender: LetterSender;
  /** The day it leaves: the letter's dispatch date, or — before it has one — the day to preview with. */
  sendDate: IsoDate;
  /** Borrower-insurance letters: their dossier. */
  dossier?: Pick<LoanDossier, 'loanReferences' | 'oldContractReferences' | 'newInsurerName' | 'newContractReferences' | 'effectiveDate' | 'acceptedOn'> | null;
  /** Borrower-insurance termination: the bank's name, stated when given. */
  bankName?: string | null;
  /** The files actually attached; for a termination letter, defaults to the letter's own `attachments`. */
  attachments?: readonly LetterAttachment[];
}

/**
 * The text of any letter from the API's `Letter` resource: the termination letter for its reason, the substitution
 * request, or the borrower-insurance termination (L113-12-2). `null` for paper mail and a loan dossier's other
 * letters (their content is the user's own PDF) and for a letter still lacking its subscriber, recipient or reason.
 *
 * @param letter - the letter as the API returns it
 * @param context - sender, send date, the dossier for borrower-insurance letters, the attached files
 * @returns the letter's text, or `null`
 * @throws {RuleInputError} when a fact the wording needs is missing or malformed (see {@link terminationLetterText})
 * @example
 * letterTextOf(letter, { sender, sendDate: letter.dispatchDate ?? today })?.subject //=> 'Objet : Résiliation du contrat n° …'
 */
export function letterTextOf(letter: Letter, context: LetterTextContext): LetterText | null {
  const { sender, sendDate } = context;
  // Paper mail and a loan dossier's "autre courrier" are the user's own PDF: there is no text to write.
  if (letter.service === 'paper-mail' || !letter.subscriber || !letter.recipient) return null;
  if (letter.service === 'borrower-insurance' && letter.kind === 'other') return null;
  if (letter.service === 'termination') {
    if (!letter.reason) return null;
    const attachments = context.attachments ?? (letter.attachments ?? []).map((file) => ({ kind: file.kind, fileName: file.fileName }));
    return terminationLetterText({
      sender,
      subscriber: letter.subscriber,
      recipient: letter.recipient,
      contractNumbers: letter.contracts.map((contract) => contract.number),
      reason: letter.reason,
      facts: { ...letter.facts, customReasonText: letter.customReasonText },
      sendDate,
      attachments,
    });
  }
  const dossier = context.dossier;
  if (!dossier) return null;
  const attachments = context.attachments ?? [];
  if (letter.kind === 'substitution') {
    return substitutionLetterText({
      sender,
      subscriber: letter.subscriber,
      recipient: letter.recipient,
      loanReferences: dossier.loanReferences,
      oldContractReferences: dossier.oldContractReferences,
      newInsurerName: dossier.newInsurerName,
      newContractReferences: dossier.newContractReferences,
      effectiveDate: dossier.effectiveDate,
      sendDate,
      attachments,
    });
  }
  return loanTerminationLetterText({
    sender,
    subscriber: letter.subscriber,
    recipient: letter.recipient,
    contractReferences: dossier.oldContractReferences,
    loanReferences: dossier.loanReferences,
    bankName: context.bankName ?? null,
    acceptedOn: dossier.acceptedOn,
    newContractStart: dossier.effectiveDate,
    sendDate,
    attachments,
  });
}
