import { addMonthsLegal } from './calendar.js';
import { addDays, assertIsoDate, type IsoDate } from './iso-date.js';
import { parisDate, parisTimeToInstant, toInstant, type Instant } from './paris-time.js';
import { RuleInputError } from './rule-input-error.js';

/**
 * Where a letter stands.
 * - `draft` — en cours de création; `scheduled` — programmé (already debited); `cancelled` — annulé (refunded);
 * - `sent` — déposé: the deposit notice exists;
 * - LRE outcomes: `picked_up` (RELEVE: collected, registered without AR), `signed` (SIGNE: accepted with AR,
 *   receipt notice available), `refused`, `expired` (not collected within the 15-day availability period);
 * - paper: `in_transit` → `delivered` (→ `signed` when the AR card comes back) or `returned`.
 */
export type LetterStatus = (typeof LETTER_STATUSES)[number];

/** Every status, in life-cycle order. */
export const LETTER_STATUSES = Object.freeze([
  'draft',
  'scheduled',
  'cancelled',
  'sent',
  'in_transit',
  'picked_up',
  'signed',
  'refused',
  'expired',
  'delivered',
  'returned',
] as const);

const TRANSITIONS: Readonly<Record<LetterStatus, readonly LetterStatus[]>> = {
  draft: ['scheduled', 'sent'],
  scheduled: ['sent', 'cancelled'],
  // A cancelled letter keeps its content and can be scheduled again, or sent now.
  cancelled: ['scheduled', 'sent'],
  sent: ['picked_up', 'signed', 'refused', 'expired', 'in_transit'],
  in_transit: ['delivered', 'returned'],
  delivered: ['signed'],
  picked_up: [],
  signed: [],
  refused: [],
  expired: [],
  returned: [],
};

/** Days an LRE stays available to its recipient after deposit. */
export const LRE_AVAILABILITY_DAYS = 15;
/** Days a trashed draft is kept before it is purged. */
export const TRASH_RETENTION_DAYS = 60;
/** Months an unfinished draft is kept. */
export const DRAFT_RETENTION_MONTHS = 24;
/** Months proofs (deposit, receipt, expiry notices) are kept. */
export const PROOF_RETENTION_MONTHS = 84;

/**
 * Whether `value` is a letter status.
 *
 * @example
 * isLetterStatus('signed') //=> true
 */
export function isLetterStatus(value: unknown): value is LetterStatus {
  return typeof value === 'string' && (LETTER_STATUSES as readonly string[]).includes(value);
}

/**
 * Whether a letter may go from `from` to `to`.
 *
 * @example
 * canTransition('scheduled', 'cancelled') //=> true
 * canTransition('sent', 'cancelled') //=> false
 */
export function canTransition(from: LetterStatus, to: LetterStatus): boolean {
  return TRANSITIONS[statusOf(from, 'from')].includes(statusOf(to, 'to'));
}

/**
 * The statuses a letter in `status` can move to next.
 *
 * @example
 * nextStatuses('in_transit') //=> ['delivered', 'returned']
 */
export function nextStatuses(status: LetterStatus): readonly LetterStatus[] {
  return TRANSITIONS[statusOf(status, 'status')];
}

/**
 * Whether nothing more will happen to a letter (its tracker can stop refreshing). A delivered paper
 * letter with acknowledgement of receipt still waits for its signed card.
 *
 * @example
 * isFinalStatus('signed') //=> true
 * isFinalStatus('delivered', { withAcknowledgement: true }) //=> false
 */
export function isFinalStatus(status: LetterStatus, options: { withAcknowledgement?: boolean } = {}): boolean {
  const next = nextStatuses(status);
  return next.length === 0 || (status === 'delivered' && !options.withAcknowledgement);
}

/**
 * The instant from which a scheduled letter can no longer be cancelled: 00:00 Paris on its scheduled
 * day. Cancelling is allowed strictly before it, i.e. until the eve at 23:59:59.
 *
 * @throws {RuleInputError} when `scheduledDate` is not a real day
 * @example
 * cancellationDeadline('2026-12-31') //=> '2026-12-30T23:00:00.000Z'
 * cancellationDeadline('2026-07-14') //=> '2026-07-13T22:00:00.000Z'
 */
export function cancellationDeadline(scheduledDate: IsoDate): string {
  return parisTimeToInstant(assertIsoDate(scheduledDate, 'scheduledDate')).toISOString();
}

/** The part of a letter the cancellation rule looks at. */
export interface CancellableLetter {
  status: LetterStatus;
  /** The day a scheduled letter will leave. */
  scheduledDate?: IsoDate | null;
  /** How it was validated: a letter sent now is irreversible even while it waits for its dispatch day. */
  sendMode?: 'now' | 'scheduled' | null;
}

/**
 * Whether a letter can be cancelled at `now`: only a scheduled letter, strictly before
 * {@link cancellationDeadline}. A letter sent now is irreversible, even validated after the cut-off
 * and waiting for the next day.
 *
 * @example
 * canCancel({ status: 'scheduled', scheduledDate: '2026-12-31' }, '2026-12-30T22:59:59Z') //=> true
 * canCancel({ status: 'scheduled', scheduledDate: '2026-12-31' }, '2026-12-30T23:00:00Z') //=> false
 */
