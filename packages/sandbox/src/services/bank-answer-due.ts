import { parisDate } from '@jrmc/core';
import type { SandboxContext } from './context.js';
import { recordBankAnswer } from './loan-dossiers.js';
import { COLLECTIONS, type DossierRecord, type LetterRecord } from './records.js';

/**
 * The bank answers a substitution request on its own (magic loan reference, see `BANK_MAGIC`), when the account's
 * clock reaches the planned instant. Nothing happens when the answer was already recorded by hand, or the dossier has
 * moved on.
 */
export function applyDueBankAnswer(context: SandboxContext, letterId: string): void {
  const letter = context.store.get<LetterRecord>(COLLECTIONS.letters, letterId);
  if (!letter?.bankAnswerDue || letter.service !== 'borrower-insurance') return;
  const due = letter.bankAnswerDue;
  context.store.put<LetterRecord>(COLLECTIONS.letters, { ...letter, bankAnswerDue: null });
  const dossier = context.store.get<DossierRecord>(COLLECTIONS.dossiers, letter.dossierId);
  if (dossier?.status !== 'substitution_sent') return;
  recordBankAnswer(context, dossier.id, { accepted: due.accepted, answeredOn: parisDate(due.at) }, null);
}
