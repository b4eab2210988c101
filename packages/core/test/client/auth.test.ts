import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import { http, HttpResponse } from 'msw';
import { createJrmcClient, isAuthenticationError, isConfigurationError } from '../../src/index.js';
import { account } from './fixtures.js';
import { BASE_URL, record, recorded, server } from './mock-api.js';

/** An API that accepts only the tokens in `valid`. */
function tokenApi(valid: Set<string>) {
  server.use(
    http.all(`${BASE_URL}/*`, async ({ request }) => {
      await record(request);
      const token = request.headers.get('authorization')?.replace('Bearer ', '') ?? '';
      if (!valid.has(token)) return HttpResponse.json({ error: { type: 'authentication', code: 'token_expired', message: 'Expired', requestId: 'r' } }, { status: 401 });
      return HttpResponse.json(account);
    }),
  );
}

describe('authentication', () => {
  before(() => server.listen({ onUnhandledRequest: 'error' }));
  after(() => server.close());
  beforeEach(() => {
    server.resetHandlers();
    recorded.length = 0;
  });

  it('asks for a new session token after a 401 and retries once', async () => {
    const valid = new Set(['tok_2']);
    tokenApi(valid);
    const issued = ['tok_1', 'tok_2'];
    let calls = 0;
    const client = createJrmcClient({ baseUrl: BASE_URL, getToken: async () => issued[calls++]! });
    assert.equal((await client.account.retrieve()).id, account.id);
    assert.equal(calls, 2);
    assert.deepEqual(recorded.map((r) => r.headers.authorization), ['Bearer tok_1', 'Bearer tok_2']);
  });

  it('does not loop when the fresh token is refused too', async () => {
    tokenApi(new Set());
    let calls = 0;
    const client = createJrmcClient({ baseUrl: BASE_URL, getToken: () => `tok_${++calls}` });
    await assert.rejects(client.account.retrieve(), isAuthenticationError);
    assert.equal(calls, 2);
    assert.equal(recorded.length, 2);
  });

  it('reuses a token until it nearly expires, and shares one refresh between concurrent calls', async () => {
    tokenApi(new Set(['tok_a', 'tok_b']));
    let calls = 0;
    let expiresAt = new Date(Date.now() + 10 * 60_000);
    const client = createJrmcClient({
      baseUrl: BASE_URL,
      getToken: async () => ({ token: calls++ === 0 ? 'tok_a' : 'tok_b', expiresAt }),
    });
    await Promise.all([client.account.retrieve(), client.account.retrieve(), client.account.retrieve()]);
    assert.equal(calls, 1);
    expiresAt = new Date(Date.now() + 10_000); // within the refresh margin
    await client.account.retrieve(); // still tok_a (cached with the old expiry)
    assert.equal(calls, 1);
  });

  it('refreshes a token whose expiry is within the safety margin', async () => {
    tokenApi(new Set(['tok_a', 'tok_b']));
    let calls = 0;
    const client = createJrmcClient({
      baseUrl: BASE_URL,
      getToken: async () => ({ token: calls++ === 0 ? 'tok_a' : 'tok_b', expiresAt: new Date(Date.now() + 5_000).toISOString() }),
    });
    await client.account.retrieve();
    await client.account.retrieve();
    assert.equal(calls, 2);
    assert.deepEqual(recorded.map((r) => r.headers.authorization), ['Bearer tok_a', 'Bearer tok_b']);
  });

  it('refuses options that cannot work, naming the option', () => {
    const refused = (options: object, option: string) =>
      assert.throws(() => createJrmcClient(options as never), (error: unknown) => isConfigurationError(error) && error.option === option);
    refused({ apiKey: 'k' }, 'baseUrl');
    refused({ baseUrl: 'ftp://x', apiKey: 'k' }, 'baseUrl');
    refused({ baseUrl: BASE_URL }, 'apiKey');
    refused({ baseUrl: BASE_URL, apiKey: 'k', getToken: () => 't' }, 'apiKey');
    refused({ baseUrl: BASE_URL, apiKey: 'k', timeout: 0 }, 'timeout');
    refused({ baseUrl: BASE_URL, apiKey: 'k', retry: { limit: -1 } }, 'retry.limit');
  });

  it('refuses an API key where a document exists (a browser)', () => {
    const globals = globalThis as { document?: unknown };
    globals.document = {};
    try {
      assert.throws(() => createJrmcClient({ baseUrl: BASE_URL, apiKey: 'sk_live' }), (error: unknown) => isConfigurationError(error) && error.option === 'apiKey');
      assert.ok(createJrmcClient({ baseUrl: BASE_URL, apiKey: 'sk_internal', dangerouslyAllowApiKeyInBrowser: true }));
      assert.ok(createJrmcClient({ baseUrl: BASE_URL, getToken: () => 'tok' }));
    } finally {
      delete globals.document;
    }
  });
});
