import type { ResponseCheck } from '../client/response-validator.js';
import { OPERATIONS, type OperationId } from './operations.js';

/**
 * Checks a response body against its operation's zod schema: the validator the client uses in
 * development and tests. Pass it as `validateResponses` to validate in a production page too (the page then
 * ships the contract's schemas).
 *
 * @example
 * import { validateResponseWithContract } from '@jrmc/core/contract';
 * const jrmc = createJrmcClient({ baseUrl, getToken, validateResponses: validateResponseWithContract });
 */
export function validateResponseWithContract(operationId: OperationId, body: unknown): ResponseCheck {
  const { response } = OPERATIONS[operationId];
  if (response === 'pdf') return { valid: true, data: body };
  const parsed = response.safeParse(body);
  if (parsed.success) return { valid: true, data: parsed.data };
  return {
    valid: false,
    issues: parsed.error.issues.map((issue) => ({ path: issue.path.map((key) => (typeof key === 'number' ? key : String(key))), code: issue.code, message: issue.message })),
  };
}
