/**
 * What a letter says: the French termination, substitution and borrower-insurance termination letters generated
 * from structured data, previewed by the builder and printed by the sandbox. Its own entry, so pages that only
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
  type LetterAttachment,
  type LetterFacts,
  subscriberDisplayName,
  addressLines,
} from './letter-parts.js';
export { type TerminationFacts, type TerminationLetterInput, type LetterText, terminationLetterText } from './letter-text.js';
export {
  type SubstitutionLetterInput,
  type LoanTerminationLetterInput,
  substitutionLetterText,
  loanTerminationLetterText,
} from './loan-letter-text.js';
export { type LetterTextContext, letterTextOf } from './letter-text-of.js';
