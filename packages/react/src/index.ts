/**
 * `@jrmc/react`: one React component per JRMC element (`JrmcProvider`, `JrmcLetterBuilder`, …), with the
 * element's properties as typed props and its events as typed callbacks (`onLetterScheduled`,
 * `onCreditLow`, `onError`…). Importing a wrapper registers its tag in the browser; on the server it
 * renders the plain tag and touches no browser global.
 *
 * The wrappers are generated from `@jrmc/elements/custom-elements.json` at build time.
 *
 * @packageDocumentation
 */
export * from './generated/index.js';
export { defineElement } from './define-element.js';
