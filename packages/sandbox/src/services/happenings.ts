import { deleteAttachedFiles } from './letter-attachments.js';
import type { SandboxContext } from './context.js';
import { applyVerification, dueVerification } from './account-onboarding.js';
import { nextInvoiceInstant, issueMonthlyInvoice } from './invoicing.js';
import { dueOfLetter, RANK } from './letter-due.js';
import { emitEvent } from './webhook-events.js';
import { COLLECTIONS, type AccountRecord, type LetterRecord } from './records.js';
import { toLetterResource } from './resources.js';
import { applyPlannedStep, depositLetter } from './sending.js';
import { applyDueBankAnswer } from './bank-answer-due.js';
import { closeDueInvestigation } from './paper-investigation.js';
import { dueLetterIds } from '../db/letter-queries.js';

/** Something the clock makes happen: when, and what. */
export interface Happening {
  at: Date;
  /** Order among happenings at the same instant (deposits before outcomes before invoices). */
  rank: number;
  apply: (context: SandboxContext) => void;
}

// Letters taken from the due index per batch: a long advance runs in bounded steps.
const BATCH = 200;

/**
 * The account's happenings due at or before `until`, in order: scheduled letters leaving, recipients
 * and La Poste acting, trashed letters purged (60 days), untouched drafts expiring (2 years), the monthly
 * invoice (on the 1st). Read from the letters' `due_at` index — never a scan of the letters. When the
 * batch is full, only what falls before its last letter is returned (the rest comes in the next batch),
 * so the order holds across batches.
 */
export function dueHappenings(context: SandboxContext, accountId: string, until: Date): Happening[] {
  const letters = context.store.getMany<LetterRecord>(COLLECTIONS.letters, dueLetterIds(context.store, accountId, until.toISOString(), BATCH));
  const cutoff = letters.length === BATCH ? dueAtOf(letters.at(-1)!) : until;
  const due: Happening[] = [];
  for (const letter of letters) {
    for (const happening of dueOfLetter(letter)) {
      if (happening.at > cutoff) continue;
      const at = happening.at;
      if (happening.kind === 'deposit') {
        due.push({ at, rank: happening.rank, apply: (ctx) => { const now = current(ctx, letter.id); if (now?.status === 'scheduled') depositLetter(ctx, now, at); } });
      } else if (happening.kind === 'step') {
        const stepAt = letter.plan[0]!.at;
        due.push({ at, rank: happening.rank, apply: (ctx) => { const now = current(ctx, letter.id); if (now?.plan[0]?.at === stepAt) applyPlannedStep(ctx, now); } });
      } else if (happening.kind === 'bank-answer') {
        due.push({ at, rank: happening.rank, apply: (ctx) => applyDueBankAnswer(ctx, letter.id) });
      } else if (happening.kind === 'investigation') {
        due.push({ at, rank: happening.rank, apply: (ctx) => closeDueInvestigation(ctx, letter.id, at) });
      } else {
        due.push({ at, rank: happening.rank, apply: (ctx) => purgeLetter(ctx, letter.id, at) });
      }
    }
  }
  const account = context.store.get<AccountRecord>(COLLECTIONS.accounts, accountId);
  if (account) {
    const invoiceAt = nextInvoiceInstant(account);
    if (invoiceAt <= cutoff) due.push({ at: invoiceAt, rank: RANK.invoice, apply: (ctx) => issueMonthlyInvoice(ctx, ctx.store.get<AccountRecord>(COLLECTIONS.accounts, accountId)!) });
    // JRMC's team answers an uploaded identity proof (see account-onboarding's magic file names).
    const verification = dueVerification(account, cutoff);
    if (verification) due.push({ at: new Date(verification.dueAt), rank: RANK.invoice, apply: (ctx) => applyVerification(ctx, accountId, verification) });
  }
  return due.sort((a, b) => a.at.getTime() - b.at.getTime() || a.rank - b.rank);
}

function dueAtOf(letter: LetterRecord): Date {
  return new Date(Math.min(...dueOfLetter(letter).map((due) => due.at.getTime())));
}

function current(context: SandboxContext, letterId: string): LetterRecord | undefined {
  return context.store.get<LetterRecord>(COLLECTIONS.letters, letterId);
}

/** Deletes a letter for good, with its timeline, proofs and documents — if it is still due for purging. */
function purgeLetter(context: SandboxContext, letterId: string, at: Date): void {
  const letter = current(context, letterId);
  // Restored from the trash or edited since: no longer due.
  if (!letter || !dueOfLetter(letter).some((due) => due.kind === 'purge' && due.at <= at)) return;
  context.store.deleteWhere(COLLECTIONS.letterEvents, { letter_id: letterId });
  context.store.deleteWhere(COLLECTIONS.proofs, { letter_id: letterId });
  context.store.delete(COLLECTIONS.documents, `letter:${letterId}`);
  context.store.delete(COLLECTIONS.documents, `upload:${letterId}`);
  deleteAttachedFiles(context.store, letter);
  context.store.delete(COLLECTIONS.letters, letterId);
  emitEvent(context, letter.accountId, 'letter.purged', { letter: toLetterResource(letter) });
}
