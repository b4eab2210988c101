// Checks live HTTP responses against docs/openapi.json with Ajv — an implementation independent of the zod
// schemas the document was generated from, so a bug in the generator or in zod cannot hide a mismatch.
import { readFileSync } from 'node:fs';
import { Ajv2020, type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';

const DOCUMENT_ID = 'https://jrmc.test/openapi.json';

interface MediaType {
  schema?: Record<string, unknown>;
}
interface DocumentedResponse {
  content?: Record<string, MediaType>;
}
interface DocumentedOperation {
  operationId: string;
  requestBody?: { content: Record<string, MediaType> };
  responses: Record<string, DocumentedResponse>;
}
interface OpenApiDocument {
  paths: Record<string, Record<string, DocumentedOperation>>;
  components: { schemas: Record<string, unknown> };
}

/** One way a live exchange disagrees with the document. */
export interface Mismatch {
  operationId: string;
  /** What was checked: the response, or the request body the flow sent. */
  side: 'request' | 'response';
  status: number;
  detail: string;
}

/** A raw HTTP exchange, after checking. */
export interface Exchange {
  operationId: string;
  status: number;
  json: any;
  bytes: Uint8Array;
}

/** The document, read from disk the way an integrator gets it. */
export function readOpenApiDocument(): OpenApiDocument {
  return JSON.parse(readFileSync(new URL('../../../docs/openapi.json', import.meta.url), 'utf8')) as OpenApiDocument;
}

/**
 * Calls the API with raw `fetch` and checks every exchange against the document: the operation must exist, the
 * status must be documented for it, the content type must be a documented one, and a JSON body must validate
 * against the documented schema ($refs resolved by Ajv). Mismatches are collected, not thrown, so one run
 * lists them all; `exercised` holds the operations that answered their documented success.
 */
export class ConformanceChecker {
  readonly mismatches: Mismatch[] = [];
  readonly exercised = new Set<string>();
  /** The last status each operation answered, to explain a missing success. */
  readonly lastStatus = new Map<string, number>();
  /** Every call made, in order, with its status: a flow asserts its own steps succeeded. */
  readonly calls: Array<{ call: string; status: number; body: string }> = [];
  readonly #ajv: Ajv2020;
  readonly #routes: Array<{ method: string; pattern: RegExp; pointer: string; operation: DocumentedOperation }>;
  readonly #validators = new Map<string, ValidateFunction>();

  constructor(
    readonly document: OpenApiDocument,
    readonly baseUrl: string,
    readonly bearer: string,
  ) {
    // strict: an unknown keyword or format in the document is an error in the document, not something to skip.
    this.#ajv = new Ajv2020({ strict: true, allowUnionTypes: true, allErrors: true, validateFormats: true });
    addFormats(this.#ajv);
    // Only the components are registered as a schema resource: the rest of the document is not JSON Schema.
    this.#ajv.addKeyword('components');
    this.#ajv.addSchema({ $id: DOCUMENT_ID, components: { schemas: document.components.schemas } });
    this.#routes = Object.entries(document.paths).flatMap(([path, item]) =>
      Object.entries(item).map(([method, operation]) => ({
        method: method.toUpperCase(),
        pattern: new RegExp(`^${path.replace(/\{\w+\}/g, '[^/]+')}$`),
        pointer: `${path.replaceAll('~', '~0').replaceAll('/', '~1')}/${method}`,
        operation,
      })),
    );
  }

  /** Every operationId the document declares. */
  documentedOperations(): string[] {
    return this.#routes.map((route) => route.operation.operationId);
  }

  async call(method: string, pathAndQuery: string, options: { body?: unknown; bearer?: string } = {}): Promise<Exchange> {
    const pathname = pathAndQuery.split('?')[0]!;
    const route = this.#routes.find((candidate) => candidate.method === method && candidate.pattern.test(pathname));
    if (!route) throw new Error(`${method} ${pathname} is not in the OpenAPI document`);
    const { operationId } = route.operation;
    const headers: Record<string, string> = { Authorization: `Bearer ${options.bearer ?? this.bearer}` };
    if (options.body !== undefined) {
      headers['Content-Type'] = 'application/json';
      this.#checkRequest(route, options.body);
    }
    const response = await fetch(`${this.baseUrl}${pathAndQuery}`, {
      method,
      headers,
      ...(options.body !== undefined ? { body: JSON.stringify(options.body) } : {}),
    });
    const bytes = new Uint8Array(await response.arrayBuffer());
    const exchange: Exchange = { operationId, status: response.status, json: undefined, bytes };
    this.lastStatus.set(operationId, response.status);
    this.calls.push({ call: `${method} ${pathAndQuery}`, status: response.status, body: response.status >= 400 ? new TextDecoder().decode(bytes).slice(0, 300) : '' });
    const fail = (detail: string) => this.mismatches.push({ operationId, side: 'response', status: response.status, detail });

    const documented = route.operation.responses[String(response.status)];
    if (!documented) {
      fail(`status ${response.status} is not documented (documented: ${Object.keys(route.operation.responses).join(', ')})`);
      return exchange;
    }
    const mediaType = (response.headers.get('content-type') ?? '').split(';')[0]!.trim();
    const content = documented.content ?? {};
    if (Object.keys(content).length === 0) {
      if (bytes.length > 0) fail(`a body was sent where none is documented`);
    } else if (!(mediaType in content)) {
      fail(`content type "${mediaType}" is not documented (documented: ${Object.keys(content).join(', ')})`);
    } else if (mediaType === 'application/json') {
      try {
        exchange.json = JSON.parse(new TextDecoder().decode(bytes));
      } catch {
        fail('the body is not JSON');
        return exchange;
      }
      const validate = this.#validator(`${route.pointer}/responses/${response.status}/content/application~1json/schema`);
      if (!validate(exchange.json)) for (const error of validate.errors ?? []) fail(describe(error));
    } else if (mediaType === 'application/pdf') {
      if (new TextDecoder().decode(bytes.subarray(0, 5)) !== '%PDF-') fail('the body is not a PDF (no %PDF- header)');
    }
    // Exercised means the operation answered a success: its documented success schema was checked.
    if (response.status >= 200 && response.status < 300) this.exercised.add(operationId);
    return exchange;
  }

  #checkRequest(route: { pointer: string; operation: DocumentedOperation }, body: unknown): void {
    if (!route.operation.requestBody?.content['application/json']) {
      this.mismatches.push({ operationId: route.operation.operationId, side: 'request', status: 0, detail: 'a JSON body was sent where none is documented' });
      return;
    }
    const validate = this.#validator(`${route.pointer}/requestBody/content/application~1json/schema`);
    if (!validate(body)) {
      for (const error of validate.errors ?? []) this.mismatches.push({ operationId: route.operation.operationId, side: 'request', status: 0, detail: describe(error) });
    }
  }

  // The schema at a JSON pointer into the document; its "#/components/…" $refs resolve inside DOCUMENT_ID.
  #validator(pointer: string): ValidateFunction {
    let validate = this.#validators.get(pointer);
    if (!validate) {
      const schema = pointer.split('/').reduce<any>((node, token) => node?.[token.replaceAll('~1', '/').replaceAll('~0', '~')], this.document.paths);
      if (!schema) throw new Error(`No schema at #/paths/${pointer}`);
      validate = this.#ajv.compile({ $id: `${DOCUMENT_ID.replace('.json', '')}/${this.#validators.size}.json`, ...rebase(schema) });
      this.#validators.set(pointer, validate);
    }
    return validate;
  }
}

// A schema lifted out of the document: point its local refs at the registered document.
function rebase(schema: unknown): any {
  if (Array.isArray(schema)) return schema.map(rebase);
  if (schema && typeof schema === 'object') {
    return Object.fromEntries(Object.entries(schema).map(([key, value]) => [key, key === '$ref' && typeof value === 'string' && value.startsWith('#/') ? `${DOCUMENT_ID}${value}` : rebase(value)]));
  }
  return schema;
}

function describe(error: ErrorObject): string {
  const where = error.instancePath || '/';
  if (error.keyword === 'additionalProperties') return `${where}: undeclared property "${(error.params as { additionalProperty: string }).additionalProperty}"`;
  return `${where}: ${error.message ?? error.keyword} (${error.schemaPath})`;
}
