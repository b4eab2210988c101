import { addMonthsLegal } from './calendar.js';
import { addDays, assertIsoDate, type IsoDate } from './iso-date.js';

/**
 * Days between sending a substitution request and the earliest effective date of the new cover:
 * 15 days for the bank to collect the registered letter + 10 working days to answer, simplified by
 * the service to 25 calendar days.
 */
export const LOAN_MINIMUM_NOTICE_DAYS = 25;

/**
 * The earliest effective date of a new borrower insurance when the substitution letter leaves on `sendDate`.
 *
 * @throws {RuleInputError} when `sendDate` is not a real day
 * @example
 * loanEarliestStart('2026-11-29') //=> '2026-12-24'
 */
export function loanEarliestStart(sendDate: IsoDate): IsoDate {
  return addDays(assertIsoDate(sendDate, 'sendDate'), LOAN_MINIMUM_NOTICE_DAYS);
}

/**
 * The recommended effective date: about 2.5 months after sending, taken as 2 months (art. 641) + 15 days,
 * to leave room for a counter-proposal, missing documents and the termination letter after acceptance.
 *
 * @example
 * loanRecommendedStart('2026-11-29') //=> '2027-02-13'
 * loanRecommendedStart('2026-12-31') //=> '2027-03-15'
 */
export function loanRecommendedStart(sendDate: IsoDate): IsoDate {
  return addDays(addMonthsLegal(assertIsoDate(sendDate, 'sendDate'), 2), 15);
}

/** Answer of {@link checkLoanStart}. */
export type LoanStartCheck = { ok: true } | { ok: false; problem: 'too_soon'; earliestStart: IsoDate };

/**
 * Whether a new borrower insurance can start on `start` when the letter leaves on `sendDate`.
 *
 * @example
 * checkLoanStart('2026-11-29', '2026-12-23') //=> { ok: false, problem: 'too_soon', earliestStart: '2026-12-24' }
 * checkLoanStart('2026-11-29', '2026-12-24') //=> { ok: true }
 */
export function checkLoanStart(sendDate: IsoDate, start: IsoDate): LoanStartCheck {
  assertIsoDate(start, 'start');
  const earliestStart = loanEarliestStart(sendDate);
  return start < earliestStart ? { ok: false, problem: 'too_soon', earliestStart } : { ok: true };
}

/**
 * The effective date of the termination of the old borrower insurance (C. assurances L113-12-2): the later of
 * 10 days after the old insurer receives the bank's acceptance — received the day after the termination letter
 * (carrying it) is sent, as R113-12 presumes — and the new contract's start.
 *
 * @param sendDate - the day the termination letter (with the bank's acceptance attached) leaves
 * @param newContractStart - the substitution's effective date (new cover's start)
 * @throws {RuleInputError} when a date is malformed
 * @example
 * loanTerminationEffectiveDate('2027-01-04', '2027-01-10') //=> '2027-01-15' (received 5 Jan + 10 days)
 * loanTerminationEffectiveDate('2027-01-04', '2027-02-01') //=> '2027-02-01'
 */
export function loanTerminationEffectiveDate(sendDate: IsoDate, newContractStart: IsoDate): IsoDate {
  const tenDaysAfterReceipt = addDays(assertIsoDate(sendDate, 'sendDate'), 1 + 10);
  const start = assertIsoDate(newContractStart, 'newContractStart');
  return start > tenDaysAfterReceipt ? start : tenDaysAfterReceipt;
}
