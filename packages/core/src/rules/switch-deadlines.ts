import type { SwitchTimeline } from '../contract/letters.js';
import { addMonthsLegal } from './calendar.js';
import { addDays, assertIsoDate, type IsoDate } from './iso-date.js';

/**
 * The legal chain of a loi Hamon / RIA santé termination (C. assurances L113-15-2, R113-12):
 * sent → notified the next day → terminated one month later (art. 641 CPC) at 24:00 → new contract at 00:00 the day after.
 * The shape lives once, in the contract (`SwitchTimeline` schema); the rules only use its type.
 */
export type { SwitchTimeline };

/** Answer of {@link switchSendDate}. */
export type SwitchSendDateResult =
  | { reachable: true; timeline: SwitchTimeline }
  | {
      reachable: false;
      /** The nearest reachable start before the requested one, with its earliest send date. */
      before: SwitchTimeline;
      /** The nearest reachable start after the requested one, with its earliest send date. */
      after: SwitchTimeline;
    };

/**
 * The Hamon / RIA timeline of a letter sent on `sendDate`.
 *
 * @throws {RuleInputError} when `sendDate` is not a real day
 * @example
 * switchTimeline('2026-11-29')
 * //=> { sendDate: '2026-11-29', notificationDate: '2026-11-30', terminationDate: '2026-12-30', newContractStart: '2026-12-31' }
 * switchTimeline('2026-11-30').newContractStart //=> '2027-01-02'
 */
export function switchTimeline(sendDate: IsoDate): SwitchTimeline {
  assertIsoDate(sendDate, 'sendDate');
  const notificationDate = addDays(sendDate, 1);
  const terminationDate = addMonthsLegal(notificationDate, 1);
  return { sendDate, notificationDate, terminationDate, newContractStart: addDays(terminationDate, 1) };
}

/** Options of {@link switchSendDate}. */
export interface SwitchSendDateOptions {
  /**
   * The earliest day the letter can still leave — in practice `dispatchDate({ channel: 'lre', validatedAt: now })`.
   * Send dates before it have passed and are never proposed.
   */
  notBefore: IsoDate;
}

/** Answer of {@link switchSendDate} when the send dates are limited by `notBefore`. */
export type SwitchSendDateFromResult =
  | { reachable: true; timeline: SwitchTimeline }
  | {
      reachable: false;
      /**
       * The nearest start before the requested one that a send date on or after `notBefore` reaches, with its
       * earliest such send date; `null` when the requested start comes before every start still reachable.
       */
      before: SwitchTimeline | null;
      /** The nearest start after the requested one reachable from `notBefore`, with its earliest such send date. */
      after: SwitchTimeline;
    };

/**
 * The send date that makes a new contract start on `newContractStart` — what the user actually chooses
 * for Hamon and RIA. Where several send dates reach the same start (27–30 January all reach 1 March),
 * the earliest is used; with `notBefore`, the earliest that is still possible (on or after `notBefore`),
 * so on 28 January 2026 a start on 1 March 2026 is sent on 28 January (27 January has passed).
 * Some starts are reached by no send date at all (1 January would need a notification on "31 November"):
 * then the nearest reachable starts before and after are offered (reachable from `notBefore` when given).
 *
 * @param newContractStart - the day the new contract should start (00:00)
 * @returns `{ reachable: true, timeline }`, or `{ reachable: false, before, after }` with the nearest reachable starts
 * @throws {RuleInputError} when `newContractStart` or `options.notBefore` is not a real day
 * @example
 * switchSendDate('2026-12-31') //=> { reachable: true, timeline: { sendDate: '2026-11-29', … } }
 * switchSendDate('2027-01-01')
 * //=> { reachable: false, before: { newContractStart: '2026-12-31', sendDate: '2026-11-29', … },
 * //     after: { newContractStart: '2027-01-02', sendDate: '2026-11-30', … } }
 * switchSendDate('2026-03-01', { notBefore: '2026-01-28' }).timeline.sendDate //=> '2026-01-28'
 * switchSendDate('2026-02-01', { notBefore: '2026-01-28' })
 * //=> { reachable: false, before: null, after: { sendDate: '2026-01-28', newContractStart: '2026-03-01', … } }
 */
