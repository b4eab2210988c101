import { refuseScheduledTooFar } from './date-checks.js';
import {
  cancellationDeadline,
  checkLoanStart,
  checkSendDate,
  dispatchDate,
  reasonByCode,
  renewalNoticeDeadline,
  requestedTerminationDate,
  sameDayCutoff,
  switchSendDate,
  switchTimeline,
  type DispatchChannel,
  type IsoDate,
} from '@jrmc/core';
import type { Price, Quote, SendParams, SwitchTimeline } from '@jrmc/core/contract';
import { DomainError, invalidRequest, ruleViolation } from './errors.js';
import { assertComplete } from './completeness.js';
import { expectedPaperDelivery } from './paper-delivery.js';
import { todayOf, type AccountContext } from './context.js';
import { priceOf } from './prices.js';
import { COLLECTIONS, type AccountRecord, type DossierRecord, type LetterRecord } from './records.js';

/** Everything decided when a letter is validated: when it leaves, what it costs, what it states. */
export interface SendPlan {
  sendMode: 'now' | 'scheduled';
  scheduledDate: IsoDate | null;
  dispatchDate: IsoDate;
  channel: DispatchChannel;
  withAcknowledgement: boolean;
  price: Price;
  firstSend: boolean;
  switchTimeline: SwitchTimeline | null;
  newContractStart: IsoDate | null;
  renewalDeadline: IsoDate | null;
  requestedTerminationDate: IsoDate | null;
  expectedDeliveryDate: IsoDate | null;
  cancellableUntil: string | null;
}

/**
 * Works out a send with core's rules — dispatch windows and cut-offs, Hamon/RIA start dates, the
 * échéance deadline, the 25-day borrower-insurance minimum — or refuses with the rule's code and data.
 * Shared by quote, send and reschedule so the three can never disagree.
 */
