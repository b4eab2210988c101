/**
 * What a letter says: the French termination and substitution letters generated from structured data
 * (DOMAIN.md §9), previewed by the builder and printed by the sandbox. Its own entry, so pages that only
 * need the date rules do not carry the letter templates.
 *
 * @module letter-text
 */
export { formatFrenchDate } from './french-date.js';
export {
  type PostalAddress,
  type LetterSender,
  type LetterSubscriber,
  type LetterRecipient,
  type TerminationFacts,
  type TerminationLetterInput,
  type SubstitutionLetterInput,
  type LetterText,
  terminationLetterText,
  substitutionLetterText,
  subscriberDisplayName,
} from './letter-text.js';
