// The one letter template the builder previews, loaded when the review step is reached. Importing it by name (not
// the whole `@jrmc/core/letter-text` namespace) lets bundlers leave the borrower-insurance templates out of the page.
export { terminationLetterText } from '@jrmc/core/letter-text';
