import { addWorkingDays, isWorkingDay, publicHolidayOn, type Region, type RegionOptions } from './calendar.js';
import { latestPlannableDate } from './horizon.js';
import { addDays, assertIsoDate, type IsoDate } from './iso-date.js';
import { parisTimeToInstant, parisWallClock, type Instant } from './paris-time.js';
import { RuleInputError } from './rule-input-error.js';

/** How a letter travels: electronic registered letter, or paper through La Poste. */
export type DispatchChannel = 'lre' | 'paper';

/** What decides a same-day cut-off. */
export interface CutoffOptions {
  channel: DispatchChannel;
  /** The account's first-ever send: JRMC checks the account by hand first, so LRE closes at 18:00. */
  firstSend?: boolean;
}

/** Input of {@link dispatchDate}. */
export interface DispatchDateInput extends CutoffOptions, RegionOptions {
  /** When the user validated the send: an instant (`Date`, or ISO string with offset). */
  validatedAt: Instant;
}

/**
 * The Paris time (`HH:MM`) before which a validated letter leaves the same day:
 * LRE 20:00 (18:00 for the account's first send), paper 10:30 on working days.
 *
 * @example
 * sameDayCutoff({ channel: 'lre' }) //=> '20:00'
 * sameDayCutoff({ channel: 'lre', firstSend: true }) //=> '18:00'
 * sameDayCutoff({ channel: 'paper' }) //=> '10:30'
 */
export function sameDayCutoff(options: CutoffOptions): '20:00' | '18:00' | '10:30' {
  const channel = channelOf(options.channel);
  if (channel === 'paper') return '10:30';
  return options.firstSend ? '18:00' : '20:00';
}

/**
 * The instant at which the same-day cut-off of `date` passes (for a countdown, or to tell the user
 * "validate before 20:00 to send today").
 *
 * @example
 * sameDayCutoffInstant('2026-11-29', { channel: 'lre' }).toISOString() //=> '2026-11-29T19:00:00.000Z'
 */
export function sameDayCutoffInstant(date: IsoDate, options: CutoffOptions): Date {
  return parisTimeToInstant(assertIsoDate(date, 'date'), sameDayCutoff(options));
}

/**
 * The Paris day a letter validated at `validatedAt` actually leaves (DOMAIN.md §2).
 * - LRE: every day of the year, holidays included, if validated strictly before 20:00 Paris
 *   (18:00 for the first send); otherwise the next calendar day.
 * - Paper: the same day if it is a working day and validation is strictly before 10:30; otherwise the
 *   next working day.
 *
 * @throws {RuleInputError} when `validatedAt` is not an instant or `channel` is unknown
 * @example
 * dispatchDate({ channel: 'lre', validatedAt: '2026-11-29T18:59:59Z' }) //=> '2026-11-29' (19:59:59 Paris)
 * dispatchDate({ channel: 'lre', validatedAt: '2026-11-29T19:00:00Z' }) //=> '2026-11-30' (20:00 Paris)
 * dispatchDate({ channel: 'paper', validatedAt: '2026-04-03T08:45:00Z' }) //=> '2026-04-07' (Fri 10:45, Easter Monday)
 */
export function dispatchDate(input: DispatchDateInput): IsoDate {
  const channel = channelOf(input.channel);
  const wall = parisWallClock(input.validatedAt);
  const beforeCutoff = wall.minutesOfDay < minutesOf(sameDayCutoff({ channel, firstSend: input.firstSend }));
  if (channel === 'lre') return beforeCutoff ? wall.date : addDays(wall.date, 1);
  const options = regionOptions(input.region);
  return beforeCutoff && isWorkingDay(wall.date, options) ? wall.date : addWorkingDays(wall.date, 1, options);
}

