import type { OperationId } from '../contract/operations.js';
import type { ResponseIssue } from './errors/response-validation-error.js';

/** What a {@link ResponseValidator} concluded about one response body. */
export type ResponseCheck = { valid: true; data: unknown } | { valid: false; issues: ResponseIssue[] };

/**
 * Checks a response body against the contract of its operation. The client calls it on every JSON answer
 * when response validation is on; `validateResponseWithContract` from `@jrmc/core/contract` is the one the
 * kit ships (it carries the zod schemas, which is why production pages leave it out by default).
 */
export type ResponseValidator = (operationId: OperationId, body: unknown) => ResponseCheck | Promise<ResponseCheck>;
