import { dispatchDate } from './dispatch.js';
import { latestPlannableDate } from './horizon.js';
import { assertIsoDate, type IsoDate } from './iso-date.js';
import { parisDate, type Instant } from './paris-time.js';
import { switchSendDate, type SwitchTimeline } from './switch-deadlines.js';

/** Input of {@link checkSwitchStart}. */
export interface SwitchStartCheckInput {
  /** The new contract's start the user picked (Hamon / RIA). */
  newContractStart: IsoDate;
  /** The current instant (the rules never read the host clock). */
  now: Instant;
  /** The account's first send: LRE closes at 18:00 instead of 20:00 (see `isFirstSend`). */
  firstSend?: boolean;
}

/** Answer of {@link checkSwitchStart}; on refusal, `date` is the nearest start that would have worked. */
export type SwitchStartCheck =
  | {
      ok: true;
      timeline: SwitchTimeline;
      /** Whether the send date is the earliest dispatch day, i.e. the letter can be sent now rather than scheduled. */
      sendsNow: boolean;
    }
  | {
      ok: false;
      /** The start comes before every start a letter validated now can still reach. */
      code: 'start_too_soon';
      /** The earliest start still reachable. */
      date: IsoDate;
      after: SwitchTimeline;
    }
  | {
      ok: false;
      /** No send date still possible reaches this start (e.g. 1 January would need a notification on "31 November"). */
      code: 'start_unreachable';
      /** The nearest reachable start after it. */
      date: IsoDate;
      before: SwitchTimeline | null;
      after: SwitchTimeline;
    }
  | {
      ok: false;
      /** More than one year ahead. */
      code: 'start_too_far';
      /** The last start that may be chosen today. */
      date: IsoDate;
    };

/**
 * The one check of a Hamon / RIA new-contract start that the API, the date picker and the letter builder
 * all ask: the start is a real day, at most one year ahead, and reached by a send date still possible now
 * (on or after the earliest LRE dispatch day the cut-offs allow).
 *
 * @param input - the chosen start, `now`, and whether it is the account's first send
 * @returns `{ ok: true, timeline, sendsNow }` or `{ ok: false, code, date, … }` (`date`: the start to offer instead)
 * @throws {RuleInputError} when `newContractStart` is not a real day or `now` is not an instant
 * @example
 * checkSwitchStart({ newContractStart: '2026-03-01', now: '2026-01-28T10:00:00Z' })
 * //=> { ok: true, sendsNow: true, timeline: { sendDate: '2026-01-28', notificationDate: '2026-01-29', terminationDate: '2026-02-28', newContractStart: '2026-03-01' } }
 * checkSwitchStart({ newContractStart: '2026-02-15', now: '2026-01-28T10:00:00Z' })
 * //=> { ok: false, code: 'start_too_soon', date: '2026-03-01', after: { sendDate: '2026-01-28', … } }
 */
export function checkSwitchStart(input: SwitchStartCheckInput): SwitchStartCheck {
  const start = assertIsoDate(input.newContractStart, 'newContractStart');
  const notBefore = dispatchDate({ channel: 'lre', validatedAt: input.now, firstSend: input.firstSend ?? false });
  const latest = latestPlannableDate(parisDate(input.now));
  if (start > latest) return { ok: false, code: 'start_too_far', date: latest };
  const result = switchSendDate(start, { notBefore });
  if (result.reachable) return { ok: true, timeline: result.timeline, sendsNow: result.timeline.sendDate === notBefore };
  if (result.before === null) return { ok: false, code: 'start_too_soon', date: result.after.newContractStart, after: result.after };
  return { ok: false, code: 'start_unreachable', date: result.after.newContractStart, before: result.before, after: result.after };
}
