import type { TerminationFacts } from '../contract/letters.js';
import { addMonthsLegal } from './calendar.js';
import { latestPlannableDate } from './horizon.js';
import { addDays, assertIsoDate, type IsoDate } from './iso-date.js';
import { chatelDeadline, renewalNoticeDeadline, situationChangeDeadline } from './notice-deadlines.js';
import { reasonTiming, type ReasonCode } from './reason-rules.js';

/** Why a letter's timing is refused. The sandbox answers `RuleViolationError(code, data)` with the same code. */
export type TimingViolationCode =
  /** Échéance: sent after the renewal date − 2 months − 1 day. */
  | 'renewal_deadline_passed'
  /** Chatel with a late notice: sent more than 20 days after the insurer sent it. */
  | 'chatel_deadline_passed'
  /** Chatel without notice: sent on or before the renewal date. */
  | 'chatel_before_renewal'
  /** Change of circumstances: sent more than 3 months after the event. */
  | 'situation_change_deadline_passed'
  /** Hamon / RIA: notified less than one year after the contract's first subscription. */
  | 'switch_before_one_year'
  /** A scheduled send date more than one year ahead. */
  | 'too_far_ahead'
  /** A fact's date (event, sale, death, notice, subscription) in the future. */
  | 'date_in_future';

/** Answer of the timing checks: on refusal, `date` is the date that would have worked. */
export type TimingCheck =
  | { ok: true }
  | {
      ok: false;
      code: TimingViolationCode;
      /** The last (deadlines, dates in the future) or first (one-year condition, Chatel without notice) date that works. */
      date: IsoDate;
      /** The fact or parameter the refusal is about, as a path (`facts.eventDate`, `sendDate`). */
      field: string;
    }
  | {
      ok: false;
      /** A fact the rule needs is missing. */
      code: 'fact_required';
      /** Its path, e.g. `facts.contractStartDate`. */
      field: string;
    };

/** The facts the timing rules read (any subset of the letter's facts). */
export type TimingFacts = Partial<TerminationFacts>;

/** What every timing check is asked about. */
export interface TimingInput {
  /** The day the letter leaves (scheduled date, or the earliest dispatch day for a send now). */
  sendDate: IsoDate;
  /** Today in Paris: dates of facts cannot be after it. */
  today: IsoDate;
  facts: TimingFacts;
  /** The subscriber's birth date, when known: it cannot be in the future. */
  subscriberBirthDate?: IsoDate | null;
}

const OK: TimingCheck = Object.freeze({ ok: true });

/**
 * Échéance (L113-12): the letter leaves by {@link renewalNoticeDeadline} of the renewal date.
 *
 * @returns `{ ok: true }`, `fact_required` (`facts.renewalDate`) or `renewal_deadline_passed` with the deadline as `date`
 * @throws {RuleInputError} when a date is malformed
 * @example
 * checkRenewalTiming({ sendDate: '2026-11-01', today: '2026-10-01', facts: { renewalDate: '2027-01-01' } })
 * //=> { ok: false, code: 'renewal_deadline_passed', date: '2026-10-31', field: 'sendDate' }
 */
export function checkRenewalTiming(input: TimingInput): TimingCheck {
  const { sendDate } = dates(input);
  const renewal = fact(input.facts.renewalDate, 'facts.renewalDate');
  if (!renewal) return required('facts.renewalDate');
  const deadline = renewalNoticeDeadline(renewal);
  return sendDate <= deadline ? OK : refused('renewal_deadline_passed', deadline, 'sendDate');
}

/**
 * Loi Chatel (L113-15-1). With the date the insurer *sent* a late renewal notice (`renewalNoticeSentOn`), the letter
 * leaves within 20 days of it. With `noRenewalNoticeReceived: true`, it may leave any time after the renewal date
 * (`renewalDate` required) and takes effect the day after sending.
 *
 * @returns `{ ok: true }`, `fact_required`, `date_in_future` (notice date), `chatel_deadline_passed` (last day as `date`)
 *   or `chatel_before_renewal` (first day as `date`)
 * @throws {RuleInputError} when a date is malformed
 * @example
 * checkChatelTiming({ sendDate: '2026-11-23', today: '2026-11-23', facts: { renewalNoticeSentOn: '2026-11-02' } })
 * //=> { ok: false, code: 'chatel_deadline_passed', date: '2026-11-22', field: 'sendDate' }
 * checkChatelTiming({ sendDate: '2027-01-01', today: '2026-12-01', facts: { noRenewalNoticeReceived: true, renewalDate: '2027-01-01' } })
 * //=> { ok: false, code: 'chatel_before_renewal', date: '2027-01-02', field: 'sendDate' }
 */
