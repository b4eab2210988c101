import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import { http, HttpResponse } from 'msw';
import { createJrmcClient, isResponseValidationError } from '../../src/index.js';
import { letter, letterSummary } from './fixtures.js';
import { BASE_URL, record, recorded, server } from './mock-api.js';

/** A history of `total` letters served `pageSize` at a time with opaque cursors. */
function history(total: number, pageSize: number) {
  server.use(
    http.get(`${BASE_URL}/v1/letters`, async ({ request }) => {
      await record(request);
      const cursor = new URL(request.url).searchParams.get('cursor');
      const start = cursor ? Number(atob(cursor)) : 0;
      const data = Array.from({ length: Math.min(pageSize, total - start) }, (_, i) => ({ ...letterSummary, id: `let_${start + i}` }));
      const next = start + pageSize < total ? btoa(String(start + pageSize)) : null;
      return HttpResponse.json({ data, nextCursor: next });
    }),
  );
}

describe('pagination', () => {
  const client = () => createJrmcClient({ baseUrl: BASE_URL, apiKey: 'sk_test' });
  before(() => server.listen({ onUnhandledRequest: 'error' }));
  after(() => server.close());
  beforeEach(() => {
    server.resetHandlers();
    recorded.length = 0;
  });

  it('walks every page with for await, keeping the filters', async () => {
    history(7, 3);
    const ids: string[] = [];
    for await (const item of client().letters.list({ status: 'draft', limit: 3 })) ids.push(item.id);
    assert.deepEqual(ids, ['let_0', 'let_1', 'let_2', 'let_3', 'let_4', 'let_5', 'let_6']);
    assert.equal(recorded.length, 3);
    assert.ok(recorded.every((r) => r.query.status === 'draft' && r.query.limit === '3'));
    assert.equal(recorded[0]!.query.cursor, undefined);
  });

  it('toArray({ limit }) fetches only the pages it needs', async () => {
    history(100, 10);
    const items = await client().letters.list({ limit: 10 }).toArray({ limit: 15 });
    assert.equal(items.length, 15);
    assert.equal(recorded.length, 2);
  });

  it('handles an empty list', async () => {
    history(0, 10);
    assert.deepEqual(await client().letters.list().toArray(), []);
  });
});

describe('response validation', () => {
  before(() => server.listen({ onUnhandledRequest: 'error' }));
  after(() => server.close());
  beforeEach(() => server.resetHandlers());

  it('refuses an answer that breaks the contract, saying where', async () => {
    server.use(http.get(`${BASE_URL}/v1/letters/let_1`, () => HttpResponse.json({ ...letter, status: 'lost', price: { exclVat: 14.9 } })));
    const client = createJrmcClient({ baseUrl: BASE_URL, apiKey: 'sk_test' });
    await assert.rejects(client.letters.retrieve('let_1'), (error: unknown) => {
      assert.ok(isResponseValidationError(error));
      const paths = error.issues.map((issue) => issue.path.join('.'));
      assert.ok(paths.includes('status'), paths.join());
      assert.equal(error.request, 'GET /v1/letters/let_1');
      return true;
    });
  });

  it('passes the body through untouched when validation is off', async () => {
    const odd = { ...letter, status: 'lost' };
    server.use(http.get(`${BASE_URL}/v1/letters/let_1`, () => HttpResponse.json(odd)));
    const client = createJrmcClient({ baseUrl: BASE_URL, apiKey: 'sk_test', validateResponses: false });
    assert.deepEqual(await client.letters.retrieve('let_1'), odd);
  });
});
