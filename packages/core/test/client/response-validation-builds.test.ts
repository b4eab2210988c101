// Response validation where it pays: on in development builds and tests (the `development` export
// condition, which this suite runs under), off in production builds, which then leave zod and the
// contract's schemas out of the page.
import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { http, HttpResponse } from 'msw';
import { CLIENT_DEFAULTS, createJrmcClient, isConfigurationError, isResponseValidationError, type ResponseValidator } from '../../src/client/index.js';
import { normalizeClientOptions } from '../../src/client/options.js';
import { OPERATION_ROUTES } from '../../src/client/operation-routes.js';
import { OPERATIONS, validateResponseWithContract } from '../../src/contract/index.js';
import { letter } from './fixtures.js';
import { BASE_URL, server } from './mock-api.js';

const clientDir = fileURLToPath(new URL('../../src/client/', import.meta.url));
// What a page takes from the client: the client and its typed errors (webhook verification is server code).
const PAGE_IMPORTS = "export { createJrmcClient } from './index.ts'; export * from './errors/index.ts';";

/** The modules whose code a browser bundle of PAGE_IMPORTS contains, dynamic imports included. */
async function bundledModules(conditions: string[]): Promise<string[]> {
  const result = await build({
    stdin: { contents: PAGE_IMPORTS, resolveDir: clientDir, loader: 'ts' },
    bundle: true,
    write: false,
    metafile: true,
    format: 'esm',
    platform: 'browser',
    conditions,
    external: ['ky'],
    logLevel: 'silent',
  });
  const [output] = Object.values(result.metafile.outputs);
  return Object.entries(output!.inputs).filter(([, { bytesInOutput }]) => bytesInOutput > 0).map(([path]) => path);
}

describe('what a build of the client contains', () => {
  it('a production build imports neither zod nor the contract schemas, not even lazily', async () => {
    const modules = await bundledModules(['@jrmc/source', 'browser', 'production']);
    assert.deepEqual(modules.filter((path) => /zod/.test(path)), []);
    // Only the zod-free error table of the contract is allowed in.
    assert.deepEqual(modules.filter((path) => /src\/contract\//.test(path)).map((path) => path.replace(/.*src\/contract\//, '')), ['error-types.ts']);
    assert.ok(modules.some((path) => path.endsWith('default-response-validator.production.ts')));
  });

  it('a development build brings the contract schemas (the check above can fail)', async () => {
    const modules = await bundledModules(['@jrmc/source', 'browser', 'development']);
    assert.ok(modules.some((path) => /zod/.test(path)));
    assert.ok(modules.some((path) => path.endsWith('src/contract/operations.ts')));
  });
});

describe('the client route table', () => {
  it('has every operation of the contract, with its method, path and PDF answers', () => {
    const expected = Object.fromEntries(
      Object.entries(OPERATIONS).map(([id, { method, path, response }]) => [id, response === 'pdf' ? { id, method, path, pdf: true } : { id, method, path }]),
    );
    assert.deepEqual(OPERATION_ROUTES, expected);
  });
});

describe('validateResponses', () => {
  before(() => server.listen({ onUnhandledRequest: 'error' }));
  after(() => server.close());
  beforeEach(() => server.resetHandlers());
  const malformed = { ...letter, status: 'lost' };

  it('is on by default under the development condition, and rejects a malformed answer', async () => {
    assert.equal(CLIENT_DEFAULTS.validateResponses, true);
    server.use(http.get(`${BASE_URL}/v1/letters/let_1`, () => HttpResponse.json(malformed)));
    const client = createJrmcClient({ baseUrl: BASE_URL, apiKey: 'sk_test' });
    await assert.rejects(client.letters.retrieve('let_1'), (error: unknown) => isResponseValidationError(error) && error.issues.some((issue) => issue.path.join('.') === 'status'));
  });

  it('in a production build: off by default, and `true` is refused with the way to turn it on', () => {
    const base = { baseUrl: BASE_URL, apiKey: 'sk_test' };
    assert.equal(normalizeClientOptions(base, null).responseValidator, undefined);
    assert.equal(normalizeClientOptions({ ...base, validateResponses: false }).responseValidator, undefined);
    assert.throws(
      () => normalizeClientOptions({ ...base, validateResponses: true }, null),
      (error: unknown) => isConfigurationError(error) && error.option === 'validateResponses' && /validateResponseWithContract/.test(error.message),
    );
    assert.throws(
      () => normalizeClientOptions({ ...base, validateResponses: 'yes' as unknown as boolean }),
      (error: unknown) => isConfigurationError(error) && error.option === 'validateResponses',
    );
    assert.equal(normalizeClientOptions({ ...base, validateResponses: validateResponseWithContract }, null).responseValidator, validateResponseWithContract);
  });

  it('takes the contract validator explicitly, as a production page that wants validation does', async () => {
    server.use(http.get(`${BASE_URL}/v1/letters/let_1`, () => HttpResponse.json(malformed)));
    server.use(http.get(`${BASE_URL}/v1/letters/let_2`, () => HttpResponse.json({ ...letter, id: 'let_2', unknownField: 1 })));
    const client = createJrmcClient({ baseUrl: BASE_URL, apiKey: 'sk_test', validateResponses: validateResponseWithContract });
    await assert.rejects(client.letters.retrieve('let_1'), isResponseValidationError);
    const valid = await client.letters.retrieve('let_2');
    assert.equal(valid.id, 'let_2');
    assert.equal('unknownField' in valid, false, 'the contract keeps only the fields it describes');
  });

  it('calls a validator of the partner’s own with the operation name and the body', async () => {
    server.use(http.get(`${BASE_URL}/v1/letters/let_1`, () => HttpResponse.json(letter)));
    const seen: string[] = [];
    const refuseAll: ResponseValidator = (operationId, body) => {
      seen.push(`${operationId} ${(body as { id: string }).id}`);
      return { valid: false, issues: [{ path: ['id'], code: 'custom', message: 'refused by the test' }] };
    };
    const client = createJrmcClient({ baseUrl: BASE_URL, apiKey: 'sk_test', validateResponses: refuseAll });
    await assert.rejects(client.letters.retrieve('let_1'), (error: unknown) => isResponseValidationError(error) && error.issues[0]?.message === 'refused by the test');
    assert.deepEqual(seen, [`getLetter ${letter.id}`]);
  });
});
