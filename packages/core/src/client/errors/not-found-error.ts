import { JrmcApiError } from './jrmc-api-error.js';

/** No such resource for this account (HTTP 404) — other accounts’ resources answer this too. */
export class NotFoundError extends JrmcApiError {
  override name = 'NotFoundError' as const;
}

/**
 * Whether `error` is a {@link NotFoundError}.
 *
 * @example
 * if (isNotFoundError(error)) handle(error);
 */
export function isNotFoundError(error: unknown): error is NotFoundError {
  return error instanceof Error && error.name === 'NotFoundError';
}
