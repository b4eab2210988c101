import { requiredFacts, type RequiredFact } from '@jrmc/core';
import type { FieldIssue, TerminationLetter } from '@jrmc/core/contract';
import { ruleViolation } from './errors.js';

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
  // Which facts each reason states is core's rule; here only where each one lives on the letter.
  const facts: Record<RequiredFact, unknown> = {
    renewalDate: letter.facts.renewalDate,
    newInsurerName: letter.facts.newInsurerName?.trim(),
    eventDescription: letter.facts.eventDescription?.trim(),
    eventDate: letter.facts.eventDate,
    customReasonText: letter.customReasonText?.trim(),
  };
  for (const fact of requiredFacts(letter.reason)) {
    if (!facts[fact]) need(fact === 'customReasonText' ? ['customReasonText'] : ['facts', fact], `${fact} is required for this reason`);
  }
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
