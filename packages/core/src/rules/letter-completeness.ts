import type { TerminationLetter } from '../contract/letters.js';
import { isIsoDate } from './iso-date.js';
import { factsRequiredFor, isDateFact, type FactName } from './reason-facts.js';

/** A field a termination letter still lacks or has wrong, with its path (as the API's `FieldIssue`). */
export interface LetterIssue {
  path: (string | number)[];
  code: 'required' | 'invalid_date';
  /** English explanation, for developers; users see a localized message chosen by `code` and `path`. */
  message: string;
}

/** The parts of a termination letter {@link terminationLetterIssues} reads. */
export type CompletenessInput = Pick<TerminationLetter, 'subscriber' | 'recipient' | 'contracts' | 'reason' | 'customReasonText' | 'facts'>;

/**
 * What a termination letter still lacks before it can be previewed, quoted or sent — each missing field by its
 * path, so a builder can point at it and the API can refuse with `letter_incomplete`. The one completeness rule:
 * subscriber, recipient, at least one contract, a reason, and the facts its reason needs ({@link factsRequiredFor};
 * Chatel: the notice's sending date, or "no notice received" and then the renewal date).
 *
 * @returns the issues, empty when complete
 * @example
 * terminationLetterIssues({ subscriber: null, recipient: null, contracts: [], reason: null, customReasonText: null, facts: {} }).map((i) => i.path.join('.'))
 * //=> ['subscriber', 'recipientId', 'contracts', 'reason']
 * terminationLetterIssues({ …complete, reason: 'loi-hamon', facts: { newInsurerName: 'MAIF' } })
 * //=> [{ path: ['facts', 'contractStartDate'], code: 'required', message: 'contractStartDate is required for this reason' }]
 */
export function terminationLetterIssues(letter: CompletenessInput): LetterIssue[] {
  const issues: LetterIssue[] = [];
  const need = (path: (string | number)[], message: string) => issues.push({ path, code: 'required', message });
  if (!letter.subscriber) need(['subscriber'], 'The subscriber is required');
  if (!letter.recipient) need(['recipientId'], 'The recipient insurer is required');
  if (letter.contracts.length === 0) need(['contracts'], 'At least one contract number is required');
  if (!letter.reason) {
    need(['reason'], 'The reason is required');
    return issues;
  }
  const facts = letter.facts ?? {};
  const valueOf = (fact: FactName): unknown => (fact === 'customReasonText' ? letter.customReasonText : (facts as Record<string, unknown>)[fact]);
  const checkFact = (fact: FactName) => {
    const value = valueOf(fact);
    const path = fact === 'customReasonText' ? ['customReasonText'] : ['facts', fact];
    if (value === null || value === undefined || (typeof value === 'string' && value.trim() === '')) need(path, `${fact} is required for this reason`);
    else if (isDateFact(fact) && !isIsoDate(value)) issues.push({ path, code: 'invalid_date', message: `${fact} must be a real day written YYYY-MM-DD` });
  };
  // The sale date was once written in `eventDate`: still accepted there.
  for (const fact of factsRequiredFor(letter.reason)) checkFact(fact === 'saleDate' && !facts.saleDate && facts.eventDate ? 'eventDate' : fact);
  if (letter.reason === 'loi-chatel') {
    if (facts.noRenewalNoticeReceived === true) checkFact('renewalDate');
    else if (!facts.renewalNoticeReceivedOn) checkFact('renewalNoticeSentOn');
  }
  return issues;
}
