import { draftExpiryDate, parisDate, parisTimeToInstant } from '@jrmc/core';
import type { SandboxContext } from './context.js';
import { nextInvoiceInstant, issueMonthlyInvoice } from './invoicing.js';
import { emitEvent } from './webhook-events.js';
import { COLLECTIONS, type AccountRecord, type LetterRecord } from './records.js';
import { toLetterResource } from './resources.js';
import { applyPlannedStep, depositInstantOf, depositLetter } from './sending.js';

/** Something the clock makes happen: when, and what. */
export interface Happening {
  at: Date;
  /** Order among happenings at the same instant (deposits before outcomes before invoices). */
  rank: number;
  apply: (context: SandboxContext) => void;
}

/**
 * Everything due at or before `until`: scheduled letters leaving, recipients and La Poste acting,
 * trashed letters purged (60 days), untouched drafts expiring (2 years), monthly invoices (on the 1st).
 * Each is computed from the stored state, so nothing is lost across restarts.
 */
export function dueHappenings(context: SandboxContext, until: Date): Happening[] {
  const due: Happening[] = [];
  const add = (at: Date, rank: number, apply: Happening['apply']) => {
    if (at <= until) due.push({ at, rank, apply });
  };
  for (const letter of context.store.list<LetterRecord>(COLLECTIONS.letters)) {
    if (letter.status === 'scheduled') {
      const at = depositInstantOf(letter);
      add(at, 0, (ctx) => {
        const now = current(ctx, letter.id);
        if (now?.status === 'scheduled') depositLetter(ctx, now, at);
      });
    }
    const step = letter.plan[0];
    if (step) {
      add(new Date(step.at), 1, (ctx) => {
        const now = current(ctx, letter.id);
        if (now?.plan[0]?.at === step.at) applyPlannedStep(ctx, now);
      });
    }
    if (letter.trashedAt && letter.purgeOn) add(parisTimeToInstant(letter.purgeOn), 2, (ctx) => purgeLetter(ctx, letter.id));
    if (letter.status === 'draft' && !letter.trashedAt) {
      add(parisTimeToInstant(draftExpiryDate(parisDate(letter.updatedAt))), 2, (ctx) => purgeLetter(ctx, letter.id));
    }
  }
  for (const account of context.store.list<AccountRecord>(COLLECTIONS.accounts)) {
    add(nextInvoiceInstant(account), 3, (ctx) => issueMonthlyInvoice(ctx, ctx.store.get<AccountRecord>(COLLECTIONS.accounts, account.id)!));
  }
  return due.sort((a, b) => a.at.getTime() - b.at.getTime() || a.rank - b.rank);
}

function current(context: SandboxContext, letterId: string): LetterRecord | undefined {
  return context.store.get<LetterRecord>(COLLECTIONS.letters, letterId);
}

/** Deletes a letter for good, with its timeline, proofs and documents. */
function purgeLetter(context: SandboxContext, letterId: string): void {
  const letter = current(context, letterId);
  if (!letter) return;
  for (const collection of [COLLECTIONS.letterEvents, COLLECTIONS.proofs]) {
    for (const doc of context.store.list<{ id: string; letterId: string }>(collection, (doc) => doc.letterId === letterId)) context.store.delete(collection, doc.id);
  }
  context.store.delete(COLLECTIONS.documents, `letter:${letterId}`);
  context.store.delete(COLLECTIONS.letters, letterId);
  emitEvent(context, letter.accountId, 'letter.purged', { letter: toLetterResource(letter) });
}
