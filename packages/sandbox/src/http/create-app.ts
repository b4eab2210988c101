import { isRuleInputError } from '@jrmc/core';
import { buildOpenApiDocument, ERROR_STATUS, OPERATIONS, type Operation, type OperationId } from '@jrmc/core/contract';
import { Hono, type Context } from 'hono';
import { cors } from 'hono/cors';
import * as z from 'zod/mini';
import { newId } from '../services/ids.js';
import { DomainError } from '../services/errors.js';
import type { Sandbox } from '../sandbox.js';
import { authenticate } from './authenticate.js';
import type { HandlerInput, PreparedHandler } from './handler.js';
import { HANDLERS } from './handlers.js';
import { fingerprintOf, IdempotencyGate, rememberResponse, replayOf } from './idempotency.js';
import { FORCE_RATE_LIMIT_HEADER, RateLimiter } from './limits.js';
import { readLimitedText } from './read-body.js';

// The clock manages its own transactions (it runs many, with PDF rendering in between).
const SELF_MANAGED: ReadonlySet<OperationId> = new Set(['advanceClock']);
// Operations whose body carries a file (base64): they get the upload limit, the others the JSON one.
const UPLOADS: ReadonlySet<OperationId> = new Set([
  'createPaperMail',
  'uploadIdentityProof',
  'uploadAttachment',
]);
// Refused on a closed account (reads, and the closure itself, stay possible).
const ALLOWED_WHEN_CLOSED: ReadonlySet<string> = new Set(['closeAccount', 'getClock']);

/**
 * The sandbox's HTTP API as a hono app: every operation of the contract, validated with the contract's
 * schemas, authenticated, rate-limited, size-limited, idempotent, answering the contract's error envelope.
 */
export function createSandboxApp(sandbox: Sandbox): Hono {
  const limits = sandbox.httpLimits;
  const rateLimiter = new RateLimiter(limits);
  const idempotency = new IdempotencyGate();
  const app = new Hono();
  app.use('*', async (c, next) => {
    c.set('requestId' as never, newId('req') as never);
    await next();
    c.header('X-Request-Id', requestIdOf(c));
  });
  app.use(
    '*',
    cors({
      origin: (origin) => (sandbox.allowsOrigin(origin) ? origin : null),
      allowHeaders: ['Authorization', 'Content-Type', 'Idempotency-Key', FORCE_RATE_LIMIT_HEADER],
      exposeHeaders: ['X-Request-Id', 'Idempotent-Replayed', 'Retry-After'],
      maxAge: 600,
    }),
  );

  const openApi = JSON.stringify(buildOpenApiDocument());
  app.get('/v1/openapi.json', (c) => c.body(openApi, 200, { 'Content-Type': 'application/json' }));

  for (const [operationId, operation] of Object.entries(OPERATIONS) as [OperationId, Operation][]) {
    const path = operation.path.replace(/\{(\w+)\}/g, ':$1');
    app.on(operation.method, path, (c) => handle({ sandbox, rateLimiter, idempotency }, c, operationId, operation));
  }

  app.notFound((c) => errorResponse(c, new DomainError('not_found', 'no_such_route', `No route ${c.req.method} ${new URL(c.req.url).pathname}`)));
  app.onError((error, c) => errorResponse(c, error));
  return app;
}

interface AppState {
  sandbox: Sandbox;
  rateLimiter: RateLimiter;
  idempotency: IdempotencyGate;
}

