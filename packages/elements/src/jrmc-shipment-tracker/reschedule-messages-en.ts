// Reschedule strings in English, loaded only when a page asks for English (French is the default).
import type { rescheduleFr } from './reschedule-messages.js';

export const rescheduleEn: Record<keyof typeof rescheduleFr, string> = {
  'tracker.rescheduleHint': 'The content can no longer change; the send mode can be chosen again.',
  'tracker.re.title': 'Reschedule this letter',
  'tracker.re.when': 'When should it leave?',
  'tracker.re.now': 'Send now',
  'tracker.re.date': 'On a chosen day',
  'tracker.re.sendDate': 'Send date',
  'tracker.re.newStart': 'New contract start date',
  'tracker.re.newStartHint': 'Hamon / RIA: the send date is computed from the new contract’s start date.',
  'tracker.re.ar': 'Acknowledgement of receipt',
  'tracker.re.withAr': 'With acknowledgement of receipt',
  'tracker.re.withoutAr': 'Without acknowledgement of receipt',
  'tracker.re.quote': 'Leaves on {date} · {price} incl. VAT debited from your credit',
  'tracker.re.quoting': 'Computing the price…',
  'tracker.re.chooseDate': 'Choose a date to see the price.',
  'tracker.re.submit': 'Reschedule…',
  'tracker.re.confirm.title': 'Reschedule this letter?',
  'tracker.re.confirm.message': 'The letter will leave on {date}. {price} incl. VAT will be debited from your credit now.',
  'tracker.re.confirm.action': 'Reschedule and pay {price}',
  'tracker.re.confirm.cancel': 'Do nothing',
};
