import { isRuleInputError } from '@jrmc/core';
import { buildOpenApiDocument, ERROR_STATUS, OPERATIONS, type Operation, type OperationId } from '@jrmc/core/contract';
import { Hono, type Context } from 'hono';
import { cors } from 'hono/cors';
import * as z from 'zod/mini';
import { newId } from '../domain/ids.js';
import type { Sandbox } from '../sandbox.js';
import { ApiError } from './api-error.js';
import { authenticate } from './authenticate.js';
import type { HandlerInput, PreparedHandler } from './handler.js';
import { HANDLERS } from './handlers.js';
import { fingerprintOf, rememberResponse, replayOf } from './idempotency.js';

// The clock manages its own transactions (it runs many, with PDF rendering in between).
const SELF_MANAGED: ReadonlySet<OperationId> = new Set(['advanceClock']);

/**
 * The sandbox's HTTP API as a hono app: every operation of the contract, validated with the
 * contract's schemas, authenticated, idempotent, answering the contract's error envelope.
 */
export function createSandboxApp(sandbox: Sandbox): Hono {
  const app = new Hono();
  app.use('*', cors({ origin: (origin) => origin || '*', allowHeaders: ['Authorization', 'Content-Type', 'Idempotency-Key'], exposeHeaders: ['X-Request-Id', 'Idempotent-Replayed', 'Retry-After'], maxAge: 600 }));
  app.use('*', async (c, next) => {
    c.set('requestId' as never, newId('req') as never);
    await next();
    c.header('X-Request-Id', requestIdOf(c));
  });

  const openApi = JSON.stringify(buildOpenApiDocument());
  app.get('/v1/openapi.json', (c) => c.body(openApi, 200, { 'Content-Type': 'application/json' }));

  for (const [operationId, operation] of Object.entries(OPERATIONS) as [OperationId, Operation][]) {
    const path = operation.path.replace(/\{(\w+)\}/g, ':$1');
    app.on(operation.method, path, (c) => handle(sandbox, c, operationId, operation));
  }

  app.notFound((c) => errorResponse(c, new ApiError('not_found', 'no_such_route', `No route ${c.req.method} ${new URL(c.req.url).pathname}`)));
  app.onError((error, c) => errorResponse(c, error));
  return app;
}

async function handle(sandbox: Sandbox, c: Context, operationId: OperationId, operation: Operation): Promise<Response> {
  await sandbox.catchUp();
  const now = sandbox.clock.now();
  const principal = authenticate(sandbox.store, c.req.header('Authorization'), operation, now);
  const context = { ...sandbox.accountContext(principal.accountId, principal.profileId), now };
  const input: HandlerInput = {
    sandbox,
    context,
    principal,
    path: c.req.param() as Record<string, string>,
    query: operation.query ? parse(operation.query, c.req.query(), 'query') : {},
    body: operation.body ? parse(operation.body, await readJson(c), 'body') : undefined,
  };
  const handler = HANDLERS[operationId];

  if (operation.method === 'GET') {
    const result = await (handler as (input: HandlerInput) => unknown)(input);
    return result instanceof Uint8Array
      ? c.body(result as Uint8Array<ArrayBuffer>, 200, { 'Content-Type': 'application/pdf', 'Content-Disposition': `inline; filename="${operationId}.pdf"` })
      : c.json(result, operation.status);
  }

  const key = c.req.header('Idempotency-Key');
  const fingerprint = fingerprintOf(operation.method, new URL(c.req.url).pathname, input.body);
  if (key) {
    const replay = replayOf(sandbox.store, principal.accountId, key, fingerprint);
    if (replay) return c.json(replay.body, replay.status as 200, { 'Idempotent-Replayed': 'true' });
  }
  let result: unknown;
  if (SELF_MANAGED.has(operationId)) {
    result = await (handler as (input: HandlerInput) => unknown)(input);
    if (key) sandbox.store.transaction(() => rememberResponse(sandbox.store, principal.accountId, key, fingerprint, operation.status, result, now));
  } else {
    const prepared = typeof handler === 'object' ? await (handler as PreparedHandler).prepare(input) : undefined;
    result = sandbox.store.transaction(() => {
      const value = typeof handler === 'object' ? (handler as PreparedHandler).run(input, prepared) : handler(input);
      if (key) rememberResponse(sandbox.store, principal.accountId, key, fingerprint, operation.status, value, now);
      return value;
    });
    await sandbox.afterCommit(context);
    // Deliveries go out in the background: a slow endpoint must not slow the API.
    void sandbox.deliverWebhooks().catch(() => undefined);
  }
  return c.json(result, operation.status);
}

function parse(schema: z.ZodMiniType, value: unknown, where: 'query' | 'body'): unknown {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const issues = result.error.issues.map((issue) => ({
    path: issue.path.map((key) => (typeof key === 'number' ? key : String(key))),
    code: issue.code,
    message: issue.message === 'Invalid input' ? describeIssue(issue) : issue.message,
  }));
  throw new ApiError('invalid_request', 'validation_failed', `Invalid ${where}: ${issues.map((issue) => `${issue.path.join('.') || '(root)'} ${issue.message}`).join('; ')}`, { issues });
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

async function readJson(c: Context): Promise<unknown> {
  const text = await c.req.text();
  if (!text) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    throw new ApiError('invalid_request', 'invalid_json', 'The body is not valid JSON', { issues: [{ path: [], code: 'invalid_json', message: 'Not JSON' }] });
  }
}

function requestIdOf(c: Context): string {
  return (c.get('requestId' as never) as string | undefined) ?? 'req_unknown';
}

function errorResponse(c: Context, error: unknown): Response {
  let apiError: ApiError;
  if (error instanceof ApiError) apiError = error;
  else if (isRuleInputError(error)) {
    apiError = new ApiError('invalid_request', 'validation_failed', error.message, { issues: [{ path: error.argument.split('.'), code: 'invalid', message: error.reason }] });
  } else {
    console.error('[jrmc-sandbox] unexpected error', error);
    apiError = new ApiError('server', 'internal_error', 'The sandbox failed: this is a bug, please report it with the request id');
  }
  const body = {
    error: {
      type: apiError.type,
      code: apiError.code,
      message: apiError.message,
      requestId: requestIdOf(c),
      ...(apiError.extra.issues ? { issues: apiError.extra.issues } : {}),
      ...(apiError.extra.data ? { data: apiError.extra.data } : {}),
    },
  };
  return c.json(body, ERROR_STATUS[apiError.type] as 400, apiError.extra.headers);
}
