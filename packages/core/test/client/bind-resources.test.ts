// A client with only the resources a page calls: the same requests as the full client, one connection shared by
// every resource (one token, one retry policy), and a bundle that leaves the other resources and their routes out.
import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { bindResources, createJrmcClient, createJrmcConnection, CreditResource, isConfigurationError, LettersResource } from '../../src/client/index.js';
import { BASE_URL, recorded, server } from './mock-api.js';

describe('bindResources', () => {
  before(() => server.listen({ onUnhandledRequest: 'error' }));
  after(() => server.close());
  beforeEach(() => (recorded.length = 0));

  it('gives each named resource, and only those, frozen', () => {
    const bound = bindResources(createJrmcConnection({ baseUrl: BASE_URL, apiKey: 'sk_test_1' }), { credit: CreditResource, letters: LettersResource });
    assert.deepEqual(Object.keys(bound).sort(), ['credit', 'letters']);
    assert.ok(bound.credit instanceof CreditResource);
    assert.ok(Object.isFrozen(bound));
  });

  it('sends exactly what the full client sends', async () => {
    const connection = createJrmcConnection({ baseUrl: BASE_URL, apiKey: 'sk_test_1', retry: { limit: 0 } });
    await bindResources(connection, { letters: LettersResource }).letters.quote('let_1', { mode: 'now' });
    await createJrmcClient({ baseUrl: BASE_URL, apiKey: 'sk_test_1', retry: { limit: 0 } }).letters.quote('let_1', { mode: 'now' });
    const [bound, full] = recorded;
    assert.equal(bound!.method, 'POST');
    assert.equal(bound!.path, '/v1/letters/let_1/quote');
    assert.deepEqual({ ...bound, headers: { ...bound!.headers, 'idempotency-key': '' } }, { ...full, headers: { ...full!.headers, 'idempotency-key': '' } });
  });

  it('shares one connection: resources bound separately use one session token', async () => {
    let minted = 0;
    const connection = createJrmcConnection({ baseUrl: BASE_URL, getToken: () => ({ token: `tok_${++minted}`, expiresAt: new Date(Date.now() + 600_000).toISOString() }) });
    const { credit } = bindResources(connection, { credit: CreditResource });
    const { letters } = bindResources(connection, { letters: LettersResource });
    await credit.retrieve();
    await letters.retrieve('let_1');
    assert.equal(minted, 1);
    assert.deepEqual(recorded.map((request) => request.headers.authorization), ['Bearer tok_1', 'Bearer tok_1']);
  });

  it('the full client exposes its connection, so lighter clients can share it', async () => {
    const client = createJrmcClient({ baseUrl: BASE_URL, apiKey: 'sk_test_1' });
    await bindResources(client.connection, { credit: CreditResource }).credit.retrieve();
    assert.equal(recorded[0]!.headers.authorization, 'Bearer sk_test_1');
  });

  it('checks the options once, when the connection opens', () => {
    assert.throws(() => createJrmcConnection({ baseUrl: 'ftp://x', apiKey: 'k' }), (error: unknown) => isConfigurationError(error) && error.option === 'baseUrl');
  });
});

describe('what a page binding one resource bundles', () => {
  const clientDir = fileURLToPath(new URL('../../src/client/', import.meta.url));
  const bundle = async (contents: string) => {
    const result = await build({
      stdin: { contents, resolveDir: clientDir, loader: 'ts' },
      bundle: true,
      write: false,
      minify: true,
      format: 'esm',
      platform: 'browser',
      conditions: ['@jrmc/source', 'browser', 'production'],
      external: ['ky'],
      logLevel: 'silent',
    });
    return result.outputFiles[0]!.text;
  };

  it('carries the credit routes, not the letters routes nor the other resources', async () => {
    const code = await bundle("import { bindResources, createJrmcConnection, CreditResource } from './index.ts'; export const c = bindResources(createJrmcConnection({ baseUrl: 'http://x', getToken: () => 't' }), { credit: CreditResource });");
    assert.match(code, /\/v1\/credit\/top-ups/);
    assert.doesNotMatch(code, /\/v1\/letters/);
    assert.doesNotMatch(code, /\/v1\/loan-dossiers/);
  });

  it('the full client carries every route (the check above can fail)', async () => {
    const code = await bundle("export { createJrmcClient } from './index.ts';");
    assert.match(code, /\/v1\/letters\/\{letterId\}\/quote/);
    assert.match(code, /\/v1\/loan-dossiers/);
  });
});
