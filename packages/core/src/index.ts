/**
 * `@jrmc/core`: the JRMC domain rules and the typed API client. The API contract (zod schemas and
 * their types) is on the `@jrmc/core/contract` subpath.
 *
 * @packageDocumentation
 */
export * from './rules/index.js';
export * from './letter-text/index.js';
export * from './client/index.js';