export function checkChatelTiming(input: TimingInput): TimingCheck {
  const { sendDate, today } = dates(input);
  const noticeSentOn =
    fact(input.facts.renewalNoticeSentOn, 'facts.renewalNoticeSentOn') ?? fact(input.facts.renewalNoticeReceivedOn, 'facts.renewalNoticeReceivedOn');
  if (noticeSentOn) {
    if (noticeSentOn > today) return refused('date_in_future', today, 'facts.renewalNoticeSentOn');
    const deadline = chatelDeadline(noticeSentOn);
    return sendDate <= deadline ? OK : refused('chatel_deadline_passed', deadline, 'sendDate');
  }
  if (input.facts.noRenewalNoticeReceived !== true) return required('facts.renewalNoticeSentOn');
  const renewal = fact(input.facts.renewalDate, 'facts.renewalDate');
  if (!renewal) return required('facts.renewalDate');
  const first = addDays(renewal, 1);
  return sendDate >= first ? OK : refused('chatel_before_renewal', first, 'sendDate');
}

/**
 * Change of circumstances (L113-16): the event date is required, not in the future, and the letter leaves within
 * 3 months of it (art. 641 months).
 *
 * @returns `{ ok: true }`, `fact_required` (`facts.eventDate`), `date_in_future`, or
 *   `situation_change_deadline_passed` with the last possible send date as `date`
 * @throws {RuleInputError} when a date is malformed
 * @example
 * checkSituationChangeTiming({ sendDate: '2027-03-01', today: '2027-02-20', facts: { eventDate: '2026-11-30' } })
 * //=> { ok: false, code: 'situation_change_deadline_passed', date: '2027-02-28', field: 'sendDate' }
 */
export function checkSituationChangeTiming(input: TimingInput): TimingCheck {
  const { sendDate, today } = dates(input);
  const event = fact(input.facts.eventDate, 'facts.eventDate');
  if (!event) return required('facts.eventDate');
  if (event > today) return refused('date_in_future', today, 'facts.eventDate');
  const deadline = situationChangeDeadline(event);
  return sendDate <= deadline ? OK : refused('situation_change_deadline_passed', deadline, 'sendDate');
}

/**
 * The first day a Hamon / RIA letter can leave for a contract first subscribed on `contractStartDate`: the
 * notification (the day after sending, R113-12) must come at least one year after the subscription.
 *
 * @throws {RuleInputError} when `contractStartDate` is malformed
 * @example
 * firstSwitchSendDate('2025-03-15') //=> '2026-03-14'
 * firstSwitchSendDate('2024-02-29') //=> '2025-02-27'
 */
export function firstSwitchSendDate(contractStartDate: IsoDate): IsoDate {
  return addDays(addMonthsLegal(assertIsoDate(contractStartDate, 'contractStartDate'), 12), -1);
}

/**
 * Hamon / RIA one-year condition (L113-15-2): `facts.contractStartDate` (the first subscription date) is required,
 * not in the future, and the notification (send + 1) comes at least one year after it.
 *
 * @returns `{ ok: true }`, `fact_required`, `date_in_future`, or `switch_before_one_year` with the first possible send date
 * @throws {RuleInputError} when a date is malformed
 * @example
 * checkSwitchOneYear({ sendDate: '2026-03-13', today: '2026-03-01', facts: { contractStartDate: '2025-03-15' } })
 * //=> { ok: false, code: 'switch_before_one_year', date: '2026-03-14', field: 'sendDate' }
 */
export function checkSwitchOneYear(input: TimingInput): TimingCheck {
  const { sendDate, today } = dates(input);
  const subscribed = fact(input.facts.contractStartDate, 'facts.contractStartDate');
  if (!subscribed) return required('facts.contractStartDate');
  if (subscribed > today) return refused('date_in_future', today, 'facts.contractStartDate');
  const first = firstSwitchSendDate(subscribed);
  return sendDate >= first ? OK : refused('switch_before_one_year', first, 'sendDate');
}

