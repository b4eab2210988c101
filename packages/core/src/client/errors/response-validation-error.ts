import { JrmcError } from './jrmc-error.js';

/** One way the server's answer broke the contract. */
export interface ResponseIssue {
  path: (string | number)[];
  code: string;
  message: string;
}

/**
 * The server answered 2xx but the body does not match the contract's schema. A different family from
 * API errors: the request may well have succeeded. Switch validation off with `validateResponses: false`.
 */
export class ResponseValidationError extends JrmcError {
  override name = 'ResponseValidationError' as const;

  constructor(
    /** The request whose answer was invalid: `METHOD path`. */
    readonly request: string,
    readonly issues: ResponseIssue[],
    /** The body as received. */
    readonly body: unknown,
  ) {
    super(`Response of ${request} does not match the contract: ${issues.map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`).join('; ')}`);
  }
}

/**
 * Whether `error` is a {@link ResponseValidationError}.
 *
 * @example
 * if (isResponseValidationError(error)) report(error.issues);
 */
export function isResponseValidationError(error: unknown): error is ResponseValidationError {
  return error instanceof Error && error.name === 'ResponseValidationError';
}
