// The one letter template the substitution form previews, loaded on demand. Importing it by name (not the whole
// `@jrmc/core/letter-text` namespace) lets bundlers leave the termination templates and reason paragraphs out.
export { substitutionLetterText } from '@jrmc/core/letter-text';
