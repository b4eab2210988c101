import { factsRequiredFor, isDateFact, isIsoDate, isValidFrenchPostcode, isValidSiret, reasonByCode, requiredFacts, type ReasonCode } from '@jrmc/core';
import type { Letter, Subscriber, TerminationDraftParams, TerminationFacts } from '@jrmc/core/contract';

/** The steps of the builder, in order. */
export const STEPS = ['subscriber', 'recipient', 'reason', 'contracts', 'dates', 'options', 'review', 'done'] as const;
export type Step = (typeof STEPS)[number];

/** Everything the user types, kept as typed (strings), even when not valid yet. */
export interface BuilderDraft {
  letterId: string | null;
  step: Step;
  subscriber: {
    kind: 'person' | 'company';
    /** Empty until the user chooses: a default would put "Mme" before a man's name. */
    civility: 'M.' | 'Mme' | '';
    firstName: string;
    lastName: string;
    companyName: string;
    siret: string;
    line1: string;
    postcode: string;
    city: string;
  };
  recipient: { id: string; name: string; address: { line1: string; line2?: string | null | undefined; postcode: string; city: string } } | null;
  contracts: string[];
  reason: ReasonCode | null;
  customReasonText: string;
  facts: {
    renewalDate: string;
    /** Chatel: the day the insurer sent the renewal notice (postmark or e-mail date). */
    renewalNoticeSentOn: string;
    /** Chatel: the subscriber received no renewal notice. */
    noRenewalNoticeReceived: boolean;
    /** Hamon / RIA: the contract's first subscription date (the one-year condition). */
    contractStartDate: string;
    newInsurerName: string;
    compulsoryCover: boolean;
    eventDescription: string;
    eventDate: string;
    saleDate: string;
    heirName: string;
    heirCapacity: string;
  };
  newContractStart: string;
  sendMode: 'now' | 'scheduled';
  scheduledDate: string;
  withAcknowledgement: boolean;
}

/** A problem with a field, by its path (`subscriber.siret`), to show next to it. */
export type FieldProblems = Record<string, 'required' | 'siret' | 'postcode' | 'date' | 'civility' | 'future'>;

/** A new, empty draft. */
export function emptyDraft(): BuilderDraft {
  return {
    letterId: null,
    step: 'subscriber',
    subscriber: { kind: 'person', civility: '', firstName: '', lastName: '', companyName: '', siret: '', line1: '', postcode: '', city: '' },
    recipient: null,
    contracts: [],
    reason: null,
    customReasonText: '',
    facts: {
      renewalDate: '',
      renewalNoticeSentOn: '',
      noRenewalNoticeReceived: false,
      contractStartDate: '',
      newInsurerName: '',
      compulsoryCover: false,
      eventDescription: '',
      eventDate: '',
      saleDate: '',
      heirName: '',
      heirCapacity: '',
    },
    newContractStart: '',
    sendMode: 'scheduled',
    scheduledDate: '',
    withAcknowledgement: true,
  };
}

/** The subscriber as the API takes it, or `null` while incomplete or invalid. */
export function subscriberOf(draft: BuilderDraft): Subscriber | null {
  const s = draft.subscriber;
  if (Object.keys(problemsOf(draft, 'subscriber')).length > 0) return null;
  const address = { line1: s.line1.trim(), postcode: s.postcode.trim(), city: s.city.trim() };
  return s.kind === 'person'
    ? { kind: 'person', civility: s.civility as 'M.' | 'Mme', firstName: s.firstName.trim(), lastName: s.lastName.trim(), address }
    : { kind: 'company', companyName: s.companyName.trim(), siret: s.siret.replace(/\s/g, ''), address };
}

/** The facts the draft holds, without empty strings: dates only when complete, words trimmed. */
export function draftFacts(draft: BuilderDraft): TerminationFacts {
  const f = draft.facts;
  const facts: Record<string, string | boolean | null> = {};
  for (const [fact, value] of Object.entries(f)) {
    facts[fact] = typeof value === 'boolean' ? value : isDateFact(fact) ? (isIsoDate(value) ? value : null) : value.trim() || null;
  }
  // The letter states only what the user gave: a Chatel notice date, or "no notice received", never both.
  if (f.noRenewalNoticeReceived) facts.renewalNoticeSentOn = null;
  facts.noRenewalNoticeReceived = f.noRenewalNoticeReceived || null;
  return facts;
}

/** What autosave sends: everything valid so far (incomplete parts are kept locally until they are). */
export function draftToParams(draft: BuilderDraft): TerminationDraftParams {
  return {
    subscriber: subscriberOf(draft),
    recipientId: draft.recipient?.id ?? null,
    contracts: draft.contracts.map((number) => ({ number })),
    reason: draft.reason,
    customReasonText: draft.customReasonText.trim() || null,
    facts: draftFacts(draft),
    withAcknowledgement: draft.withAcknowledgement,
    resumeStep: draft.step === 'done' ? 'review' : draft.step,
  };
}

