import { JrmcApiError } from './jrmc-api-error.js';

/** Conflict (HTTP 409): an idempotency key reused with a different body, or a concurrent change. */
export class ConflictError extends JrmcApiError {
  override name = 'ConflictError' as const;
}

/**
 * Whether `error` is a {@link ConflictError}.
 *
 * @example
 * if (isConflictError(error)) handle(error);
 */
export function isConflictError(error: unknown): error is ConflictError {
  return error instanceof Error && error.name === 'ConflictError';
}
