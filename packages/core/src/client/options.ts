import { DEFAULT_RESPONSE_VALIDATOR } from '#default-response-validator';
import { ConfigurationError } from './errors/configuration-error.js';
import type { ResponseValidator } from './response-validator.js';

/** What `getToken()` may return: the token, or the token with its expiry (then it is refreshed in time). */
export type TokenResult = string | { token: string; expiresAt: string | Date };

/** Retry policy: jittered exponential backoff on network errors, 408, 429 and 5xx, honouring `Retry-After`. */
export interface RetryOptions {
  /** Retries after the first attempt (default 2; 0 disables retries). */
  limit?: number;
  /** Upper bound of one backoff delay, in ms (default 8000). */
  maxDelayMs?: number;
}

/** Options of {@link createJrmcClient}. Normalized once, at creation. */
export interface JrmcClientOptions {
  /** API root, e.g. `https://api.jeresiliemoncontrat.com` or the sandbox's `http://localhost:4010`. */
  baseUrl: string;
  /** Server side only: the account API key. */
  apiKey?: string;
  /**
   * Browser side: returns a short-lived session token minted by your backend (`POST /v1/sessions`).
   * Called again when the token expires or the API answers 401.
   */
  getToken?: () => Promise<TokenResult> | TokenResult;
  /** A `fetch` to use instead of the global one (tests, proxies, Node agents). */
  fetch?: typeof globalThis.fetch;
  /** Per-attempt timeout in ms (default 30 000). */
  timeout?: number;
  retry?: RetryOptions;
  /**
   * Check every answer against the contract, failing with a `ResponseValidationError` when the API answers
   * something the contract does not describe. Default: on where the `development` export condition is set
   * (Vite and webpack dev servers, the kit's tests, `node --conditions=development`), off otherwise — a
   * production page then ships no zod schemas. `false` switches it off; to validate in production pass
   * `validateResponseWithContract` from `@jrmc/core/contract` (or your own {@link ResponseValidator}).
   * `true` keeps the build's validator and fails with a `ConfigurationError` in a production build, which has none.
   */
  validateResponses?: boolean | ResponseValidator;
  /** Extra headers on every request. */
  headers?: Record<string, string>;
  /**
   * An API key in a browser is readable by anyone using the page. Refused unless you really mean it
   * (an internal tool behind your own login). Prefer `getToken`.
   */
  dangerouslyAllowApiKeyInBrowser?: boolean;
}

/** Per-call options, the last argument of every resource method. */
export interface RequestOptions {
  /** Reuse a key to make a retried mutation safe across process restarts (default: one per call). */
  idempotencyKey?: string;
  signal?: AbortSignal;
  /** Per-attempt timeout for this call, in ms. */
  timeout?: number;
  headers?: Record<string, string>;
}

/** Options once normalized: every default applied, every shape checked. */
export interface NormalizedClientOptions {
  baseUrl: string;
  auth: { kind: 'apiKey'; apiKey: string } | { kind: 'token'; getToken: () => Promise<TokenResult> | TokenResult };
  fetch: typeof globalThis.fetch;
  timeout: number;
  retry: Required<RetryOptions>;
  /** The validator of every JSON answer, or none. */
  responseValidator: ResponseValidator | undefined;
  headers: Record<string, string>;
}

/** The defaults every client starts from. */
export const CLIENT_DEFAULTS = Object.freeze({
  timeout: 30_000,
  retry: Object.freeze({ limit: 2, maxDelayMs: 8_000 }),
  /** `true` in builds resolved with the `development` export condition, `false` in production builds. */
  validateResponses: DEFAULT_RESPONSE_VALIDATOR !== undefined,
});

/**
 * Checks and completes the options, failing early with a {@link ConfigurationError} naming the option.
 *
 * @param buildValidator - the validator this build ships (tests pass `null` to play a production build)
 */
export function normalizeClientOptions(options: JrmcClientOptions, buildValidator: ResponseValidator | null = DEFAULT_RESPONSE_VALIDATOR ?? null): NormalizedClientOptions {
  if (!options || typeof options !== 'object') throw new ConfigurationError('options', 'expected an options object');
  const baseUrl = normalizeBaseUrl(options.baseUrl);
  const hasKey = typeof options.apiKey === 'string' && options.apiKey.length > 0;
  const hasToken = typeof options.getToken === 'function';
  if (hasKey === hasToken) throw new ConfigurationError('apiKey', 'give exactly one of apiKey (server) or getToken (browser)');
  if (hasKey && isBrowser() && !options.dangerouslyAllowApiKeyInBrowser) {
    throw new ConfigurationError('apiKey', 'an API key must never reach a browser: mint session tokens on your backend and pass getToken');
  }
  if (options.fetch === undefined && typeof globalThis.fetch !== 'function') throw new ConfigurationError('fetch', 'no fetch available: pass one');
  // Without an injected fetch, look the global up at call time: test mocks and polyfills installed
  // after the client was created still apply.
  const fetchImpl: typeof globalThis.fetch = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
  const timeout = options.timeout ?? CLIENT_DEFAULTS.timeout;
  if (!Number.isFinite(timeout) || timeout <= 0) throw new ConfigurationError('timeout', 'expected a positive number of milliseconds');
  const limit = options.retry?.limit ?? CLIENT_DEFAULTS.retry.limit;
  if (!Number.isInteger(limit) || limit < 0 || limit > 10) throw new ConfigurationError('retry.limit', 'expected an integer 0–10');
  const maxDelayMs = options.retry?.maxDelayMs ?? CLIENT_DEFAULTS.retry.maxDelayMs;
  if (!Number.isFinite(maxDelayMs) || maxDelayMs < 0) throw new ConfigurationError('retry.maxDelayMs', 'expected a non-negative number');
  const responseValidator = responseValidatorOf(options.validateResponses, buildValidator);
  return {
    baseUrl,
    auth: hasKey ? { kind: 'apiKey', apiKey: options.apiKey as string } : { kind: 'token', getToken: options.getToken as NonNullable<JrmcClientOptions['getToken']> },
    fetch: fetchImpl,
    timeout,
    retry: { limit, maxDelayMs },
    responseValidator,
    headers: { ...(options.headers ?? {}) },
  };
}

function responseValidatorOf(option: JrmcClientOptions['validateResponses'], buildValidator: ResponseValidator | null): ResponseValidator | undefined {
  if (typeof option === 'function') return option;
  if (option === undefined) return buildValidator ?? undefined;
  if (typeof option !== 'boolean') throw new ConfigurationError('validateResponses', 'expected a boolean or a validator function');
  if (!option) return undefined;
  if (!buildValidator) {
    throw new ConfigurationError(
      'validateResponses',
      "this production build leaves the response schemas out: pass validateResponseWithContract from '@jrmc/core/contract', or build with the development condition",
    );
  }
  return buildValidator;
}

function normalizeBaseUrl(value: unknown): string {
  if (typeof value !== 'string' || value.length === 0) throw new ConfigurationError('baseUrl', 'required, e.g. http://localhost:4010');
  let url: URL;
  try {
    url = new URL(value, (globalThis as { location?: { href: string } }).location?.href);
  } catch {
    throw new ConfigurationError('baseUrl', `not a URL: ${value}`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new ConfigurationError('baseUrl', 'expected http or https');
  // Operation paths start with /v1/…: keep the origin and any path prefix, without a trailing slash.
  return url.href.replace(/\/+$/, '');
}

function isBrowser(): boolean {
  return typeof (globalThis as { document?: unknown }).document !== 'undefined';
}