export function switchSendDate(newContractStart: IsoDate): SwitchSendDateResult;
/**
 * {@inheritDoc switchSendDate:(0)}
 * @param newContractStart - the day the new contract should start (00:00)
 * @param options - `notBefore`: the earliest dispatch day the cut-offs allow now
 */
export function switchSendDate(newContractStart: IsoDate, options: SwitchSendDateOptions): SwitchSendDateFromResult;
export function switchSendDate(newContractStart: IsoDate, options?: SwitchSendDateOptions): SwitchSendDateFromResult {
  assertIsoDate(newContractStart, 'newContractStart');
  if (options !== undefined) return switchSendDateFrom(newContractStart, assertIsoDate(options?.notBefore, 'options.notBefore'));
  const timeline = earliestTimelineStartingOn(newContractStart);
  if (timeline) return { reachable: true, timeline };
  return {
    reachable: false,
    before: nearestReachable(newContractStart, -1),
    after: nearestReachable(newContractStart, +1),
  };
}

function switchSendDateFrom(newContractStart: IsoDate, notBefore: IsoDate): SwitchSendDateFromResult {
  const timeline = earliestTimelineFrom(newContractStart, notBefore);
  if (timeline) return { reachable: true, timeline };
  const first = switchTimeline(notBefore);
  // Starts grow with send dates, so nothing before the first start is reachable any more.
  if (newContractStart < first.newContractStart) return { reachable: false, before: null, after: first };
  return {
    reachable: false,
    before: nearestReachableFrom(newContractStart, -1, notBefore),
    after: nearestReachableAfter(newContractStart, notBefore),
  };
}

/** The earliest timeline reaching `start` whose send date is on or after `notBefore`. */
function earliestTimelineFrom(start: IsoDate, notBefore: IsoDate): SwitchTimeline | undefined {
  const earliest = earliestTimelineStartingOn(start);
  if (earliest && earliest.sendDate >= notBefore) return earliest;
  // The send dates reaching a start form a run of consecutive days: if the earliest has passed, the
  // earliest still possible is `notBefore` itself, provided it still lands on the same start.
  const fromNow = switchTimeline(notBefore);
  return fromNow.newContractStart === start ? fromNow : undefined;
}

function nearestReachableFrom(from: IsoDate, direction: -1, notBefore: IsoDate): SwitchTimeline | null {
  const firstStart = switchTimeline(notBefore).newContractStart;
  for (let candidate = addDays(from, direction); candidate >= firstStart; candidate = addDays(candidate, direction)) {
    const timeline = earliestTimelineFrom(candidate, notBefore);
    if (timeline) return timeline;
  }
  return null;
}

function nearestReachableAfter(from: IsoDate, notBefore: IsoDate): SwitchTimeline {
  // At most three consecutive starts are unreachable, so this ends within a few days.
  for (let candidate = addDays(from, 1); ; candidate = addDays(candidate, 1)) {
    const timeline = earliestTimelineFrom(candidate, notBefore);
    if (timeline) return timeline;
  }
}

/**
 * Whether some send date makes a new contract start on `newContractStart`.
 *
 * @example
 * isReachableSwitchStart('2027-01-01') //=> false
 * isReachableSwitchStart('2027-01-02') //=> true
 */
export function isReachableSwitchStart(newContractStart: IsoDate): boolean {
  return earliestTimelineStartingOn(assertIsoDate(newContractStart, 'newContractStart')) !== undefined;
}

function earliestTimelineStartingOn(newContractStart: IsoDate): SwitchTimeline | undefined {
  const terminationDate = addDays(newContractStart, -1);
  // Going one month back from the termination date gives the earliest candidate notification date:
  // any earlier day of that month lands on an earlier termination. It reaches the termination date
  // unless the termination falls on a day the previous month lacks (31 Dec ← "31 Nov").
  const notificationDate = addMonthsLegal(terminationDate, -1);
  if (addMonthsLegal(notificationDate, 1) !== terminationDate) return undefined;
  return switchTimeline(addDays(notificationDate, -1));
}

function nearestReachable(from: IsoDate, direction: 1 | -1): SwitchTimeline {
  // At most three consecutive starts are unreachable (30 Mar – 1 Apr in common years), so this ends fast.
  let candidate = addDays(from, direction);
  for (;;) {
    const timeline = earliestTimelineStartingOn(candidate);
    if (timeline) return timeline;
    candidate = addDays(candidate, direction);
  }
}