export function canCancel(letter: CancellableLetter, now: Instant): boolean {
  const at = toInstant(now, 'now');
  if (statusOf(letter.status, 'letter.status') !== 'scheduled' || !letter.scheduledDate || letter.sendMode === 'now') return false;
  return at.getTime() < Date.parse(cancellationDeadline(letter.scheduledDate));
}

const DISPATCHED: ReadonlySet<LetterStatus> = new Set(['sent', 'in_transit', 'picked_up', 'signed', 'refused', 'expired', 'delivered', 'returned']);

/**
 * Whether a letter has actually left (deposited, and whatever happened next): what monthly invoices list,
 * by dispatch month. Scheduled letters are paid but not yet invoiced; cancelled ones were refunded.
 *
 * @example
 * wasDispatched('signed') //=> true
 * wasDispatched('scheduled') //=> false
 */
export function wasDispatched(status: LetterStatus): boolean {
  return DISPATCHED.has(statusOf(status, 'status'));
}

/**
 * Whether a letter can be scheduled again: only a cancelled one (its content stays locked).
 *
 * @example
 * canReschedule('cancelled') //=> true
 */
export function canReschedule(status: LetterStatus): boolean {
  return statusOf(status, 'status') === 'cancelled';
}

/**
 * Whether a letter's content can still be edited: only a draft. To fix a cancelled letter, start a new one.
 *
 * @example
 * canEditContent('cancelled') //=> false
 */
export function canEditContent(status: LetterStatus): boolean {
  return statusOf(status, 'status') === 'draft';
}

/**
 * Whether a letter can go to the trash: only letters never billed, i.e. drafts. Scheduled, cancelled
 * (refunded) and sent letters cannot.
 *
 * @example
 * canTrash('draft') //=> true
 * canTrash('cancelled') //=> false
 */
export function canTrash(status: LetterStatus): boolean {
  return statusOf(status, 'status') === 'draft';
}

/**
 * The last day a trashed letter is kept: 60 days after the Paris day it was trashed. It is purged at the
 * END of this day (see {@link trashPurgeDue}), never earlier.
 *
 * @example
 * trashPurgeDate('2026-11-29') //=> '2027-01-28'
 */
export function trashPurgeDate(trashedOn: IsoDate): IsoDate {
  return addDays(assertIsoDate(trashedOn, 'trashedOn'), TRASH_RETENTION_DAYS);
}

/**
 * The instant a trashed letter may be purged: the end of day D + 60 (Paris), D being the Paris day it was
 * trashed — i.e. 00:00 Paris on D + 61. Trashed at 23:59 on D, it still gets 60 full days.
 *
 * @param trashedAt - when it went to the trash
 * @returns the purge instant (purging at or after it is never early)
 * @throws {RuleInputError} when `trashedAt` is not an instant
 * @example
 * trashPurgeDue('2026-11-29T22:59:00Z').toISOString() //=> '2027-01-28T23:00:00.000Z' (trashed 23:59 on 29 Nov)
 */
export function trashPurgeDue(trashedAt: Instant): Date {
  return endOfParisDay(trashPurgeDate(parisDate(toInstant(trashedAt, 'trashedAt'))));
}

/**
 * The day an untouched draft expires: 2 years after it was last changed.
 *
 * @example
 * draftExpiryDate('2028-02-29') //=> '2030-02-28'
 */
export function draftExpiryDate(lastChangedOn: IsoDate): IsoDate {
  return addMonthsLegal(assertIsoDate(lastChangedOn, 'lastChangedOn'), DRAFT_RETENTION_MONTHS);
}

/**
 * The instant an untouched draft may be purged: after 2 full years, i.e. at the end of the Paris day
 * {@link draftExpiryDate} of the day it was last changed (so a draft changed at 23:59 is never purged early).
 *
 * @throws {RuleInputError} when `lastChangedAt` is not an instant
 * @example
 * draftPurgeDue('2026-11-29T10:00:00Z').toISOString() //=> '2028-11-29T23:00:00.000Z'
 */
export function draftPurgeDue(lastChangedAt: Instant): Date {
  return endOfParisDay(draftExpiryDate(parisDate(toInstant(lastChangedAt, 'lastChangedAt'))));
}

function endOfParisDay(date: IsoDate): Date {
  return parisTimeToInstant(addDays(date, 1));
}

/**
 * The last day a proof is kept: 7 years after it was issued.
 *
 * @example
 * proofRetentionEnd('2026-11-29') //=> '2033-11-29'
 */
export function proofRetentionEnd(issuedOn: IsoDate): IsoDate {
  return addMonthsLegal(assertIsoDate(issuedOn, 'issuedOn'), PROOF_RETENTION_MONTHS);
}

/**
 * The last day an LRE can be collected by its recipient; the day after, it has expired.
 *
 * @example
 * lreAvailabilityEnd('2026-11-29') //=> '2026-12-14'
 */
export function lreAvailabilityEnd(depositDate: IsoDate): IsoDate {
  return addDays(assertIsoDate(depositDate, 'depositDate'), LRE_AVAILABILITY_DAYS);
}

function statusOf(status: unknown, argument: string): LetterStatus {
  if (!isLetterStatus(status)) throw new RuleInputError(argument, status, 'unknown letter status');
  return status;
}
