import { JrmcApiError } from './jrmc-api-error.js';

/** The request was malformed (HTTP 400): `issues` lists each field path and why. */
export class ValidationError extends JrmcApiError {
  override name = 'ValidationError' as const;
}

/**
 * Whether `error` is a {@link ValidationError}.
 *
 * @example
 * if (isValidationError(error)) handle(error);
 */
export function isValidationError(error: unknown): error is ValidationError {
  return error instanceof Error && error.name === 'ValidationError';
}
