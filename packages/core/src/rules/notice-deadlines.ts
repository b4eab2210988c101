import { addMonthsLegal } from './calendar.js';
import { addDays, assertIsoDate, type IsoDate } from './iso-date.js';
import { reasonTiming, type ReasonCode } from './reason-rules.js';
import { switchTimeline } from './switch-deadlines.js';

/**
 * The last day an échéance termination can be sent: the renewal date minus 2 months (C. assurances
 * L113-12, counted as art. 641 CPC) minus 1 day — the letter must leave before the two-month notice starts
 * to run. Conservative on purpose: a letter one day late costs the subscriber a whole year.
 *
 * @param renewalDate - the contract's renewal (échéance) date
 * @returns the last send date, inclusive
 * @throws {RuleInputError} when `renewalDate` is not a real day
 * @example
 * renewalNoticeDeadline('2027-01-01') //=> '2026-10-31'
 * renewalNoticeDeadline('2027-03-01') //=> '2026-12-31'
 * renewalNoticeDeadline('2027-04-30') //=> '2027-02-27'
 */
export function renewalNoticeDeadline(renewalDate: IsoDate): IsoDate {
  return addDays(addMonthsLegal(assertIsoDate(renewalDate, 'renewalDate'), -2), -1);
}

/**
 * The last day a loi Chatel termination can be sent: 20 days after the renewal notice was sent,
 * when it came late (less than 15 days before the deadline) or not at all (C. assurances L113-15-1).
 *
 * @example
 * chatelDeadline('2026-11-02') //=> '2026-11-22'
 */
export function chatelDeadline(renewalNoticeDate: IsoDate): IsoDate {
  return addDays(assertIsoDate(renewalNoticeDate, 'renewalNoticeDate'), 20);
}

/**
 * The last day a termination for a change of circumstances can be sent: 3 months after the event
 * (C. assurances L113-16).
 *
 * @example
 * situationChangeDeadline('2026-11-30') //=> '2027-02-28'
 */
export function situationChangeDeadline(eventDate: IsoDate): IsoDate {
  return addMonthsLegal(assertIsoDate(eventDate, 'eventDate'), 3);
}

/** Facts some reasons need to compute the requested effective date. */
export interface EffectiveDateFacts {
  /** For `echeance`: the contract's renewal date. */
  renewalDate?: IsoDate;
}

/**
 * The termination date the letter requests, from the reason's notice rule and the send date
 * (notification presumed the day after sending, R113-12):
 * - échéance: the renewal date (required in `facts`);
 * - Hamon / RIA: the termination date of {@link switchTimeline};
 * - Chatel: the day after sending (L113-15-1);
 * - change of circumstances: 1 month after notification (L113-16);
 * - sale of a vehicle: 10 days after notification (L121-11); transfer of other goods: the notification day,
 *   from which the seller owes no more premiums (L121-10);
 * - risk reduction: 30 days after notification (L113-4);
 * - death and custom reasons: `undefined` — the letter asks for termination at the earliest legal date.
 *
 * @example
 * requestedTerminationDate('loi-hamon', '2026-11-29') //=> '2026-12-30'
 * requestedTerminationDate('vente-vehicule', '2026-11-29') //=> '2026-12-10'
 * requestedTerminationDate('echeance', '2026-11-29', { renewalDate: '2027-02-01' }) //=> '2027-02-01'
 */
export function requestedTerminationDate(
  reason: ReasonCode,
  sendDate: IsoDate,
  facts: EffectiveDateFacts = {},
): IsoDate | undefined {
  assertIsoDate(sendDate, 'sendDate');
  const notificationDate = addDays(sendDate, 1);
  switch (reasonTiming(reason).noticeRule) {
    case 'renewal':
      return facts.renewalDate === undefined ? undefined : assertIsoDate(facts.renewalDate, 'facts.renewalDate');
    case 'switch':
      return switchTimeline(sendDate).terminationDate;
    case 'chatel':
      return notificationDate;
    case 'situation-change':
      return addMonthsLegal(notificationDate, 1);
    case 'transfer':
      // L121-10: the seller is released from premiums once the insurer is told of the transfer;
      // L121-11 (vehicle): the termination takes effect 10 days after notification.
      return reason === 'vente-bien' ? notificationDate : addDays(notificationDate, 10);
    case 'risk-reduction':
      return addDays(notificationDate, 30);
    case 'free':
      return undefined;
  }
}
