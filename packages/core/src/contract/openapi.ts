import * as z from 'zod/mini';
import { Account, UserProfile } from './account.js';
import { IsoDateSchema, PostalAddress, Price, Timestamp } from './common.js';
import { Credit, Receipt, TopUp } from './credit.js';
import { Recipient } from './directory.js';
import { ApiErrorBody, ERROR_STATUS, FieldIssue } from './errors.js';
import { Invoice } from './invoices.js';
import { Letter, LetterEvent, LetterSummary, Proof, Quote, SendParams, Subscriber, SwitchTimeline, TerminationFacts } from './letters.js';
import { LoanDossier } from './loan-dossiers.js';
import { OPERATIONS, type Operation } from './operations.js';
import { WebhookEvent } from './webhooks.js';

// Shared schemas become named components referenced with $ref, instead of being repeated inline.
const NAMED_SCHEMAS: Record<string, z.ZodMiniType> = {
  IsoDate: IsoDateSchema,
  Timestamp,
  PostalAddress,
  Price,
  FieldIssue,
  ApiErrorBody,
  Subscriber,
  TerminationFacts,
  SwitchTimeline,
  Letter,
  LetterSummary,
  LetterEvent,
  Proof,
  Quote,
  SendParams,
  Account,
  UserProfile,
  Recipient,
  LoanDossier,
  Credit,
  Receipt,
  TopUp,
  Invoice,
  WebhookEvent,
};

/** A JSON object of the OpenAPI document. */
export type Json = Record<string, unknown>;

/**
 * The OpenAPI 3.1 document of the JRMC API, generated from the contract's zod schemas (so it cannot
 * disagree with what the client validates and the sandbox enforces).
 *
 * @param options.serverUrl - the server to list (default: the sandbox on localhost:4010)
 * @example
 * const document = buildOpenApiDocument();
 * document.openapi //=> '3.1.0'
 */
export function buildOpenApiDocument(options: { serverUrl?: string; version?: string } = {}): Json {
  // Two directions, two conversions: a zod object accepts unknown keys on input (it strips them) but never
  // outputs one. So request bodies are described as zod *reads* them (unknown properties allowed) and
  // responses as zod *writes* them (additionalProperties: false) — the document says what zod does.
  const output = new SchemaSet('output');
  const input = new SchemaSet('input');
  for (const [id, schema] of Object.entries(NAMED_SCHEMAS)) {
    output.register(schema, id);
    input.register(schema, `${id}${INPUT_SUFFIX}`);
  }
  const refs: Record<string, { body?: string; response?: string }> = {};
  for (const [operationId, operation] of Object.entries(OPERATIONS) as [string, Operation][]) {
    refs[operationId] = {
      ...(operation.body ? { body: input.register(operation.body, `${capitalize(operationId)}Body`) } : {}),
      ...(operation.response !== 'pdf' ? { response: output.register(operation.response, `${capitalize(operationId)}Response`) } : {}),
    };
  }
  const roots = Object.values(refs).flatMap((ref) => [ref.body, ref.response].filter((id): id is string => id !== undefined));
  const schemas = reachableFrom(['ApiErrorBody', ...roots], mergeIdenticalInputs(output.convert(), input.convert()));

  const paths: Record<string, Record<string, Json>> = {};
  for (const [operationId, operation] of Object.entries(OPERATIONS) as [string, Operation][]) {
    const item = (paths[operation.path] ??= {});
    item[operation.method.toLowerCase()] = describeOperation(operationId, operation, refs[operationId] ?? {});
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'JRMC API',
      version: options.version ?? '1',
      description:
        'Send insurance-termination letters (LRE), borrower-insurance substitution letters and paper mail through JRMC. ' +
        'Generated from the zod schemas of @jrmc/core. Calendar dates are YYYY-MM-DD in Europe/Paris; amounts are integer cents (EUR). ' +
        'Responses never carry a property their schema does not declare; request bodies may, and unknown properties are ignored.',
    },
    servers: [{ url: options.serverUrl ?? 'http://localhost:4010', description: 'JRMC sandbox' }],
    security: [{ bearer: [] }],
    components: {
      securitySchemes: {
        bearer: { type: 'http', scheme: 'bearer', description: 'The account API key (server side) or a session token from POST /v1/sessions (browsers).' },
      },
      schemas,
      parameters: {
        IdempotencyKey: {
          name: 'Idempotency-Key',
          in: 'header',
          required: false,
          description: 'Makes a mutation safe to retry: the same key and body replay the first response; a different body is refused (409).',
          schema: { type: 'string', maxLength: 255 },
        },
      },
    },
    paths,
  };
}