/**
 * Checks that the date of a fact (sale, death, birth, bank answer…) is not in the future.
 *
 * @param value - the fact's date; `null`/`undefined` pass (whether it is required is another rule)
 * @param field - its path, returned in the refusal
 * @throws {RuleInputError} when a date is malformed
 * @example
 * checkFactDateNotInFuture('2026-12-01', '2026-11-29', 'facts.saleDate')
 * //=> { ok: false, code: 'date_in_future', date: '2026-11-29', field: 'facts.saleDate' }
 */
export function checkFactDateNotInFuture(value: IsoDate | null | undefined, today: IsoDate, field: string): TimingCheck {
  assertIsoDate(today, 'today');
  const date = fact(value, field);
  return date && date > today ? refused('date_in_future', today, field) : OK;
}

/**
 * A scheduled send date is at most one year ahead of `today`.
 *
 * @example
 * checkSendDateHorizon('2027-11-30', '2026-11-29')
 * //=> { ok: false, code: 'too_far_ahead', date: '2027-11-29', field: 'scheduledDate' }
 */
export function checkSendDateHorizon(sendDate: IsoDate, today: IsoDate): TimingCheck {
  assertIsoDate(sendDate, 'sendDate');
  const latest = latestPlannableDate(today);
  return sendDate <= latest ? OK : refused('too_far_ahead', latest, 'scheduledDate');
}

/**
 * Every timing rule of a termination letter's reason, in one call: the send date at most one year ahead, the
 * subscriber's birth date (when given) not in the future, then
 * per reason — échéance deadline, Chatel window, change-of-circumstances window, Hamon/RIA one-year condition,
 * sale and death dates not in the future. Returns the first refusal.
 *
 * @param reason - the letter's reason code
 * @param input - `sendDate` (the day it leaves), `today` (Paris), and the letter's facts
 * @returns `{ ok: true }` or the first refusal (see {@link TimingCheck})
 * @throws {RuleInputError} when `reason` is unknown or a date is malformed
 * @example
 * checkLetterTiming('loi-hamon', { sendDate: '2026-03-01', today: '2026-03-01', facts: { contractStartDate: '2025-06-01' } })
 * //=> { ok: false, code: 'switch_before_one_year', date: '2026-05-31', field: 'sendDate' }
 * checkLetterTiming('custom', { sendDate: '2026-03-01', today: '2026-03-01', facts: {} }) //=> { ok: true }
 */
export function checkLetterTiming(reason: ReasonCode, input: TimingInput): TimingCheck {
  const { sendDate, today } = dates(input);
  const horizon = checkSendDateHorizon(sendDate, today);
  if (!horizon.ok) return horizon;
  const birth = checkFactDateNotInFuture(input.subscriberBirthDate, today, 'subscriber.birthDate');
  if (!birth.ok) return birth;
  switch (reasonTiming(reason).noticeRule) {
    case 'renewal':
      return checkRenewalTiming(input);
    case 'chatel':
      return checkChatelTiming(input);
    case 'situation-change':
      return checkSituationChangeTiming(input);
    case 'switch':
      return checkSwitchOneYear(input);
    case 'transfer':
      return checkFactDateNotInFuture(input.facts.saleDate, today, 'facts.saleDate');
    default:
      return reason === 'deces' ? checkFactDateNotInFuture(input.facts.eventDate, today, 'facts.eventDate') : OK;
  }
}

function dates(input: TimingInput): { sendDate: IsoDate; today: IsoDate } {
  return { sendDate: assertIsoDate(input.sendDate, 'sendDate'), today: assertIsoDate(input.today, 'today') };
}

function fact(value: IsoDate | null | undefined, field: string): IsoDate | undefined {
  return value === null || value === undefined || value === '' ? undefined : assertIsoDate(value, field);
}

function required(field: string): TimingCheck {
  return { ok: false, code: 'fact_required', field };
}

function refused(code: TimingViolationCode, date: IsoDate, field: string): TimingCheck {
  return { ok: false, code, date, field };
}
