/**
 * `@jrmc/core`: the JRMC domain rules, the API contract and a typed client.
 *
 * @packageDocumentation
 */
export * from './rules/index.js';