/** Why a chosen send date cannot be used. */
export type ScheduledDateProblem =
  /** The day is over in Paris. */
  | 'past'
  /** It is today, but today's cut-off has passed. */
  | 'cutoff_passed'
  /** Paper leaves only on working days; this day is a weekend day or a holiday. */
  | 'not_working_day'
  /** More than one year ahead (see `latestPlannableDate`). */
  | 'too_far_ahead';

/** Answer of {@link checkSendDate}. */
export type SendDateCheck =
  | { ok: true }
  | {
      ok: false;
      problem: ScheduledDateProblem;
      /** The earliest day the letter could leave if validated now. */
      earliestDate: IsoDate;
      /** For `not_working_day`: the holiday's French name, when it is one. */
      holidayName?: string;
      /** For `too_far_ahead`: the last day that can be chosen. */
      latestDate?: IsoDate;
    };

/** Input of {@link checkSendDate}. */
export interface SendDateInput extends CutoffOptions, RegionOptions {
  /** The day the user wants the letter to leave. */
  date: IsoDate;
  /** The current instant (the rules never read the host clock). */
  now: Instant;
}

/**
 * Whether a letter validated `now` can leave on `date` (send now or scheduled). The send-date picker
 * disables the days this refuses, and the API refuses them with the same reason: `past`, then `not_working_day`
 * (paper on a weekend or holiday), then `cutoff_passed`, then `too_far_ahead` (more than one year ahead).
 *
 * @throws {RuleInputError} when `date` is not a real day, `now` not an instant or `channel` unknown
 *
 * @example
 * checkSendDate({ channel: 'lre', date: '2026-11-29', now: '2026-11-29T19:05:00Z' })
 * //=> { ok: false, problem: 'cutoff_passed', earliestDate: '2026-11-30' }
 * checkSendDate({ channel: 'paper', date: '2026-12-25', now: '2026-11-29T08:00:00Z' })
 * //=> { ok: false, problem: 'not_working_day', earliestDate: '2026-11-30', holidayName: 'Noël' }
 * checkSendDate({ channel: 'paper', date: '2026-11-28', now: '2026-11-28T08:00:00Z' }) // a Saturday, today
 * //=> { ok: false, problem: 'not_working_day', earliestDate: '2026-11-30' }
 * checkSendDate({ channel: 'lre', date: '2027-11-30', now: '2026-11-29T08:00:00Z' })
 * //=> { ok: false, problem: 'too_far_ahead', earliestDate: '2026-11-29', latestDate: '2027-11-29' }
 */
export function checkSendDate(input: SendDateInput): SendDateCheck {
  const date = assertIsoDate(input.date, 'date');
  const earliestDate = dispatchDate({ ...input, validatedAt: input.now });
  const options = regionOptions(input.region);
  const today = parisWallClock(input.now).date;
  if (date < today) return { ok: false, problem: 'past', earliestDate };
  // A weekend or holiday is refused for what it is, even when it is also too soon (today is Saturday):
  // "not a working day" is the reason that stays true whatever time the user validates.
  if (channelOf(input.channel) === 'paper' && !isWorkingDay(date, options)) {
    const holiday = publicHolidayOn(date, options);
    return holiday
      ? { ok: false, problem: 'not_working_day', earliestDate, holidayName: holiday.name }
      : { ok: false, problem: 'not_working_day', earliestDate };
  }
  if (date < earliestDate) return { ok: false, problem: 'cutoff_passed', earliestDate };
  const latestDate = latestPlannableDate(today);
  if (date > latestDate) return { ok: false, problem: 'too_far_ahead', earliestDate, latestDate };
  return { ok: true };
}

function minutesOf(time: string): number {
  return Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));
}

function channelOf(channel: unknown): DispatchChannel {
  if (channel !== 'lre' && channel !== 'paper') throw new RuleInputError('channel', channel, "expected 'lre' or 'paper'");
  return channel;
}

function regionOptions(region: Region | undefined): RegionOptions {
  return region === undefined ? {} : { region };
}
