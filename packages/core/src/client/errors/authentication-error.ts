import { JrmcApiError } from './jrmc-api-error.js';

/** Missing, invalid or expired API key or session token (HTTP 401). */
export class AuthenticationError extends JrmcApiError {
  override name = 'AuthenticationError' as const;
}

/**
 * Whether `error` is a {@link AuthenticationError}.
 *
 * @example
 * if (isAuthenticationError(error)) handle(error);
 */
export function isAuthenticationError(error: unknown): error is AuthenticationError {
  return error instanceof Error && error.name === 'AuthenticationError';
}
