/**
 * The JRMC API contract: zod schemas of every resource, request and error, with the TypeScript type
 * inferred under the same name. The sandbox validates requests with them and the client validates
 * responses with them.
 *
 * @module contract
 */
export * from './common.js';
export * from './errors.js';
export * from './sessions.js';
export * from './account.js';
export * from './directory.js';
export * from './letters.js';
export * from './letter-attachments.js';
export * from './loan-dossiers.js';
export * from './paper-mail.js';
export * from './paper-investigation.js';
export * from './credit.js';
export * from './invoices.js';
export * from './webhooks.js';
export * from './sandbox.js';
export * from './account-lifecycle.js';
export * from './operations.js';
export * from './openapi.js';
export * from './account-team.js';
export * from './accounting-export.js';
export * from './help-requests.js';
export * from './validate-response.js';
