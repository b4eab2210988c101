import { reasonByCode } from '@jrmc/core';
import type { FieldIssue, TerminationLetter } from '@jrmc/core/contract';
import { ruleViolation } from '../http/api-error.js';

/**
 * What a termination letter still lacks before it can be previewed, quoted or sent: each missing
 * field by its path, so a builder can point at it.
 */
export function missingTerminationFields(letter: TerminationLetter): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const need = (path: (string | number)[], message: string) => issues.push({ path, code: 'required', message });
  if (!letter.subscriber) need(['subscriber'], 'The subscriber is required');
  if (!letter.recipient) need(['recipientId'], 'The recipient insurer is required');
  if (letter.contracts.length === 0) need(['contracts'], 'At least one contract number is required');
  if (!letter.reason) {
    need(['reason'], 'The reason is required');
    return issues;
  }
  const rule = reasonByCode(letter.reason).noticeRule;
  const facts = letter.facts;
  if (letter.reason === 'custom' && !letter.customReasonText?.trim()) need(['customReasonText'], 'A custom reason needs its wording');
  if (rule === 'renewal' && !facts.renewalDate) need(['facts', 'renewalDate'], 'The renewal date is required for an échéance termination');
  if (rule === 'switch' && !facts.newInsurerName?.trim()) need(['facts', 'newInsurerName'], 'The new insurer is required for Hamon / RIA');
  if (rule === 'situation-change' && !facts.eventDescription?.trim()) need(['facts', 'eventDescription'], 'Describe the change of circumstances');
  if ((rule === 'situation-change' || rule === 'transfer' || letter.reason === 'deces') && !facts.eventDate) need(['facts', 'eventDate'], 'The date of the event is required');
  return issues;
}

/** Refuses with `letter_incomplete` (and every missing field) unless the letter is complete. */
export function assertComplete(letter: TerminationLetter): void {
  const issues = missingTerminationFields(letter);
  if (issues.length > 0) {
    const error = ruleViolation('letter_incomplete', `The letter is incomplete: ${issues.map((issue) => issue.path.join('.')).join(', ')}`);
    throw Object.assign(error, { extra: { ...error.extra, issues } });
  }
}
