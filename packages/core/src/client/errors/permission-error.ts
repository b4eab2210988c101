import { JrmcApiError } from './jrmc-api-error.js';

/** The key or token lacks the scope for this operation (HTTP 403). */
export class PermissionError extends JrmcApiError {
  override name = 'PermissionError' as const;
}

/**
 * Whether `error` is a {@link PermissionError}.
 *
 * @example
 * if (isPermissionError(error)) handle(error);
 */
export function isPermissionError(error: unknown): error is PermissionError {
  return error instanceof Error && error.name === 'PermissionError';
}