/** A draft resumed from a saved letter. */
export function draftFromLetter(letter: Letter): BuilderDraft {
  const draft = emptyDraft();
  if (letter.service !== 'termination') return { ...draft, letterId: letter.id };
  const s = letter.subscriber;
  const f: Record<string, unknown> = { ...letter.facts, renewalNoticeSentOn: letter.facts.renewalNoticeSentOn ?? letter.facts.renewalNoticeReceivedOn };
  return {
    ...draft,
    letterId: letter.id,
    step: STEPS.includes(letter.resumeStep as Step) ? (letter.resumeStep as Step) : 'subscriber',
    subscriber: s
      ? s.kind === 'person'
        ? { ...draft.subscriber, kind: 'person', civility: s.civility, firstName: s.firstName, lastName: s.lastName, line1: s.address.line1, postcode: s.address.postcode, city: s.address.city }
        : { ...draft.subscriber, kind: 'company', companyName: s.companyName, siret: s.siret, line1: s.address.line1, postcode: s.address.postcode, city: s.address.city }
      : draft.subscriber,
    recipient: letter.recipient?.id ? { id: letter.recipient.id, name: letter.recipient.name, address: letter.recipient.address } : null,
    contracts: letter.contracts.map((contract) => contract.number),
    reason: letter.reason,
    customReasonText: letter.customReasonText ?? '',
    // Each fact of the draft from the letter's, or left empty.
    facts: Object.fromEntries(Object.entries(draft.facts).map(([fact, empty]) => [fact, f[fact] ?? empty])) as BuilderDraft['facts'],
    newContractStart: letter.newContractStart ?? '',
    withAcknowledgement: letter.withAcknowledgement,
  };
}

/**
 * What keeps a step from being complete, by field. Identifier checks are core's (SIRET Luhn, postcode),
 * so the builder refuses exactly what the API would.
 */
export function problemsOf(draft: BuilderDraft, step: Step): FieldProblems {
  const problems: FieldProblems = {};
  const need = (path: string, value: string) => {
    if (!value.trim()) problems[path] = 'required';
  };
  const s = draft.subscriber;
  switch (step) {
    case 'subscriber':
      if (s.kind === 'person') {
        if (!s.civility) problems['subscriber.civility'] = 'civility';
        need('subscriber.firstName', s.firstName);
        need('subscriber.lastName', s.lastName);
      } else {
        need('subscriber.companyName', s.companyName);
        if (!s.siret.trim()) problems['subscriber.siret'] = 'required';
        else if (!isValidSiret(s.siret)) problems['subscriber.siret'] = 'siret';
      }
      need('subscriber.line1', s.line1);
      need('subscriber.city', s.city);
      if (!s.postcode.trim()) problems['subscriber.postcode'] = 'required';
      else if (!isValidFrenchPostcode(s.postcode)) problems['subscriber.postcode'] = 'postcode';
      break;
    case 'recipient':
      if (!draft.recipient) problems.recipientId = 'required';
      break;
    case 'reason':
      if (!draft.reason) problems.reason = 'required';
      else if (requiredFacts(draft.reason).includes('customReasonText')) need('customReasonText', draft.customReasonText);
      break;
    case 'contracts':
      if (draft.contracts.length === 0) problems.contracts = 'required';
      break;
    case 'dates':
      return dateProblems(draft);
    default:
      break;
  }
  return problems;
}

function dateProblems(draft: BuilderDraft): FieldProblems {
  const problems: FieldProblems = {};
  if (!draft.reason) return problems;
  const needDate = (path: string, value: string) => {
    if (!isIsoDate(value)) problems[path] = value ? 'date' : 'required';
  };
  // Which facts a reason needs is core's rule (factsRequiredFor); the custom wording is asked on the reason step.
  const f = draft.facts;
  const value = (fact: keyof BuilderDraft['facts']) => f[fact];
  for (const fact of factsRequiredFor(draft.reason)) {
    if (fact === 'customReasonText' || !(fact in f)) continue;
    const given = value(fact as keyof BuilderDraft['facts']);
    if (typeof given !== 'string') continue;
    if (isDateFact(fact)) needDate(`facts.${fact}`, given);
    else if (!given.trim()) problems[`facts.${fact}`] = 'required';
  }
  // Chatel: the notice's sending date, or "no notice received" with the renewal date.
  if (draft.reason === 'loi-chatel') {
    if (f.noRenewalNoticeReceived) needDate('facts.renewalDate', f.renewalDate);
    else needDate('facts.renewalNoticeSentOn', f.renewalNoticeSentOn);
  }
  if (reasonByCode(draft.reason).dateMode === 'switch-start') needDate('newContractStart', draft.newContractStart);
  else if (draft.sendMode === 'scheduled') needDate('scheduledDate', draft.scheduledDate);
  return problems;
}
