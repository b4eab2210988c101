import { JrmcApiError } from './jrmc-api-error.js';

/** The API failed (HTTP 5xx) after the retries. */
export class ServerError extends JrmcApiError {
  override name = 'ServerError' as const;
}

/**
 * Whether `error` is a {@link ServerError}.
 *
 * @example
 * if (isServerError(error)) handle(error);
 */
export function isServerError(error: unknown): error is ServerError {
  return error instanceof Error && error.name === 'ServerError';
}
