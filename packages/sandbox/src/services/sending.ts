import { canCancel, cancellationDeadline, canTransition, rescheduleOptions, canTrash, canTrashLetter, proofIssuedOn, trashPurgeDate, type LetterStatus, parisTimeToInstant } from '@jrmc/core';
import { plannedBankAnswer } from './bank-behaviour.js';
import type { SendParams } from '@jrmc/core/contract';
import { conflict, invalidRequest, ruleViolation } from './errors.js';
import { nowIso, todayOf, type AccountContext, type SandboxContext } from './context.js';
import { debitForSend, refundSend } from './credit.js';
import { planDelivery } from './delivery-plan.js';
import { recordLetterEvent } from './letter-events.js';
import { getOwned } from './ownership.js';
import { COLLECTIONS, type AccountRecord, type LetterRecord } from './records.js';
import { recordProof } from './proofs.js';
import { planSend, type SendPlan } from './send-plan.js';

/** Hour (Paris) at which a scheduled letter is deposited on its day. */
const SCHEDULED_DEPOSIT_TIME = '09:00';

/**
 * Validates a send: debits the price (or refuses for insufficient credit) and schedules the letter, or
 * deposits it right away when it leaves today. One transaction: the debit and the letter go together.
 */
export function sendLetter(context: AccountContext, letterId: string, params: SendParams): LetterRecord {
  const letter = getOwned<LetterRecord>(context, COLLECTIONS.letters, letterId, 'letter');
  if (letter.status !== 'draft') {
    throw conflict('already_validated', letter.status === 'cancelled' ? 'A cancelled letter is sent again with reschedule' : `The letter is already ${letter.status}`);
  }
  if (letter.trashedAt) throw conflict('in_trash', 'Restore the letter from the trash before sending it');
  return validate(context, letter, params, 'scheduled');
}

/** Schedules a cancelled letter again: same content, new send mode and date, debited again. */
export function rescheduleLetter(context: AccountContext, letterId: string, params: SendParams): LetterRecord {
  const letter = getOwned<LetterRecord>(context, COLLECTIONS.letters, letterId, 'letter');
  // What a reschedule may choose again is core's rule: send now or on a day, with or without AR (terminations), a
  // new contract start for Hamon / RIA (checked again with checkSwitchStart), priced again as chosen.
  const options = rescheduleOptions({ status: letter.status, service: letter.service, reason: letter.service === 'termination' ? letter.reason : null });
  if (!options.allowed) throw ruleViolation('not_reschedulable', `Only a cancelled letter can be rescheduled; this one is ${letter.status}`);
  const chosen: SendParams = options.acknowledgementChoosable ? params : { ...params, withAcknowledgement: undefined };
  if (options.dateMode === 'switch-start' && !chosen.newContractStart && letter.service === 'termination') {
    throw invalidRequest('A Hamon / RIA letter is rescheduled for a new contract start', [{ path: ['newContractStart'], code: 'required', message: 'Choose the new contract’s start date' }]);
  }
  return validate(context, letter, chosen, 'rescheduled');
}

function validate(context: AccountContext, letter: LetterRecord, params: SendParams, event: 'scheduled' | 'rescheduled'): LetterRecord {
  const plan = planSend(context, letter, params);
  assertMove(letter, 'scheduled');
  debitForSend(context, context.accountId, letter.id, plan.price);
  const scheduled = context.store.put<LetterRecord>(COLLECTIONS.letters, {
    ...letter,
    ...planFields(plan),
    status: 'scheduled',
    validatedAt: nowIso(context),
    cancelledAt: null,
    updatedAt: nowIso(context),
  } as LetterRecord);
  recordLetterEvent(context, scheduled, event, { dispatchDate: plan.dispatchDate, sendMode: plan.sendMode, price: plan.price });
  return plan.dispatchDate === todayOf(context) ? depositLetter(context, scheduled, context.now) : scheduled;
}

function planFields(plan: SendPlan): Partial<LetterRecord> {
  const fields: Partial<LetterRecord> = {
    sendMode: plan.sendMode,
    scheduledDate: plan.scheduledDate,
    dispatchDate: plan.dispatchDate,
    price: plan.price,
    withAcknowledgement: plan.withAcknowledgement,
    cancellableUntil: plan.cancellableUntil,
  };
  return plan.switchTimeline ? { ...fields, switchTimeline: plan.switchTimeline, newContractStart: plan.newContractStart } as Partial<LetterRecord> : fields;
}

/** When a scheduled letter is due to be deposited. */
export function depositInstantOf(letter: LetterRecord): Date {
  const planned = parisTimeToInstant(letter.dispatchDate!, SCHEDULED_DEPOSIT_TIME);
  const validated = new Date(letter.validatedAt!);
  return planned > validated ? planned : validated;
}

/**
 * The letter leaves: deposit notice issued (after commit, with the letter's PDF and its SHA-256) and
 * the recipient's or La Poste's next steps planned.
 */
