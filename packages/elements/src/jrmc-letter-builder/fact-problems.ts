import { checkFactDateNotInFuture, isIsoDate, isRuleViolationError, reasonByCode, type IsoDate, type ReasonCode } from '@jrmc/core';
import { formatDay } from '../i18n/format.js';
import type { Locale } from '../i18n/translate.js';
import { ruleFieldOf } from '../shared/error-message.js';
import type { BuilderDraft, FieldProblems } from './builder-draft.js';
import { builderT as translate, type BuilderMessageKey as MessageKey } from './builder-i18n.js';

/** `{name} : …` messages: the fact's name, then the message. */
function named(locale: Locale, key: MessageKey, fact: FactName, params: Record<string, string> = {}): string {
  return translate(locale, key, { ...params, name: translate(locale, `fact.${fact}.name` as MessageKey) });
}

// Each fact a reason asks for gets its own words: what to type and why the letter needs it. A field shared by two
// reasons (the event date of a change of circumstances or of a death) is named after the reason it serves.
type FactName =
  | 'noticeSentOn'
  | 'renewalDate'
  | 'renewalDateNoNotice'
  | 'eventDescription'
  | 'eventDate'
  | 'deathDate'
  | 'contractStartDate'
  | 'newInsurerName'
  | 'vehicleSaleDate'
  | 'goodsSaleDate'
  | 'heirName'
  | 'heirCapacity'
  | 'newContractStart'
  | 'scheduledDate'
  | 'customReasonText';

/** The fact a builder field holds for this reason; `null` for fields that are not facts (subscriber, contracts…). */
function factOf(path: string, reason: ReasonCode | null): FactName | null {
  switch (path) {
    case 'facts.renewalNoticeSentOn':
      return 'noticeSentOn';
    case 'facts.renewalDate':
      return reason === 'loi-chatel' ? 'renewalDateNoNotice' : 'renewalDate';
    case 'facts.eventDescription':
      return 'eventDescription';
    case 'facts.eventDate':
      return reason === 'deces' ? 'deathDate' : 'eventDate';
    case 'facts.contractStartDate':
      return 'contractStartDate';
    case 'facts.newInsurerName':
      return 'newInsurerName';
    case 'facts.saleDate':
      return reason === 'vente-vehicule' ? 'vehicleSaleDate' : 'goodsSaleDate';
    case 'facts.heirName':
      return 'heirName';
    case 'facts.heirCapacity':
      return 'heirCapacity';
    case 'newContractStart':
      return 'newContractStart';
    case 'scheduledDate':
      return 'scheduledDate';
    case 'customReasonText':
      return 'customReasonText';
    default:
      return null;
  }
}

/**
 * The message under a field the builder found empty or unreadable: the fact's own words when the field is a fact,
 * `null` otherwise (the caller keeps its generic message).
 */
export function factProblemMessage(locale: Locale, path: string, problem: FieldProblems[string], reason: ReasonCode | null, today: IsoDate): string | null {
  const fact = factOf(path, reason);
  if (!fact) return null;
  if (problem === 'future') return named(locale, 'fact.notInFuture', fact, { date: formatDay(locale, today) });
  if (problem === 'date') return named(locale, 'fact.invalidDate', fact);
  if (problem === 'required') return translate(locale, `fact.${fact}.required` as MessageKey);
  return null;
}

/**
 * Where the builder shows an API rule refusal. The timing rules speak of the day the letter leaves; for Hamon / RIA
 * that day follows from the new contract's start, so the refusal goes under the start the user picks.
 */
export function refusalFieldOf(error: unknown, reason: ReasonCode | null): string | null {
  const field = ruleFieldOf(error);
  if (field === 'scheduledDate' && reason && reasonByCode(reason).dateMode === 'switch-start') return 'newContractStart';
  return field;
}

/**
 * A fact date the API refused as being in the future, in the fact's own words with the last day that works (today);
 * `null` for any other refusal (the shared rule message already names its date).
 */
export function factRefusalMessage(locale: Locale, error: unknown, reason: ReasonCode | null): string | null {
  if (!isRuleViolationError(error) || error.code !== 'date_in_future') return null;
  const fact = factOf(String(error.data.field ?? ''), reason);
  const date = error.data.date;
  if (!fact || !isIsoDate(date)) return null;
  return named(locale, 'fact.notInFuture', fact, { date: formatDay(locale, date) });
}

/**
 * A field issue of the API (a draft refused on save) on a fact, in the fact's own words: a date after today
 * (`too_big`) says so with today as the last day that works; `null` for other issues and fields.
 */
export function factIssueMessage(locale: Locale, issue: { path: (string | number)[]; code: string }, reason: ReasonCode | null, today: IsoDate): string | null {
  const path = issue.path.join('.');
  const fact = factOf(path, reason);
  if (!fact) return null;
  if (issue.code === 'too_big') return named(locale, 'fact.notInFuture', fact, { date: formatDay(locale, today) });
  if (issue.code === 'required' || issue.code === 'too_small') return translate(locale, `fact.${fact}.required` as MessageKey);
  return null;
}

// The facts that tell what already happened: none can be dated after today (core's `checkFactDateNotInFuture`).
const PAST_FACTS = ['eventDate', 'saleDate', 'contractStartDate', 'renewalNoticeSentOn'] as const;

/** The fact dates of the draft that are after `today`, as builder problems (checked before leaving the dates step). */
export function futureFactProblems(draft: BuilderDraft, today: IsoDate): FieldProblems {
  const problems: FieldProblems = {};
  for (const fact of PAST_FACTS) {
    const value = draft.facts[fact];
    if (typeof value !== 'string' || !isIsoDate(value)) continue;
    if (!checkFactDateNotInFuture(value, today, `facts.${fact}`).ok) problems[`facts.${fact}`] = 'future';
  }
  return problems;
}
