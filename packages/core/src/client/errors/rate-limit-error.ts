import { JrmcApiError, type ApiErrorDetails } from './jrmc-api-error.js';

/** Too many requests (HTTP 429), still refused after the retries. */
export class RateLimitError extends JrmcApiError {
  override name = 'RateLimitError' as const;

  /** Seconds the server asked to wait (`Retry-After`), when it said. */
  readonly retryAfterSeconds: number | null;

  constructor(details: ApiErrorDetails, retryAfterSeconds: number | null) {
    super(details);
    this.retryAfterSeconds = retryAfterSeconds;
  }
}

/**
 * Whether `error` is a {@link RateLimitError}.
 *
 * @example
 * if (isRateLimitError(error)) wait(error.retryAfterSeconds ?? 1);
 */
export function isRateLimitError(error: unknown): error is RateLimitError {
  return error instanceof Error && error.name === 'RateLimitError';
}
