import { checkLoanStart, checkSendDate, checkSwitchStart, dispatchDate, type IsoDate } from '@jrmc/core';
import { formatDay } from '../i18n/format.js';
import type { Locale } from '../i18n/translate.js';
import { pickerT as translate, type PickerMessageKey as MessageKey } from './picker-i18n.js';

/** What the picker chooses: a send date (LRE or paper), a Hamon/RIA new-contract start, or a loan cover start. */
export type PickerMode = 'lre' | 'paper' | 'switch-start' | 'loan-start';

/** What decides which days are open. */
export interface AvailabilityOptions {
  mode: PickerMode;
  /** The current instant (the rules never read the clock themselves). */
  now: Date;
  /** The account's first send (LRE cut-off 18:00). */
  firstSend: boolean;
  /** `loan-start`: the day the substitution letter leaves (default: the earliest LRE dispatch). */
  sendDate?: IsoDate | undefined;
  /** Last acceptable day (an échéance's last send date). */
  max?: IsoDate | undefined;
}

/** Why a day is closed, as a kind the picker's legend groups days by. */
export type UnavailableKind = 'past' | 'cutoff' | 'holiday' | 'notWorkingDay' | 'unreachable' | 'tooSoon' | 'loanTooSoon' | 'afterDeadline' | 'tooFarAhead';

/** Whether a day can be chosen, and if not, why — in words and as a kind, from core's rules. */
export type DayAvailability = { available: true } | { available: false; kind: UnavailableKind; reason: string };

/**
 * Asks core's rules about one day. Nothing is decided here: the reasons are the rules' answers put into words,
 * so the picker and the API always agree.
 */
export function dayAvailability(date: IsoDate, options: AvailabilityOptions, locale: Locale): DayAvailability {
  const no = (key: MessageKey & `picker.reason.${UnavailableKind}`, params: Record<string, string> = {}): DayAvailability => ({
    available: false,
    kind: key.slice('picker.reason.'.length) as UnavailableKind,
    reason: translate(locale, key, params),
  });
  const day = (value: IsoDate) => formatDay(locale, value);
  if (options.max && date > options.max) return no('picker.reason.afterDeadline', { date: day(options.max) });
  switch (options.mode) {
    case 'lre':
    case 'paper': {
      const check = checkSendDate({ channel: options.mode, date, now: options.now, firstSend: options.firstSend });
      if (check.ok) return { available: true };
      if (check.problem === 'past') return no('picker.reason.past');
      if (check.problem === 'cutoff_passed') return no('picker.reason.cutoff');
      if (check.problem === 'too_far_ahead') return no('picker.reason.tooFarAhead', { date: day(check.latestDate ?? date) });
      return check.holidayName ? no('picker.reason.holiday', { name: check.holidayName }) : no('picker.reason.notWorkingDay');
    }
    case 'switch-start': {
      // Core's answer, from the earliest send date still possible now (the API refuses exactly these days).
      const check = checkSwitchStart({ newContractStart: date, now: options.now, firstSend: options.firstSend });
      if (check.ok) return { available: true };
      if (check.code === 'start_too_far') return no('picker.reason.tooFarAhead', { date: day(check.date) });
      if (check.code === 'start_too_soon') return no('picker.reason.tooSoon', { date: day(check.date) });
      return no('picker.reason.unreachable', { before: check.before ? day(check.before.newContractStart) : '—', after: day(check.after.newContractStart) });
    }
    case 'loan-start': {
      const sendDate = options.sendDate ?? dispatchDate({ channel: 'lre', validatedAt: options.now, firstSend: options.firstSend });
      return checkLoanStart(sendDate, date).ok ? { available: true } : no('picker.reason.loanTooSoon');
    }
  }
}
