import { assertIsoDate, type IsoDate } from './iso-date.js';
import type { LetterStatus } from './letter-lifecycle.js';
import { canTrash, wasDispatched } from './letter-lifecycle.js';

/** Where a borrower-insurance dossier stands (values shared with the contract's `LoanDossier.status`). */
export const LOAN_DOSSIER_STATUSES = ['draft', 'substitution_sent', 'accepted', 'refused', 'termination_sent'] as const;
export type LoanDossierStatus = (typeof LOAN_DOSSIER_STATUSES)[number];

/** What {@link loanDossierStatus} reads: the dossier's letters and the bank's answer. */
export interface LoanDossierFacts {
  /** The substitution letter's status, or `null` when there is none yet. */
  substitution: LetterStatus | null;
  /** The termination letter's status, or `null`. */
  termination: LetterStatus | null;
  /** The bank's recorded answer, or `null` while none. */
  bankAnswer: 'accepted' | 'refused' | null;
}

const LIVE: ReadonlySet<LetterStatus> = new Set(['scheduled']);

/**
 * A dossier's status as a pure function of its letters: nothing validated → `draft`; substitution validated
 * (scheduled or dispatched) → `substitution_sent`; the bank answered → `accepted` / `refused`; termination validated →
 * `termination_sent`. Cancelling a letter puts the dossier back where it was before it (cancel the substitution →
 * `draft`).
 *
 * @example
 * loanDossierStatus({ substitution: 'cancelled', termination: null, bankAnswer: null }) //=> 'draft'
 * loanDossierStatus({ substitution: 'signed', termination: 'scheduled', bankAnswer: 'accepted' }) //=> 'termination_sent'
 */
export function loanDossierStatus(facts: LoanDossierFacts): LoanDossierStatus {
  const validated = (status: LetterStatus | null) => status !== null && (LIVE.has(status) || wasDispatched(status));
  if (!validated(facts.substitution)) return 'draft';
  if (facts.bankAnswer === null) return 'substitution_sent';
  if (facts.bankAnswer === 'refused') return 'refused';
  return validated(facts.termination) ? 'termination_sent' : 'accepted';
}

/**
 * Whether a letter can go to the trash: only drafts ({@link canTrash}), and never a letter that belongs to a loan
 * dossier (it lives and ends with its dossier). The one trash rule: the API enforces it, the history offers the
 * trash button by it. `LetterSummary` carries `dossierId` for it.
 *
 * @example
 * canTrashLetter({ status: 'draft', dossierId: 'dos_1' }) //=> false
 * canTrashLetter({ status: 'draft' }) //=> true
 */
export function canTrashLetter(letter: { status: LetterStatus; dossierId?: string | null }): boolean {
  return canTrash(letter.status) && !letter.dossierId;
}

/**
 * Checks the day a bank answered a substitution request: not in the future, and not before the request left.
 *
 * @returns `{ ok: true }`, or `{ ok: false, code, date }` with the nearest acceptable day
 * @example
 * checkBankAnswerDate('2026-12-01', { today: '2026-11-29' }) //=> { ok: false, code: 'date_in_future', date: '2026-11-29' }
 * checkBankAnswerDate('2026-11-01', { today: '2026-11-29', substitutionSentOn: '2026-11-05' })
 * //=> { ok: false, code: 'before_request', date: '2026-11-05' }
 */
export function checkBankAnswerDate(
  answeredOn: IsoDate,
  context: { today: IsoDate; substitutionSentOn?: IsoDate | null },
): { ok: true } | { ok: false; code: 'date_in_future' | 'before_request'; date: IsoDate } {
  assertIsoDate(answeredOn, 'answeredOn');
  const today = assertIsoDate(context.today, 'today');
  if (answeredOn > today) return { ok: false, code: 'date_in_future', date: today };
  const sentOn = context.substitutionSentOn ? assertIsoDate(context.substitutionSentOn, 'substitutionSentOn') : null;
  if (sentOn && answeredOn < sentOn) return { ok: false, code: 'before_request', date: sentOn };
  return { ok: true };
}
