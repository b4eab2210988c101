import { canOpenInvestigation, investigationAnswerBy, investigationOpensOn, isTrackedProduct, postalProduct, type InvestigationOutcome } from '@jrmc/core';
import { answerByOf } from './investigation-answer.js';
import type { SandboxContext } from './context.js';
import { todayOf } from './context.js';
import { SANDBOX_MAGIC } from './delivery-plan.js';
import { ruleViolation } from './errors.js';
import { recordLetterEvent } from './letter-events.js';
import { COLLECTIONS, type LetterRecord, type PlannedStep } from './records.js';

type PaperLetterRecord = Extract<LetterRecord, { service: 'paper-mail' }>;

/**
 * Files the claim with La Poste for a tracked letter in transit more than 15 days (core's `canOpenInvestigation`),
 * with the user's message; La Poste answers by core's `investigationAnswerBy`. Opening twice returns the first one.
 */
export function openInvestigation(context: SandboxContext, letter: PaperLetterRecord, message: string): PaperLetterRecord {
  if (letter.investigation) return letter;
  if (!isTrackedProduct(letter.product)) {
    throw ruleViolation('investigation_not_open', `A ${letter.product} letter is not tracked by La Poste: no investigation can be opened`, { opensOn: null });
  }
  const today = todayOf(context);
  const opensOn = letter.dispatchDate ? investigationOpensOn(letter.dispatchDate) : null;
  if (!canOpenInvestigation(letter, today)) {
    throw ruleViolation('investigation_not_open', opensOn ? `An investigation opens on ${opensOn} if the letter is still in transit` : 'The letter has not been posted', { opensOn });
  }
  const now = context.now.toISOString();
  const investigated = context.store.put<LetterRecord>(COLLECTIONS.letters, {
    ...letter,
    investigation: { openedAt: now, message, answerBy: investigationAnswerBy(today), closedAt: null, outcome: null },
    updatedAt: now,
  }) as PaperLetterRecord;
  recordLetterEvent(context, investigated, 'investigation_opened', { message });
  return investigated;
}

/**
 * What La Poste's search finds, from the addressee's magic value: `SANDBOX-SUIVI-FIGE` was delivered and only the
 * tracking lagged; `SANDBOX-RETOUR-TROUVE` was returned to sender; `SANDBOX-PERDU` (or anything else still in
 * transit) is lost.
 */
export function investigationOutcomeOf(letter: PaperLetterRecord): InvestigationOutcome {
  const name = (letter.recipient?.name ?? '').toUpperCase();
  if (name.includes(SANDBOX_MAGIC.trackingFrozen)) return 'delivered';
  if (name.includes(SANDBOX_MAGIC.returnFound)) return 'returned';
  return 'lost';
}

/** How a letter still in transit moves on once La Poste's search found it; a lost letter stays where it was. */
function stepsFound(letter: PaperLetterRecord, outcome: InvestigationOutcome, at: string): PlannedStep[] {
  if (letter.status !== 'in_transit') return [];
  if (outcome === 'returned') return [{ at, status: 'returned' }];
  if (outcome === 'delivered') return [{ at, status: 'delivered' }, ...(postalProduct(letter.product).proofOfReceipt ? [{ at, status: 'signed' as const }] : [])];
  return [];
}

/**
 * Records La Poste's answer when the account's clock reaches it. A letter found delivered then moves on as any
 * delivered letter does (delivered, then signed with its AR card for registered mail with AR), one found returned
 * becomes returned to sender, through its plan.
 * Nothing happens when the investigation is already closed or the letter was purged.
 */
export function closeDueInvestigation(context: SandboxContext, letterId: string, at: Date): void {
  const letter = context.store.get<LetterRecord>(COLLECTIONS.letters, letterId);
  if (letter?.service !== 'paper-mail' || !letter.investigation || letter.investigation.closedAt) return;
  const outcome = investigationOutcomeOf(letter);
  const closedAt = at.toISOString();
  const found = stepsFound(letter, outcome, closedAt);
  const closed = context.store.put<LetterRecord>(COLLECTIONS.letters, {
    ...letter,
    investigation: { ...letter.investigation, answerBy: answerByOf(letter.investigation), closedAt, outcome },
    plan: [...found, ...letter.plan],
    updatedAt: closedAt,
  });
  recordLetterEvent(context, closed, 'investigation_closed', { outcome }, at);
}
