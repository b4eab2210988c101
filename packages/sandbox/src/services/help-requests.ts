import type { HelpRequest, HelpRequestCreateParams, HelpRequestStatus } from '@jrmc/core/contract';
import type { AccountContext } from './context.js';
import { invalidRequest } from './errors.js';
import { newId } from './ids.js';
import { COLLECTIONS, type LetterRecord } from './records.js';

/** A stored help request: what was asked and when; its status follows from the account's clock. */
export interface HelpRequestRecord {
  id: string;
  accountId: string;
  kind: HelpRequest['kind'];
  message: string;
  letterId: string | null;
  preferredDate: string | null;
  createdAt: string;
}

const HOUR_MS = 3_600_000;
// The sandbox's "JRMC team": it takes a request up after 2 hours and answers it 24 hours after it was sent.
const IN_PROGRESS_AFTER_MS = 2 * HOUR_MS;
const ANSWERED_AFTER_MS = 24 * HOUR_MS;

/** Where a request stands at `now`, and since when. Fails closed: an unreadable date stays `received`. */
export function helpRequestStatusAt(createdAt: string, now: Date): { status: HelpRequestStatus; since: string } {
  const created = Date.parse(createdAt);
  const elapsed = now.getTime() - created;
  if (elapsed >= ANSWERED_AFTER_MS) return { status: 'answered', since: new Date(created + ANSWERED_AFTER_MS).toISOString() };
  if (elapsed >= IN_PROGRESS_AFTER_MS) return { status: 'in-progress', since: new Date(created + IN_PROGRESS_AFTER_MS).toISOString() };
  return { status: 'received', since: createdAt };
}

function toResource(record: HelpRequestRecord, now: Date): HelpRequest {
  const { status, since } = helpRequestStatusAt(record.createdAt, now);
  return { id: record.id, kind: record.kind, message: record.message, letterId: record.letterId, preferredDate: record.preferredDate, status, createdAt: record.createdAt, updatedAt: since };
}

/** Records a help request; a named letter must be one of the account's. */
export function createHelpRequest(context: AccountContext, params: HelpRequestCreateParams): HelpRequest {
  if (params.letterId) {
    const letter = context.store.get<LetterRecord>(COLLECTIONS.letters, params.letterId);
    if (!letter || letter.accountId !== context.accountId) throw invalidRequest('Unknown letter', [{ path: ['letterId'], code: 'unknown_letter', message: 'Not a letter of this account' }]);
  }
  const record = context.store.insert<HelpRequestRecord>(COLLECTIONS.helpRequests, {
    id: newId('help'),
    accountId: context.accountId,
    kind: params.kind,
    message: params.message.trim(),
    letterId: params.letterId ?? null,
    preferredDate: params.preferredDate ?? null,
    createdAt: context.now.toISOString(),
  });
  return toResource(record, context.now);
}

/** The account's requests, newest first. */
export function listHelpRequests(context: AccountContext): { data: HelpRequest[] } {
  return { data: context.store.where<HelpRequestRecord>(COLLECTIONS.helpRequests, { account_id: context.accountId }, { order: 'desc', limit: 200 }).map((record) => toResource(record, context.now)) };
}