export function depositLetter(context: SandboxContext, letter: LetterRecord, at: Date): LetterRecord {
  assertMove(letter, 'sent');
  // The account leaves its "first send" (18:00 cut-off) when its first letter is deposited, not when validated.
  const account = context.store.get<AccountRecord>(COLLECTIONS.accounts, letter.accountId);
  if (account && !account.hasSent) context.store.put<AccountRecord>(COLLECTIONS.accounts, { ...account, hasSent: true });
  const sent = context.store.put<LetterRecord>(COLLECTIONS.letters, {
    ...letter,
    status: 'sent',
    sentAt: at.toISOString(),
    cancellableUntil: null,
    updatedAt: at.toISOString(),
    plan: planDelivery(letter, at),
  });
  recordLetterEvent(context, sent, 'sent', { dispatchDate: sent.dispatchDate }, at);
  if (sent.channel === 'lre') recordLetterEvent(context, sent, 'available', {}, at);
  context.after.depositedLetterIds.push(sent.id);
  return sent;
}

/** Applies the next planned step of a sent letter (picked up, signed, delivered…). */
export function applyPlannedStep(context: SandboxContext, letter: LetterRecord): LetterRecord {
  const [step, ...rest] = letter.plan;
  if (!step) return letter;
  const at = new Date(step.at);
  assertMove(letter, step.status);
  const next = context.store.put<LetterRecord>(COLLECTIONS.letters, {
    ...letter,
    status: step.status as LetterStatus,
    plan: rest,
    updatedAt: step.at,
    // A substitution request signed for: the bank may answer on its own (magic loan reference).
    ...(step.status === 'signed' ? { bankAnswerDue: plannedBankAnswer(letter, at) } : {}),
  });
  // Which status issues which proof is core's rule: SIGNE a receipt notice, a refused LRE a refusal notice, an
  // uncollected one an expiry (non-receipt) notice, a paper AR card only for registered mail with AR.
  const proof = proofIssuedOn(step.status, next.channel === 'lre' ? { channel: 'lre' } : { channel: 'paper', product: next.service === 'paper-mail' ? next.product : 'recommande-ar' });
  if (proof) recordProof(context, next, proof, at);
  recordLetterEvent(context, next, step.status as 'picked_up', {}, at);
  return next;
}

/** Cancels a scheduled letter until the eve of its date (23:59:59 Paris) and refunds it in full. */
export function cancelLetter(context: AccountContext, letterId: string): LetterRecord {
  const letter = getOwned<LetterRecord>(context, COLLECTIONS.letters, letterId, 'letter');
  if (!canCancel({ status: letter.status, scheduledDate: letter.dispatchDate, sendMode: letter.sendMode }, context.now)) {
    const deadline = letter.status === 'scheduled' && letter.sendMode === 'scheduled' && letter.dispatchDate ? cancellationDeadline(letter.dispatchDate) : null;
    const why = letter.sendMode === 'now' ? 'a letter sent now cannot be cancelled' : deadline ? `cancelling was possible until ${deadline}` : `the letter is ${letter.status}`;
    throw ruleViolation('not_cancellable', `This letter can no longer be cancelled: ${why}`, { deadline });
  }
  assertMove(letter, 'cancelled');
  refundSend(context, context.accountId, letter.id, letter.price!);
  const cancelled = context.store.put<LetterRecord>(COLLECTIONS.letters, { ...letter, status: 'cancelled', cancelledAt: nowIso(context), cancellableUntil: null, updatedAt: nowIso(context) });
  recordLetterEvent(context, cancelled, 'cancelled', { refunded: letter.price!.inclVat });
  return cancelled;
}

/** Moves a never-billed letter (a draft) to the trash; purged 60 days later. */
export function trashLetter(context: AccountContext, letterId: string): LetterRecord {
  const letter = getOwned<LetterRecord>(context, COLLECTIONS.letters, letterId, 'letter');
  if (!canTrash(letter.status)) throw ruleViolation('not_trashable', `A ${letter.status} letter has been billed and cannot go to the trash`);
  if (!canTrashLetter({ status: letter.status, dossierId: letter.service === 'borrower-insurance' ? letter.dossierId : null })) {
    throw ruleViolation('not_trashable', 'A letter of a loan dossier cannot go to the trash: it is part of the dossier');
  }
  if (letter.trashedAt) return letter;
  const trashed = context.store.put<LetterRecord>(COLLECTIONS.letters, { ...letter, trashedAt: nowIso(context), purgeOn: trashPurgeDate(todayOf(context)), updatedAt: nowIso(context) });
  recordLetterEvent(context, trashed, 'trashed', { purgeOn: trashed.purgeOn });
  return trashed;
}

/** Takes a letter out of the trash. */
export function restoreLetter(context: AccountContext, letterId: string): LetterRecord {
  const letter = getOwned<LetterRecord>(context, COLLECTIONS.letters, letterId, 'letter');
  if (!letter.trashedAt) throw conflict('not_in_trash', 'The letter is not in the trash');
  const restored = context.store.put<LetterRecord>(COLLECTIONS.letters, { ...letter, trashedAt: null, purgeOn: null, updatedAt: nowIso(context) });
  recordLetterEvent(context, restored, 'restored');
  return restored;
}

/** Every status change goes through core's life cycle (`canTransition`): anything else is a bug, never a silent move. */
function assertMove(letter: LetterRecord, to: LetterStatus): void {
  if (!canTransition(letter.status, to)) throw conflict('invalid_transition', `A ${letter.status} letter cannot become ${to}`);
}
