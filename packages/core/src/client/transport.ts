import ky, { isHTTPError, isTimeoutError, type KyInstance } from 'ky';
import type * as z from 'zod/mini';
import type { OperationId, Operations } from '../contract/operations.js';
import { errorFromResponse } from './errors/error-from-response.js';
import { ResponseValidationError } from './errors/response-validation-error.js';
import { JrmcNetworkError, JrmcTimeoutError } from './errors/transport-errors.js';
import { ValidationError } from './errors/validation-error.js';
import { newIdempotencyKey } from './idempotency-key.js';
import type { OperationRoute } from './operation-routes.js';
import type { NormalizedClientOptions, RequestOptions } from './options.js';
import { TokenSource } from './token-source.js';

/** The response of an operation: the schema's type, or the bytes of a PDF. */
export type ResponseOf<K extends OperationId> = Operations[K]['response'] extends z.ZodMiniType
  ? z.output<Operations[K]['response']>
  : Uint8Array;

/** The JSON body an operation takes. */
export type BodyOf<K extends OperationId> = Operations[K] extends { body: infer B extends z.ZodMiniType } ? z.input<B> : never;

/** The query parameters an operation takes. */
export type QueryOf<K extends OperationId> = Operations[K] extends { query: infer Q extends z.ZodMiniType } ? z.output<Q> : never;

/** What one call sends besides the operation: path parameters, query, body. */
export interface CallInput {
  path?: Record<string, string>;
  query?: Record<string, unknown>;
  body?: unknown;
}

// Every mutation carries an Idempotency-Key, so retrying a POST is as safe as retrying a GET.
const RETRIED_METHODS = ['get', 'post', 'patch', 'delete', 'put'] as const;
const RETRIED_STATUSES = [408, 429, 500, 502, 503, 504];

/**
 * A configured connection to the API, shared by every resource: sends operations of the contract over ky, builds
 * the URL (ids encoded), adds authentication and idempotency keys, retries, maps error responses to typed errors
 * and, when asked, validates answers. Create one with {@link createJrmcConnection}; resources call it.
 */
export class JrmcConnection {
  readonly #options: NormalizedClientOptions;
  readonly #tokens: TokenSource;
  readonly #ky: KyInstance;

  /** @internal Created by {@link createJrmcConnection}, which checks the options first. */
  constructor(options: NormalizedClientOptions) {
    this.#options = options;
    this.#tokens = new TokenSource(options.auth);
    this.#ky = ky.create({
      fetch: options.fetch,
      timeout: options.timeout,
      throwHttpErrors: true,
      retry: {
        limit: options.retry.limit,
        methods: [...RETRIED_METHODS],
        statusCodes: RETRIED_STATUSES,
        afterStatusCodes: RETRIED_STATUSES,
        maxRetryAfter: 60_000,
        backoffLimit: options.retry.maxDelayMs,
        jitter: true,
        retryOnTimeout: true,
      },
    });
  }

  /** Calls an operation by its route (resources pass theirs) and returns its answer, validated when asked. */
  async call<K extends OperationId>(operation: OperationRoute<K>, input: CallInput = {}, requestOptions: RequestOptions = {}): Promise<ResponseOf<K>> {
    const path = expandPath(operation.path, input.path ?? {});
    const label = `${operation.method} ${path}`;
    const url = `${this.#options.baseUrl}${path}${queryString(input.query)}`;
    const headers: Record<string, string> = { Accept: operation.pdf ? 'application/pdf' : 'application/json', ...this.#options.headers, ...requestOptions.headers };
    if (operation.method !== 'GET') headers['Idempotency-Key'] = requestOptions.idempotencyKey ?? newIdempotencyKey();

    const response = await this.#send(url, label, operation.method, headers, input.body, requestOptions);
    if (operation.pdf) return new Uint8Array(await response.arrayBuffer()) as ResponseOf<K>;
    const body: unknown = await response.json();
    const validate = this.#options.responseValidator;
    if (!validate) return body as ResponseOf<K>;
    const check = await validate(operation.id, body);
    if (!check.valid) throw new ResponseValidationError(label, check.issues, body);
    return check.data as ResponseOf<K>;
  }

  async #send(url: string, label: string, method: string, headers: Record<string, string>, body: unknown, requestOptions: RequestOptions): Promise<Response> {
    // A 401 with a session token may only mean it expired: ask for a new one and try once more.
    for (let attempt = 0; ; attempt += 1) {
      try {
        return await this.#ky(url, {
          method,
          headers: { ...headers, Authorization: await this.#tokens.authorization() },
          ...(body === undefined ? {} : { json: body }),
          ...(requestOptions.signal ? { signal: requestOptions.signal } : {}),
          ...(requestOptions.timeout ? { timeout: requestOptions.timeout } : {}),
        });
      } catch (error) {
        if (isHTTPError(error)) {
          if (error.response.status === 401 && this.#tokens.canRefresh && attempt === 0) {
            this.#tokens.invalidate();
            continue;
          }
          throw errorFromResponse(error.response.status, await bodyOf(error.response), label, error.response.headers.get('retry-after'));
        }
        if (isTimeoutError(error)) throw new JrmcTimeoutError(label, requestOptions.timeout ?? this.#options.timeout);
        if (isNetworkFailure(error)) throw new JrmcNetworkError(label, { cause: error });
        throw error;
      }
    }
  }
}

/** An error answer's body: its JSON when it has one (the error envelope), else its text (a gateway's page). */
async function bodyOf(response: Response): Promise<unknown> {
  const text = await response.text().catch(() => '');
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

/** fetch rejects with a TypeError, and only a TypeError, when no answer came (offline, DNS, refused, CORS). */
function isNetworkFailure(error: unknown): error is TypeError {
  return error instanceof TypeError;
}

function expandPath(template: string, params: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = params[name];
    if (typeof value !== 'string' || value.length === 0) {
      throw new ValidationError({
        status: 0,
        type: 'invalid_request',
        code: 'invalid_argument',
        message: `${name} is required`,
        requestId: null,
        issues: [{ path: [name], code: 'required', message: `${name} must be a non-empty string` }],
        data: {},
        request: template,
      });
    }
    return encodeURIComponent(value);
  });
}

function queryString(query: Record<string, unknown> | undefined): string {
  if (!query) return '';
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === null || value === '') continue;
    search.set(key, String(value));
  }
  const text = search.toString();
  return text ? `?${text}` : '';
}
