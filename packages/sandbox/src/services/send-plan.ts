import {
  accountReadiness,
  checkJrmcMandate,
  cancellationDeadline,
  checkLetterTiming,
  checkLoanStart,
  checkSendDate,
  checkSwitchStart,
  creditCheck,
  dispatchDate,
  isFirstSend,
  paperDeliveryDate,
  priceItemOf,
  reasonByCode,
  renewalNoticeDeadline,
  requestedTerminationDate,
  sameDayCutoff,
  type DispatchChannel,
  type IsoDate,
} from '@jrmc/core';
import type { Price, Quote, SendParams, SwitchTimeline } from '@jrmc/core/contract';
import { hasTopUp } from '../db/ledger-queries.js';
import { letterStatusesOf } from '../db/letter-status-queries.js';
import { DomainError, invalidRequest, ruleViolation } from './errors.js';
import { expectedPaperDelivery } from './paper-delivery.js';
import { assertComplete, sendDateRefusal, switchStartRefusal, timingRefusal } from './rule-refusals.js';
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

/** Options of {@link planSend}: a quote works before the account may send; a send does not. */
export interface PlanOptions {
  /** Refuse unless the account is ready to send (identity verified, topped up, JRMC mandate signed). */
  requireReadyAccount: boolean;
}

/**
 * Works out a send with core's rules — completeness (`terminationLetterIssues`), first send (`isFirstSend`),
 * dispatch windows and cut-offs (`checkSendDate`), the Hamon/RIA start (`checkSwitchStart`), the reason's timing
 * (`checkLetterTiming`), the 25-day borrower-insurance minimum — or refuses with the rule's code and the date that
 * would have worked. Shared by quote, send and reschedule so the three can never disagree.
 */
export function planSend(context: AccountContext, letter: LetterRecord, params: SendParams, options: PlanOptions = { requireReadyAccount: true }): SendPlan {
  const account = context.store.get<AccountRecord>(COLLECTIONS.accounts, context.accountId)!;
  if (options.requireReadyAccount) assertAccountReady(context, account);
  if (letter.service === 'termination') assertComplete(letter);
  // First send until a letter has actually been deposited (core's `isFirstSend` over the account's letters);
  // `hasSent` carries a history the sandbox did not see (a seeded account that "has sent before").
  const firstSend = !account.hasSent && isFirstSend(letterStatusesOf(context.store, context.accountId));
  const channel: DispatchChannel = letter.channel;
  const withAcknowledgement = letter.service === 'termination' ? params.withAcknowledgement ?? letter.withAcknowledgement : letter.withAcknowledgement;
  const earliest = dispatchDate({ channel, validatedAt: context.now, firstSend });
  const today = todayOf(context);

  let sendMode = params.mode;
  let scheduledDate: IsoDate | null = null;
  let timeline: SwitchTimeline | null = null;
  let newContractStart: IsoDate | null = null;
  const switchReason = letter.service === 'termination' && letter.reason !== null && reasonByCode(letter.reason).noticeRule === 'switch';

  if (switchReason) {
    // Hamon / RIA: the user picks the new contract's start; the earliest send date still possible that reaches it follows.
    const start = params.newContractStart ?? letter.newContractStart;
    if (!start) throw invalidRequest('Hamon and RIA letters are sent for a new contract start date', [{ path: ['newContractStart'], code: 'required', message: 'Choose the new contract’s start date' }]);
    const check = checkSwitchStart({ newContractStart: start, now: context.now, firstSend });
    if (!check.ok) throw switchStartRefusal(check, start);
    timeline = check.timeline;
    newContractStart = start;
    scheduledDate = check.timeline.sendDate;
    sendMode = params.mode === 'now' && check.sendsNow ? 'now' : 'scheduled';
  } else if (params.mode === 'scheduled') {
    if (!params.scheduledDate) throw invalidRequest('A scheduled send needs its date', [{ path: ['scheduledDate'], code: 'required', message: 'Choose the send date' }]);
    const check = checkSendDate({ channel, date: params.scheduledDate, now: context.now, firstSend });
    if (!check.ok) throw sendDateRefusal(check, params.scheduledDate);
    scheduledDate = params.scheduledDate;
  }

  const dispatch = scheduledDate ?? earliest;
  let renewalDeadline: IsoDate | null = null;
  if (letter.service === 'termination' && letter.reason) {
    const birthDate = letter.subscriber?.kind === 'person' ? letter.subscriber.birthDate : null;
    const timing = checkLetterTiming(letter.reason, { sendDate: dispatch, today, facts: letter.facts, subscriberBirthDate: birthDate });
    if (!timing.ok) throw timingRefusal(timing);
    if (letter.reason === 'echeance' && letter.facts.renewalDate) renewalDeadline = renewalNoticeDeadline(letter.facts.renewalDate);
  }
  if (letter.service === 'borrower-insurance' && letter.kind === 'substitution') {
    const dossier = context.store.get<DossierRecord>(COLLECTIONS.dossiers, letter.dossierId)!;
    const check = checkLoanStart(dispatch, dossier.effectiveDate);
    if (!check.ok) {
      throw ruleViolation('loan_start_too_soon', `The new cover can start on ${check.earliestStart} at the earliest (25 days after sending)`, { earliestStart: check.earliestStart });
    }
  }

  const item = priceItemOf({ channel, withAcknowledgement, service: letter.service, product: letter.service === 'paper-mail' ? letter.product : null });
  return {
    sendMode,
    scheduledDate,
    dispatchDate: dispatch,
    channel,
    withAcknowledgement,
    price: priceOf(context.prices, item),
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
  const credit = creditCheck(account.balance, plan.price.inclVat);
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
    sufficientCredit: credit.sufficient,
    missing: credit.missing,
  };
}

/**
 * Refuses with `account_not_ready` (and what is missing, in onboarding order) unless core's `accountReadiness`
 * finds the account ready: identity verified, topped up, and JRMC's mandate signed with name, e-mail, mobile and SIREN.
 */
function assertAccountReady(context: AccountContext, account: AccountRecord): void {
  if (account.status === 'closing') throw new DomainError('permission', 'account_closing', 'The account is being closed');
  const mandate = account.mandate;
  const mandateSigned = mandate.status === 'signed' && checkJrmcMandate({
    signatoryName: mandate.signatoryName ?? '',
    signatoryEmail: mandate.signatoryEmail ?? '',
    signatoryMobile: mandate.signatoryMobile ?? '',
    companySiren: mandate.companySiren ?? '',
  }).length === 0;
  const readiness = accountReadiness({ identityProof: account.identityProof.status, toppedUp: hasTopUp(context.store, account.id), mandateSigned });
  if (!readiness.ready) {
    const missing = readiness.missing.map((step) => (step === 'jrmc_mandate' ? 'mandate' : step));
    throw ruleViolation('account_not_ready', `The account cannot send yet: ${missing.join(', ')} missing`, { missing });
  }
}
