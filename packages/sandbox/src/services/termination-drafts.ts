import { refuseFutureBirth, refuseFutureDate } from './date-checks.js';
import { canEditContent, checkCombinable, type SubscriberIdentity } from '@jrmc/core';
import type { AddContractParams, Subscriber, TerminationDraftParams, TerminationLetter } from '@jrmc/core/contract';
import { invalidRequest, notFound, ruleViolation } from './errors.js';
import { nowIso, todayOf, type AccountContext } from './context.js';
import { newLetterBase } from './new-letter.js';
import { recordLetterEvent } from './letter-events.js';
import { getOwned } from './ownership.js';
import { COLLECTIONS, type LetterRecord, type ProfileRecord, type RecipientRecord } from './records.js';

type TerminationRecord = Extract<LetterRecord, { service: 'termination' }>;

/** Starts a termination letter as a draft, assigned to the acting profile unless told otherwise. */
export function createTerminationDraft(context: AccountContext, params: TerminationDraftParams): TerminationRecord {
  const draft: TerminationRecord = {
    ...newLetterBase(context),
    service: 'termination',
    channel: 'lre',
    withAcknowledgement: false,
    contracts: [],
    reason: null,
    customReasonText: null,
    facts: {},
    newContractStart: null,
    switchTimeline: null,
    mandateAttached: false,
    attachments: [],
    resumeStep: null,
  };
  const saved = context.store.insert(COLLECTIONS.letters, applyDraftParams(context, draft, params));
  recordLetterEvent(context, saved, 'created');
  return saved;
}

/** Applies an autosave to a draft; the content of a validated letter is locked. */
export function updateTerminationDraft(context: AccountContext, letterId: string, params: TerminationDraftParams): TerminationRecord {
  const letter = editableTermination(context, letterId);
  return context.store.put(COLLECTIONS.letters, applyDraftParams(context, letter, params));
}

/**
 * Adds a contract to the letter when its subscriber, recipient and reason match the letter's (the
 * FAQ's three conditions, checked by core's `checkCombinable`); otherwise `not_combinable` says which differ.
 */
export function addContract(context: AccountContext, letterId: string, params: AddContractParams): TerminationRecord {
  const letter = editableTermination(context, letterId);
  if (letter.contracts.some((contract) => contract.number === params.contract.number)) {
    throw invalidRequest('This contract is already on the letter', [{ path: ['contract', 'number'], code: 'duplicate', message: 'Already on the letter' }]);
  }
  if (letter.contracts.length > 0 && letter.subscriber && letter.recipient && letter.reason) {
    const current = { subscriber: identityOf(letter.subscriber), recipientId: letter.recipient.id ?? '', reason: letter.reason, customReasonText: letter.customReasonText };
    const candidate = {
      subscriber: identityOf(params.subscriber ?? letter.subscriber),
      recipientId: params.recipientId ?? current.recipientId,
      reason: params.reason ?? letter.reason,
      customReasonText: params.customReasonText ?? letter.customReasonText,
    };
    const check = checkCombinable([current, candidate]);
    if (!check.ok) {
      throw ruleViolation('not_combinable', `This contract needs its own letter: its ${check.differs.join(', ')} differ${check.differs.length > 1 ? '' : 's'} from the letter's`, { differs: check.differs });
    }
  }
  return context.store.put(COLLECTIONS.letters, { ...letter, contracts: [...letter.contracts, params.contract], updatedAt: nowIso(context) });
}

/** Removes a contract from a draft. */
export function removeContract(context: AccountContext, letterId: string, contractNumber: string): TerminationRecord {
  const letter = editableTermination(context, letterId);
  if (!letter.contracts.some((contract) => contract.number === contractNumber)) throw notFound('contract on this letter');
  return context.store.put(COLLECTIONS.letters, { ...letter, contracts: letter.contracts.filter((contract) => contract.number !== contractNumber), updatedAt: nowIso(context) });
}

function editableTermination(context: AccountContext, letterId: string): TerminationRecord {
  const letter = getOwned<LetterRecord>(context, COLLECTIONS.letters, letterId, 'letter');
  if (letter.service !== 'termination') throw ruleViolation('content_locked', 'Only termination letters are edited this way');
  if (!canEditContent(letter.status)) throw ruleViolation('content_locked', `A ${letter.status} letter can no longer be edited: start a new letter to change its content`);
  if (letter.trashedAt) throw ruleViolation('content_locked', 'Restore the letter from the trash before editing it');
  return letter;
}

function applyDraftParams(context: AccountContext, letter: TerminationRecord, params: TerminationDraftParams): TerminationRecord {
  const today = todayOf(context);
  refuseFutureBirth(params.subscriber, today, ['subscriber']);
  refuseFutureDate(params.facts?.eventDate, today, ['facts', 'eventDate']);
  const next: TerminationRecord = { ...letter, updatedAt: nowIso(context) };
  if (params.assigneeId !== undefined) next.assigneeId = params.assigneeId === null ? null : activeProfile(context, params.assigneeId).id;
  if (params.subscriber !== undefined) next.subscriber = params.subscriber;
  if (params.recipientId !== undefined) next.recipient = params.recipientId === null ? null : insurerSnapshot(context, params.recipientId);
  if (params.contracts !== undefined) next.contracts = params.contracts;
  if (params.reason !== undefined) next.reason = params.reason;
  if (params.customReasonText !== undefined) next.customReasonText = params.customReasonText;
  if (params.facts !== undefined) next.facts = { ...letter.facts, ...params.facts };
  if (params.withAcknowledgement !== undefined) next.withAcknowledgement = params.withAcknowledgement;
  // The letter states a mandate only when the file is attached (derived from the attachments).
  if (params.mandateAttached === true) {
    throw invalidRequest('Attach the mandate file instead', [{ path: ['mandateAttached'], code: 'attach_file', message: 'Upload the PDF with POST /v1/letters/{letterId}/attachments (kind client-mandate)' }]);
  }
  if (params.resumeStep !== undefined) next.resumeStep = params.resumeStep;
  return next;
}

function insurerSnapshot(context: AccountContext, recipientId: string): TerminationLetter['recipient'] {
  const recipient = context.store.get<RecipientRecord>(COLLECTIONS.recipients, recipientId);
  if (!recipient || recipient.kind !== 'insurer') {
    throw invalidRequest('Unknown insurer', [{ path: ['recipientId'], code: 'unknown_recipient', message: 'Not an insurer of the directory' }]);
  }
  return { id: recipient.id, name: recipient.name, address: recipient.address };
}

/** A profile of the account that can still be assigned letters. */
export function activeProfile(context: AccountContext, profileId: string): ProfileRecord {
  const profile = context.store.get<ProfileRecord>(COLLECTIONS.profiles, profileId);
  if (!profile || profile.accountId !== context.accountId) {
    throw invalidRequest('Unknown user profile', [{ path: ['assigneeId'], code: 'unknown_profile', message: 'Not a profile of this account' }]);
  }
  if (!profile.active) throw ruleViolation('profile_inactive', 'This profile is deactivated');
  return profile;
}

function identityOf(subscriber: Subscriber): SubscriberIdentity {
  return subscriber.kind === 'person'
    ? { kind: 'person', firstName: subscriber.firstName, lastName: subscriber.lastName, birthDate: subscriber.birthDate }
    : { kind: 'company', siret: subscriber.siret };
}
