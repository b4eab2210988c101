import type { LetterEventType, WebhookEventType } from '@jrmc/core/contract';
import type { SandboxContext } from './context.js';
import { newId } from './ids.js';
import { COLLECTIONS, type LetterEventRecord, type LetterRecord } from './records.js';
import { toLetterResource } from './resources.js';
import { emitEvent } from './webhook-events.js';
import { syncLoanDossier } from './loan-dossier-sync.js';

// Timeline entries that also go out as webhooks (the others are only shown on the timeline).
const WEBHOOK_TYPE: Partial<Record<LetterEventType, WebhookEventType>> = {
  scheduled: 'letter.scheduled',
  sent: 'letter.sent',
  cancelled: 'letter.cancelled',
  rescheduled: 'letter.rescheduled',
  picked_up: 'letter.picked_up',
  signed: 'letter.signed',
  refused: 'letter.refused',
  expired: 'letter.expired',
  in_transit: 'letter.in_transit',
  delivered: 'letter.delivered',
  returned: 'letter.returned',
  trashed: 'letter.trashed',
  restored: 'letter.restored',
  investigation_opened: 'letter.investigation_opened',
  investigation_closed: 'letter.investigation_closed',
};

/** Adds an entry to a letter's timeline and emits the matching webhook event. */
export function recordLetterEvent(context: SandboxContext, letter: LetterRecord, type: LetterEventType, data: Record<string, unknown> = {}, at = context.now): void {
  context.store.insert<LetterEventRecord>(COLLECTIONS.letterEvents, { id: newId('lev'), accountId: letter.accountId, letterId: letter.id, type, at: at.toISOString(), data });
  const webhookType = WEBHOOK_TYPE[type];
  if (webhookType) emitEvent(context, letter.accountId, webhookType, { letter: toLetterResource(letter) }, at);
  // A loan dossier's status follows its letters (cancelling the substitution reopens it).
  if (letter.service === 'borrower-insurance') syncLoanDossier(context, letter.dossierId, at);
}
