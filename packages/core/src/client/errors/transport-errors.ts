import { JrmcError } from './jrmc-error.js';

/** No answer: the connection failed (offline, DNS, refused) after the retries. */
export class JrmcNetworkError extends JrmcError {
  override name = 'JrmcNetworkError' as const;

  constructor(
    /** The request that failed: `METHOD path`. */
    readonly request: string,
    options?: { cause?: unknown },
  ) {
    super(`Network error: ${request}`, options);
  }
}

/** No answer in time (per attempt), after the retries. */
export class JrmcTimeoutError extends JrmcError {
  override name = 'JrmcTimeoutError' as const;

  constructor(
    /** The request that timed out: `METHOD path`. */
    readonly request: string,
    /** The per-attempt timeout, in milliseconds. */
    readonly timeoutMs: number,
  ) {
    super(`Request timed out after ${timeoutMs} ms: ${request}`);
  }
}

/**
 * Whether `error` is a {@link JrmcNetworkError}.
 *
 * @example
 * if (isJrmcNetworkError(error)) showOfflineBanner();
 */
export function isJrmcNetworkError(error: unknown): error is JrmcNetworkError {
  return error instanceof Error && error.name === 'JrmcNetworkError';
}

/**
 * Whether `error` is a {@link JrmcTimeoutError}.
 *
 * @example
 * if (isJrmcTimeoutError(error)) retryLater();
 */
export function isJrmcTimeoutError(error: unknown): error is JrmcTimeoutError {
  return error instanceof Error && error.name === 'JrmcTimeoutError';
}