function describeOperation(operationId: string, operation: Operation, refs: { body?: string; response?: string }): Json {
  const parameters: Json[] = [...operation.path.matchAll(/\{(\w+)\}/g)].map((match) => ({ name: match[1], in: 'path', required: true, schema: { type: 'string' } }));
  if (operation.query) {
    const query = jsonSchema(operation.query, 'input') as { properties?: Record<string, Json>; required?: string[] };
    for (const [name, schema] of Object.entries(query.properties ?? {})) {
      parameters.push({ name, in: 'query', required: query.required?.includes(name) ?? false, schema });
    }
  }
  if (operation.method !== 'GET') parameters.push({ $ref: '#/components/parameters/IdempotencyKey' });
  const success =
    operation.response === 'pdf'
      ? { description: 'PDF document', content: { 'application/pdf': { schema: { type: 'string', format: 'binary' } } } }
      : { description: 'Success', content: { 'application/json': { schema: ref(refs.response) } } };
  const errors = Object.fromEntries(
    [...new Set(Object.values(ERROR_STATUS))].map((status) => [String(status), { description: 'Error', content: { 'application/json': { schema: { $ref: '#/components/schemas/ApiErrorBody' } } } }]),
  );
  return {
    operationId,
    summary: operation.summary,
    tags: [operation.tag],
    ...(operation.scope ? { 'x-session-scope': operation.scope } : { 'x-api-key-only': true }),
    parameters,
    ...(refs.body ? { requestBody: { required: true, content: { 'application/json': { schema: ref(refs.body) } } } } : {}),
    responses: { [String(operation.status)]: success, ...errors },
  };
}

const INPUT_SUFFIX = 'Input';
const REF_PREFIX = '#/components/schemas/';

// A zod registry converted to named JSON Schemas in one direction.
class SchemaSet {
  readonly #registry = z.registry<{ id: string }>();
  readonly #idOf = new Map<z.ZodMiniType, string>();

  constructor(readonly io: 'input' | 'output') {}

  register(schema: z.ZodMiniType, id: string): string {
    const known = this.#idOf.get(schema);
    if (known) return known;
    this.#registry.add(schema, { id });
    this.#idOf.set(schema, id);
    return id;
  }

  convert(): Record<string, Json> {
    const converted = z.toJSONSchema(this.#registry, { io: this.io, uri: (id) => `${REF_PREFIX}${id}`, unrepresentable: 'any', target: 'draft-2020-12' }) as {
      schemas: Record<string, Json>;
    };
    return Object.fromEntries(Object.entries(converted.schemas).map(([id, { $schema: _dialect, $id: _id, ...schema }]) => [id, schema]));
  }
}

// Keeps one component where reading and writing a shared schema look the same (a date, an enum, a union of
// them): `XInput` is dropped for `X` when equal once its own references are merged, repeated to a fixpoint.
function mergeIdenticalInputs(output: Record<string, Json>, input: Record<string, Json>): Record<string, Json> {
  const named = Object.keys(input).filter((id) => id.endsWith(INPUT_SUFFIX) && id.slice(0, -INPUT_SUFFIX.length) in output);
  const merged = new Set<string>();
  const rename = (schema: unknown) => renameRefs(schema, (id) => (merged.has(id) ? id.slice(0, -INPUT_SUFFIX.length) : id));
  for (let changed = true; changed; ) {
    changed = false;
    for (const id of named) {
      if (merged.has(id) || JSON.stringify(rename(input[id])) !== JSON.stringify(output[id.slice(0, -INPUT_SUFFIX.length)])) continue;
      merged.add(id);
      changed = true;
    }
  }
  const inputs = Object.fromEntries(Object.entries(input).filter(([id]) => !merged.has(id)).map(([id, schema]) => [id, rename(schema) as Json]));
  return { ...output, ...inputs };
}

// Only components some operation uses, directly or through other components.
function reachableFrom(roots: string[], schemas: Record<string, Json>): Record<string, Json> {
  const seen = new Set<string>();
  const visit = (id: string) => {
    if (seen.has(id) || !(id in schemas)) return;
    seen.add(id);
    renameRefs(schemas[id], (target) => (visit(target), target));
  };
  roots.forEach(visit);
  return Object.fromEntries(Object.entries(schemas).filter(([id]) => seen.has(id)));
}

function renameRefs(schema: unknown, rename: (id: string) => string): unknown {
  if (Array.isArray(schema)) return schema.map((item) => renameRefs(item, rename));
  if (schema === null || typeof schema !== 'object') return schema;
  return Object.fromEntries(
    Object.entries(schema).map(([key, value]) =>
      key === '$ref' && typeof value === 'string' && value.startsWith(REF_PREFIX) ? [key, `${REF_PREFIX}${rename(value.slice(REF_PREFIX.length))}`] : [key, renameRefs(value, rename)],
    ),
  );
}

function ref(id: string | undefined): Json {
  return { $ref: `#/components/schemas/${id}` };
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function jsonSchema(schema: z.ZodMiniType, io: 'input' | 'output'): Json {
  const { $schema: _dialect, ...rest } = z.toJSONSchema(schema, { io, unrepresentable: 'any', target: 'draft-2020-12' }) as Json;
  return rest;
}
