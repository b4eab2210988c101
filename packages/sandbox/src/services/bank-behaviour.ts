import { addDays, parisDate, parisTimeToInstant } from '@jrmc/core';
import type { BankAnswerDue, LetterRecord } from './records.js';

/**
 * Magic values of a loan reference that make the bank answer a substitution request on its own, on the account's
 * clock, so a demo runs a whole dossier by moving the clock. Matching ignores case. Without one, the bank never
 * answers by itself: the answer is recorded with `POST /v1/loan-dossiers/{id}/bank-answer`.
 */
export const BANK_MAGIC = Object.freeze({
  /** The bank accepts N days (0–60) after receiving the request, e.g. `SANDBOX-BANQUE-ACCEPTE-J10`. */
  acceptsAfterDays: 'SANDBOX-BANQUE-ACCEPTE-J<n>',
  /** The bank refuses, the day after receiving the request. */
  refuses: 'SANDBOX-BANQUE-REFUSE',
});

// The bank's answers are dated at 14:00 Paris: after the morning's deliveries of the same day.
const ANSWER_TIME = '14:00';

/**
 * The bank's answer a substitution letter will get once received (`receivedAt`: when it was signed for), from the
 * loan references' magic value, or `null` when the bank does not answer by itself.
 */
export function plannedBankAnswer(letter: LetterRecord, receivedAt: Date): BankAnswerDue | null {
  if (letter.service !== 'borrower-insurance' || letter.kind !== 'substitution') return null;
  const magic = (letter.magic ?? '').toUpperCase();
  const receivedOn = parisDate(receivedAt);
  if (magic.includes(BANK_MAGIC.refuses)) return { at: parisTimeToInstant(addDays(receivedOn, 1), ANSWER_TIME).toISOString(), accepted: false };
  const accepts = /SANDBOX-BANQUE-ACCEPTE-J(\d{1,2})\b/.exec(magic);
  if (!accepts) return null;
  const days = Math.min(60, Number(accepts[1]));
  return { at: parisTimeToInstant(addDays(receivedOn, days), ANSWER_TIME).toISOString(), accepted: true };
}
