import { reasonTiming, type ReasonCode } from './reason-rules.js';

/** A fact a termination letter must state for its reason (see the letter text rules). */
export type RequiredFact = 'renewalDate' | 'newInsurerName' | 'eventDescription' | 'eventDate' | 'customReasonText';

/** A fact of a termination letter, by its name in `facts` (or `customReasonText`). */
export type FactName = RequiredFact | 'contractStartDate' | 'saleDate' | 'heirName' | 'heirCapacity' | 'renewalNoticeSentOn';

const DATE_FACTS: ReadonlySet<string> = new Set<FactName>(['renewalDate', 'eventDate', 'contractStartDate', 'saleDate', 'renewalNoticeSentOn']);

/**
 * Whether a fact is a day (`YYYY-MM-DD`); the others are words (or, for `noRenewalNoticeReceived` and
 * `compulsoryCover`, yes/no). A date fact is only stated once it is a real day.
 *
 * @example
 * isDateFact('saleDate') //=> true
 * isDateFact('heirName') //=> false
 */
export function isDateFact(fact: string): boolean {
  return DATE_FACTS.has(fact);
}

/**
 * The facts a letter needs for its reason before it can be sent (DOMAIN §10): the renewal date for an échéance;
 * the new insurer and the first subscription date for Hamon / RIA; the event and its date for a change of
 * circumstances; the sale date for a sale; the date of death and the heir's name and capacity for a death; the
 * wording of a custom reason. Chatel needs either the notice's sending date or "no notice received" (then the
 * renewal date): see `terminationLetterIssues`, which checks that either-or.
 *
 * @throws {RuleInputError} when `code` is not a known reason
 * @example
 * factsRequiredFor('loi-hamon') //=> ['newInsurerName', 'contractStartDate']
 * factsRequiredFor('deces') //=> ['eventDate', 'heirName', 'heirCapacity']
 */
export function factsRequiredFor(code: ReasonCode): readonly FactName[] {
  const reason = reasonTiming(code);
  if (code === 'custom') return ['customReasonText'];
  if (code === 'deces') return ['eventDate', 'heirName', 'heirCapacity'];
  switch (reason.noticeRule) {
    case 'renewal':
      return ['renewalDate'];
    case 'switch':
      return ['newInsurerName', 'contractStartDate'];
    case 'situation-change':
      return ['eventDescription', 'eventDate'];
    case 'transfer':
      return ['saleDate'];
    default:
      return [];
  }
}

/**
 * @deprecated Use {@link factsRequiredFor}, which knows the second-pass facts (first subscription date, sale date,
 * heir). Kept with its original answers so existing callers keep compiling.
 *
 * The facts a letter must state for a reason before it can be sent: the renewal date for an échéance,
 * the new insurer for Hamon / RIA, the event (and its date) for a change of circumstances, the date of a
 * sale or a death, the wording of a custom reason. The builder asks for them and the API refuses without them.
 *
 * @example
 * requiredFacts('changement-situation') //=> ['eventDescription', 'eventDate']
 * requiredFacts('loi-chatel') //=> []
 */
export function requiredFacts(code: ReasonCode): readonly RequiredFact[] {
  const reason = reasonTiming(code);
  if (code === 'custom') return ['customReasonText'];
  switch (reason.noticeRule) {
    case 'renewal':
      return ['renewalDate'];
    case 'switch':
      return ['newInsurerName'];
    case 'situation-change':
      return ['eventDescription', 'eventDate'];
    case 'transfer':
      return ['eventDate'];
    default:
      return code === 'deces' ? ['eventDate'] : [];
  }
}
