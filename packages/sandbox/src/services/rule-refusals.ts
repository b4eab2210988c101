import { terminationLetterIssues, type SendDateCheck, type SwitchStartCheck, type TimingCheck } from '@jrmc/core';
import type { TerminationLetter } from '@jrmc/core/contract';
import { DomainError, ruleViolation } from './errors.js';

// Core decides; this file only turns core's answers into the API's error envelope (a rule code, the field, and
// the date that would have worked), so every refusal of the sandbox carries exactly what core said.

/** Refuses with `letter_incomplete` (every missing or malformed field, by path) unless core finds the letter complete. */
export function assertComplete(letter: Pick<TerminationLetter, 'subscriber' | 'recipient' | 'contracts' | 'reason' | 'customReasonText' | 'facts'>): void {
  const issues = terminationLetterIssues(letter);
  if (issues.length > 0) throw incomplete(issues);
}

/** The refusal for a failed timing check (`checkLetterTiming`): its code, the date that works and the field. */
export function timingRefusal(check: Exclude<TimingCheck, { ok: true }>): DomainError {
  if (check.code === 'fact_required') {
    return incomplete([{ path: check.field.split('.'), code: 'required', message: `${check.field} is required for this reason` }]);
  }
  const data = { date: check.date, field: check.field, ...(check.code === 'renewal_deadline_passed' ? { deadline: check.date } : {}) };
  return ruleViolation(check.code, TIMING_MESSAGES[check.code](check.date, check.field), data);
}

const TIMING_MESSAGES: Readonly<Record<Exclude<TimingCheck, { ok: true }>['code'] & string, (date: string, field: string) => string>> = {
  renewal_deadline_passed: (date) => `For this renewal date the letter had to leave by ${date}`,
  chatel_deadline_passed: (date) => `Under the loi Chatel the letter had to leave within 20 days of the notice, by ${date}`,
  chatel_before_renewal: (date) => `Without a renewal notice the letter can leave from the day after the renewal date, ${date}`,
  situation_change_deadline_passed: (date) => `A change of circumstances is notified within 3 months of the event, by ${date}`,
  switch_before_one_year: (date) => `Hamon / RIA apply after one year of contract: the letter can leave from ${date}`,
  too_far_ahead: (date) => `A letter is scheduled at most one year ahead, until ${date}`,
  date_in_future: (date, field) => `${field} cannot be after today (${date})`,
  fact_required: (_date, field) => `${field} is required`,
};

/** The refusal for a Hamon / RIA start that `checkSwitchStart` rejects, with the nearest starts that work. */
export function switchStartRefusal(check: Exclude<SwitchStartCheck, { ok: true }>, start: string): DomainError {
  const point = (timeline: { newContractStart: string; sendDate: string } | null) => (timeline ? { newContractStart: timeline.newContractStart, sendDate: timeline.sendDate } : null);
  switch (check.code) {
    case 'start_too_far':
      return ruleViolation('start_too_far', `A new contract starts at most one year ahead, on ${check.date} at the latest`, { date: check.date, field: 'newContractStart' });
    case 'start_too_soon':
      return ruleViolation('start_too_soon', `No letter sent from now reaches a start on ${start}; the earliest start now is ${check.date}`, {
        date: check.date,
        field: 'newContractStart',
        earliestStart: check.date,
        earliestSendDate: check.after.sendDate,
        after: point(check.after),
      });
    case 'start_unreachable':
      return ruleViolation('start_unreachable', `No send date makes a new contract start on ${start}; the nearest start after it is ${check.date}`, {
        date: check.date,
        field: 'newContractStart',
        before: point(check.before),
        after: point(check.after),
      });
  }
}

/** The refusal for a scheduled date `checkSendDate` rejects. */
export function sendDateRefusal(check: Exclude<SendDateCheck, { ok: true }>, date: string): DomainError {
  switch (check.problem) {
    case 'too_far_ahead':
      return ruleViolation('too_far_ahead', `Cannot send on ${date}: a letter is scheduled at most one year ahead, until ${check.latestDate}`, {
        date: check.latestDate,
        latestDate: check.latestDate,
        earliestDate: check.earliestDate,
        field: 'scheduledDate',
      });
    case 'not_working_day':
      return ruleViolation('not_working_day', `Cannot send on ${date}: paper leaves only on working days${check.holidayName ? ` (${check.holidayName})` : ''}`, {
        earliestDate: check.earliestDate,
        field: 'scheduledDate',
        ...(check.holidayName ? { holidayName: check.holidayName } : {}),
      });
    default:
      return ruleViolation('cutoff_passed', `Cannot send on ${date}: the earliest send date is ${check.earliestDate}`, { earliestDate: check.earliestDate, date: check.earliestDate, field: 'scheduledDate' });
  }
}

function incomplete(issues: { path: (string | number)[]; code: string; message: string }[]): DomainError {
  const error = ruleViolation('letter_incomplete', `The letter is incomplete: ${issues.map((issue) => issue.path.join('.')).join(', ')}`);
  return new DomainError(error.type, error.code, error.message, { issues });
}
