import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import { delay, http, HttpResponse } from 'msw';
import { createJrmcClient, isJrmcNetworkError, isJrmcTimeoutError } from '../../src/index.js';
import { letter } from './fixtures.js';
import { BASE_URL, record, recorded, server } from './mock-api.js';

const errorBody = (type: string) => ({ error: { type, code: type, message: type, requestId: 'r' } });

/** Answers the given responses in order (the last one repeats). */
function sequence(...responses: (() => Response | Promise<Response>)[]) {
  let index = 0;
  server.use(
    http.all(`${BASE_URL}/*`, async ({ request }) => {
      await record(request);
      const respond = responses[Math.min(index, responses.length - 1)]!;
      index += 1;
      return respond();
    }),
  );
}

describe('retries and idempotency', () => {
  const client = (limit = 2) => createJrmcClient({ baseUrl: BASE_URL, apiKey: 'sk_test', retry: { limit, maxDelayMs: 20 } });
  before(() => server.listen({ onUnhandledRequest: 'error' }));
  after(() => server.close());
  beforeEach(() => {
    server.resetHandlers();
    recorded.length = 0;
  });

  it('retries a send after a dropped response with the same idempotency key', async () => {
    sequence(() => HttpResponse.error(), () => HttpResponse.json(letter));
    const result = await client().letters.send('let_1', { mode: 'now' });
    assert.equal(result.id, letter.id);
    assert.equal(recorded.length, 2);
    assert.ok(recorded[0]!.headers['idempotency-key']);
    assert.equal(recorded[1]!.headers['idempotency-key'], recorded[0]!.headers['idempotency-key']);
    assert.deepEqual(recorded[1]!.body, recorded[0]!.body);
  });

  it('gives each call its own key', async () => {
    sequence(() => HttpResponse.json(letter));
    await client().letters.cancel('let_1');
    await client().letters.cancel('let_1');
    assert.notEqual(recorded[0]!.headers['idempotency-key'], recorded[1]!.headers['idempotency-key']);
  });

  for (const status of [408, 429, 500, 502, 503, 504]) {
    it(`retries ${status}`, async () => {
      sequence(() => HttpResponse.json(errorBody('server'), { status }), () => HttpResponse.json(letter));
      await client().letters.retrieve('let_1');
      assert.equal(recorded.length, 2);
    });
  }

  for (const [status, type] of [[400, 'invalid_request'], [401, 'authentication'], [403, 'permission'], [404, 'not_found'], [409, 'conflict'], [422, 'rule_violation']] as const) {
    it(`never retries ${status}`, async () => {
      sequence(() => HttpResponse.json(errorBody(type), { status }), () => HttpResponse.json(letter));
      await assert.rejects(client().letters.send('let_1', { mode: 'now' }));
      assert.equal(recorded.length, 1);
    });
  }

  it('waits as long as Retry-After says', async () => {
    sequence(() => HttpResponse.json(errorBody('rate_limit'), { status: 429, headers: { 'Retry-After': '1' } }), () => HttpResponse.json(letter));
    const started = Date.now();
    await client().letters.retrieve('let_1');
    // maxDelayMs (20 ms) bounds computed backoff, not the server's explicit hint.
    assert.ok(Date.now() - started >= 950, `waited ${Date.now() - started} ms`);
  });

  it('stops after the retry limit with a network error', async () => {
    sequence(() => HttpResponse.error());
    await assert.rejects(client(2).account.retrieve(), (error: unknown) => isJrmcNetworkError(error) && error.request === 'GET /v1/account');
    assert.equal(recorded.length, 3);
  });

  it('times out an attempt that takes too long', async () => {
    server.use(http.all(`${BASE_URL}/*`, async () => {
      await delay(500);
      return HttpResponse.json(letter);
    }));
    const slow = createJrmcClient({ baseUrl: BASE_URL, apiKey: 'sk_test', timeout: 50, retry: { limit: 0 } });
    await assert.rejects(slow.letters.retrieve('let_1'), (error: unknown) => isJrmcTimeoutError(error) && error.timeoutMs === 50);
  });

  it('lets the caller abort, and never sends an aborted request again', async () => {
    const controller = new AbortController();
    server.use(http.all(`${BASE_URL}/*`, async ({ request }) => {
      await record(request);
      controller.abort();
      await delay(500);
      return HttpResponse.json(letter);
    }));
    await assert.rejects(client().letters.retrieve('let_1', { signal: controller.signal }), (error: unknown) => (error as Error).name === 'AbortError');
    await delay(60);
    assert.equal(recorded.length, 1);
  });

  it('reads a gateway page that is not JSON as a server error after the retries', async () => {
    sequence(() => new HttpResponse('<html>Bad gateway</html>', { status: 502, headers: { 'Content-Type': 'text/html' } }));
    await assert.rejects(client(1).letters.retrieve('let_1'), (error: unknown) => (error as Error).name === 'ServerError' && (error as { status: number }).status === 502);
    assert.equal(recorded.length, 2);
  });
});