async function handle({ sandbox, rateLimiter, idempotency }: AppState, c: Context, operationId: OperationId, operation: Operation): Promise<Response> {
  const authorization = c.req.header('Authorization');
  const principal = authenticate(sandbox, authorization, operation);
  const wait = c.req.header(FORCE_RATE_LIMIT_HEADER) ? 1 : rateLimiter.take(authorization ?? '', Date.now());
  if (wait > 0) throw new DomainError('rate_limit', 'rate_limited', `Too many requests: retry in ${wait} s`, { retryAfterSeconds: wait });
  if (principal.closed && operation.method !== 'GET' && !ALLOWED_WHEN_CLOSED.has(operationId)) {
    throw new DomainError('permission', 'account_closed', 'This account is closed: its history stays readable, nothing can be changed');
  }

  // The key is reserved before any await: a concurrent request with the same key waits for this one.
  const key = operation.method === 'GET' ? undefined : c.req.header('Idempotency-Key');
  const release = key ? await idempotency.reserve(`${principal.accountId}:${key}`) : () => undefined;
  try {
    const limit = UPLOADS.has(operationId) ? sandbox.httpLimits.maxUploadBytes : sandbox.httpLimits.maxJsonBytes;
    const rawBody = operation.body ? await readLimitedText(c.req.raw, limit) : '';
    const body = operation.body ? parse(operation.body, parseJson(rawBody), 'body') : undefined;
    const fingerprint = fingerprintOf(operation.method, new URL(c.req.url).pathname, body);
    await sandbox.catchUp(principal.accountId);
    if (key) {
      const replay = replayOf(sandbox.store, principal.accountId, key, fingerprint, sandbox.now(principal.accountId));
      if (replay) return c.json(replay.body, replay.status as 200, { 'Idempotent-Replayed': 'true' });
    }
    const now = sandbox.now(principal.accountId);
    const context = { ...sandbox.accountContext(principal.accountId, principal.profileId), now };
    const input: HandlerInput = {
      sandbox,
      context,
      principal,
      path: c.req.param() as Record<string, string>,
      query: operation.query ? parse(operation.query, c.req.query(), 'query') : {},
      body,
    };
    const handler = HANDLERS[operationId];

    if (operation.method === 'GET') {
      const result = await (handler as (input: HandlerInput) => unknown)(input);
      return result instanceof Uint8Array
        ? c.body(result as Uint8Array<ArrayBuffer>, 200, { 'Content-Type': 'application/pdf', 'Content-Disposition': `inline; filename="${operationId}.pdf"` })
        : c.json(result, operation.status);
    }

    let result: unknown;
    if (SELF_MANAGED.has(operationId)) {
      result = await (handler as (input: HandlerInput) => unknown)(input);
      if (key) sandbox.store.transaction(() => rememberResponse(sandbox.store, principal.accountId, key, fingerprint, operation.status, result, sandbox.now(principal.accountId)));
    } else {
      const prepared = typeof handler === 'object' ? await (handler as PreparedHandler).prepare(input) : undefined;
      result = sandbox.store.transaction(() => {
        const value = typeof handler === 'object' ? (handler as PreparedHandler).run(input, prepared) : handler(input);
        if (key) rememberResponse(sandbox.store, principal.accountId, key, fingerprint, operation.status, value, now);
        return value;
      });
      await sandbox.afterCommit(context);
      // Deliveries go out in the background: a slow endpoint must not slow the API.
      sandbox.deliverWebhooks(principal.accountId);
    }
    return c.json(result, operation.status);
  } finally {
    release();
  }
}

function parse(schema: z.ZodMiniType, value: unknown, where: 'query' | 'body'): unknown {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const issues = result.error.issues.map((issue) => ({
    path: issue.path.map((key) => (typeof key === 'number' ? key : String(key))),
    code: issue.code,
    message: issue.message === 'Invalid input' ? describeIssue(issue) : issue.message,
  }));
  throw new DomainError('invalid_request', 'validation_failed', `Invalid ${where}: ${issues.map((issue) => `${issue.path.join('.') || '(root)'} ${issue.message}`).join('; ')}`, { issues });
}

function describeIssue(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return `expected ${issue.expected}`;
    case 'too_small':
      return `too small (minimum ${String(issue.minimum)})`;
    case 'too_big':
      return `too big (maximum ${String(issue.maximum)})`;
    case 'invalid_format':
      return `invalid ${issue.format}`;
    case 'invalid_value':
      return `expected one of ${issue.values.map(String).join(', ')}`;
    case 'unrecognized_keys':
      return `unknown keys ${issue.keys.join(', ')}`;
    default:
      return 'invalid';
  }
}

function parseJson(text: string): unknown {
  if (!text) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    throw new DomainError('invalid_request', 'invalid_json', 'The body is not valid JSON', { issues: [{ path: [], code: 'invalid_json', message: 'Not JSON' }] });
  }
}

function requestIdOf(c: Context): string {
  return (c.get('requestId' as never) as string | undefined) ?? 'req_unknown';
}

// Statuses the contract's error types do not carry on their own.
const STATUS_BY_CODE: Readonly<Record<string, number>> = { payload_too_large: 413 };

function errorResponse(c: Context, error: unknown): Response {
  let domainError: DomainError;
  if (error instanceof DomainError) domainError = error;
  else if (isRuleInputError(error)) {
    domainError = new DomainError('invalid_request', 'validation_failed', error.message, { issues: [{ path: error.argument.split('.'), code: 'invalid', message: error.reason }] });
  } else {
    console.error('[jrmc-sandbox] unexpected error', error);
    domainError = new DomainError('server', 'internal_error', 'The sandbox failed: this is a bug, please report it with the request id');
  }
  const body = {
    error: {
      type: domainError.type,
      code: domainError.code,
      message: domainError.message,
      requestId: requestIdOf(c),
      ...(domainError.extra.issues ? { issues: domainError.extra.issues } : {}),
      ...(domainError.extra.data ? { data: domainError.extra.data } : {}),
    },
  };
  const headers: Record<string, string> = domainError.extra.retryAfterSeconds ? { 'Retry-After': String(domainError.extra.retryAfterSeconds) } : {};
  return c.json(body, (STATUS_BY_CODE[domainError.code] ?? ERROR_STATUS[domainError.type]) as 400, headers);
}