export function planSend(context: AccountContext, letter: LetterRecord, params: SendParams): SendPlan {
  const account = context.store.get<AccountRecord>(COLLECTIONS.accounts, context.accountId)!;
  assertAccountReady(account);
  if (letter.service === 'termination') assertComplete(letter);
  const firstSend = !account.hasSent;
  const channel: DispatchChannel = letter.channel;
  const withAcknowledgement = letter.service === 'termination' ? params.withAcknowledgement ?? letter.withAcknowledgement : letter.withAcknowledgement;
  const earliest = dispatchDate({ channel, validatedAt: context.now, firstSend });

  let sendMode = params.mode;
  let scheduledDate: IsoDate | null = null;
  let timeline: SwitchTimeline | null = null;
  let newContractStart: IsoDate | null = null;
  const switchReason = letter.service === 'termination' && letter.reason !== null && reasonByCode(letter.reason).noticeRule === 'switch';

  if (switchReason) {
    // Hamon / RIA: the user picks the new contract's start; the send date follows from it.
    const start = params.newContractStart ?? letter.newContractStart;
    if (!start) throw invalidRequest('Hamon and RIA letters are sent for a new contract start date', [{ path: ['newContractStart'], code: 'required', message: 'Choose the new contract’s start date' }]);
    const result = switchSendDate(start);
    if (!result.reachable) {
      throw ruleViolation('start_unreachable', `No send date makes a new contract start on ${start}; the nearest are ${result.before.newContractStart} and ${result.after.newContractStart}`, {
        before: { newContractStart: result.before.newContractStart, sendDate: result.before.sendDate },
        after: { newContractStart: result.after.newContractStart, sendDate: result.after.sendDate },
      });
    }
    if (result.timeline.sendDate < earliest) {
      const earliestStart = switchTimeline(earliest).newContractStart;
      throw ruleViolation('start_too_soon', `A new contract starting on ${start} needed a letter sent on ${result.timeline.sendDate}; the earliest start now is ${earliestStart}`, {
        earliestStart,
        earliestSendDate: earliest,
      });
    }
    timeline = result.timeline;
    newContractStart = start;
    scheduledDate = result.timeline.sendDate;
    sendMode = params.mode === 'now' && scheduledDate === earliest ? 'now' : 'scheduled';
  } else if (params.mode === 'scheduled') {
    if (!params.scheduledDate) throw invalidRequest('A scheduled send needs its date', [{ path: ['scheduledDate'], code: 'required', message: 'Choose the send date' }]);
    refuseScheduledTooFar(params.scheduledDate, todayOf(context));
    const check = checkSendDate({ channel, date: params.scheduledDate, now: context.now, firstSend });
    if (!check.ok) {
      const code = check.problem === 'not_working_day' ? 'not_working_day' : 'cutoff_passed';
      const why = check.problem === 'not_working_day' ? `paper leaves only on working days${check.holidayName ? ` (${check.holidayName})` : ''}` : `the earliest send date is ${check.earliestDate}`;
      throw ruleViolation(code, `Cannot send on ${params.scheduledDate}: ${why}`, { earliestDate: check.earliestDate, ...(check.holidayName ? { holidayName: check.holidayName } : {}) });
    }
    scheduledDate = params.scheduledDate;
  }

  const dispatch = scheduledDate ?? earliest;
  let renewalDeadline: IsoDate | null = null;
  if (letter.service === 'termination' && letter.reason === 'echeance' && letter.facts.renewalDate) {
    renewalDeadline = renewalNoticeDeadline(letter.facts.renewalDate);
    if (dispatch > renewalDeadline) {
      throw ruleViolation('renewal_deadline_passed', `For a renewal on ${letter.facts.renewalDate} the letter had to leave by ${renewalDeadline}`, { deadline: renewalDeadline });
    }
  }
  if (letter.service === 'borrower-insurance' && letter.kind === 'substitution') {
    const dossier = context.store.get<DossierRecord>(COLLECTIONS.dossiers, letter.dossierId)!;
    const check = checkLoanStart(dispatch, dossier.effectiveDate);
    if (!check.ok) {
      throw ruleViolation('loan_start_too_soon', `The new cover can start on ${check.earliestStart} at the earliest (25 days after sending)`, { earliestStart: check.earliestStart });
    }
  }

  const today = todayOf(context);
  return {
    sendMode,
    scheduledDate,
    dispatchDate: dispatch,
    channel,
    withAcknowledgement,
    price: priceOf(context.prices, priceItemOf(letter, withAcknowledgement)),
    firstSend,
    switchTimeline: timeline,
    newContractStart,
    renewalDeadline,
    requestedTerminationDate:
      letter.service === 'termination' && letter.reason ? requestedTerminationDate(letter.reason, dispatch, { renewalDate: letter.facts.renewalDate ?? undefined }) ?? null : null,
    expectedDeliveryDate: channel === 'paper' ? expectedPaperDelivery(letter, dispatch) : null,
    cancellableUntil: sendMode === 'scheduled' && dispatch > today ? cancellationDeadline(dispatch) : null,
  };
}

/** The quote shown before confirming. */
export function quoteOf(context: AccountContext, plan: SendPlan): Quote {
  const account = context.store.get<AccountRecord>(COLLECTIONS.accounts, context.accountId)!;
  return {
    price: plan.price,
    channel: plan.channel,
    dispatchDate: plan.dispatchDate,
    sameDayCutoff: sameDayCutoff({ channel: plan.channel, firstSend: plan.firstSend }),
    firstSend: plan.firstSend,
    switchTimeline: plan.switchTimeline,
    renewalDeadline: plan.renewalDeadline,
    requestedTerminationDate: plan.requestedTerminationDate,
    expectedDeliveryDate: plan.expectedDeliveryDate,
    cancellableUntil: plan.cancellableUntil,
    balance: account.balance,
    sufficientCredit: account.balance >= plan.price.inclVat,
    missing: Math.max(0, plan.price.inclVat - account.balance),
  };
}

function priceItemOf(letter: LetterRecord, withAcknowledgement: boolean) {
  if (letter.service === 'paper-mail') return letter.product;
  if (letter.channel === 'paper') return 'recommande-ar' as const;
  return withAcknowledgement ? ('lre-ar' as const) : ('lre' as const);
}

function assertAccountReady(account: AccountRecord): void {
  const missing = [
    ...(account.identityProof.status === 'verified' ? [] : ['identity_proof']),
    ...(account.mandate.status === 'signed' ? [] : ['mandate']),
  ];
  if (missing.length > 0) throw ruleViolation('account_not_ready', `The account cannot send yet: ${missing.join(' and ')} missing`, { missing });
  if (account.status === 'closing') throw new DomainError('permission', 'account_closing', 'The account is being closed');
}
