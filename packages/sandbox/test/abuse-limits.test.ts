import { samplePdfBase64 } from './sample-pdf.js';
import assert from 'node:assert/strict';
import { request as httpRequest } from 'node:http';
import { describe, it } from 'node:test';
import { createJrmcClient } from '@jrmc/core';
import { startTestSandbox } from './helpers.js';

const samplePdf = samplePdfBase64();

function headersOf(apiKey: string, extra: Record<string, string> = {}): Record<string, string> {
  return { Authorization: `Bearer ${apiKey}`, 'Content-Type': 'application/json', ...extra };
}

/** A raw request through node:http, so the test controls Host and chunked bodies. */
function rawRequest(url: string, options: { method: string; headers: Record<string, string>; chunks?: string[] }): Promise<{ status: number; body: string; headers: Record<string, unknown> }> {
  return new Promise((resolve, reject) => {
    const request = httpRequest(url, { method: options.method, headers: options.headers }, (response) => {
      let body = '';
      response.on('data', (chunk) => (body += chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, body, headers: response.headers }));
    });
    request.on('error', reject);
    for (const chunk of options.chunks ?? []) request.write(chunk);
    request.end();
  });
}

describe('idempotency without races', () => {
  it('two concurrent paper-mail creations with one key make one letter, with the same answer', async () => {
    const sandbox = await startTestSandbox();
    try {
      const body = JSON.stringify({
        product: 'recommande-ar',
        addressee: { name: 'Mairie de Lyon', address: { line1: '1 place de la Comédie', postcode: '69001', city: 'Lyon' } },
        document: { filename: 'courrier.pdf', contentBase64: samplePdf },
      });
      const send = () => fetch(`${sandbox.url}/v1/paper-mail`, { method: 'POST', headers: headersOf(sandbox.apiKey, { 'Idempotency-Key': 'paper-1' }), body });
      const [first, second] = await Promise.all([send(), send()]);
      assert.equal(first.status, 201);
      assert.equal(second.status, 201);
      const [a, b] = [(await first.json()) as { id: string }, (await second.json()) as { id: string }];
      assert.equal(a.id, b.id);
      assert.equal((await sandbox.client.letters.list().toArray()).length, 1);
    } finally {
      await sandbox.close();
    }
  });

  it('five concurrent clock advances of one day with one key move the clock one day', async () => {
    const sandbox = await startTestSandbox();
    try {
      const before = Date.parse((await sandbox.client.sandbox.clock()).now);
      const advance = () => fetch(`${sandbox.url}/v1/sandbox/clock`, { method: 'POST', headers: headersOf(sandbox.apiKey, { 'Idempotency-Key': 'clock-1' }), body: '{"days":1}' });
      const answers = await Promise.all(Array.from({ length: 5 }, advance));
      const bodies = await Promise.all(answers.map((answer) => answer.json() as Promise<{ now: string }>));
      assert.ok(answers.every((answer) => answer.status === 200));
      assert.equal(new Set(bodies.map((body) => body.now)).size, 1, 'the same answer for all');
      assert.equal(Date.parse((await sandbox.client.sandbox.clock()).now) - before, 86_400_000);
      // Without a key, five advances are five days.
      await Promise.all(Array.from({ length: 5 }, () => sandbox.client.sandbox.advanceClock({ days: 1 })));
      assert.equal(Date.parse((await sandbox.client.sandbox.clock()).now) - before, 6 * 86_400_000);
    } finally {
      await sandbox.close();
    }
  });

  it('idempotency records and expired sessions are purged as the clock passes', async () => {
    const sandbox = await startTestSandbox();
    try {
      await sandbox.client.sessions.create({ ttlSeconds: 60 });
      await fetch(`${sandbox.url}/v1/letters`, { method: 'POST', headers: headersOf(sandbox.apiKey, { 'Idempotency-Key': 'draft-1' }), body: '{}' });
      assert.ok(sandbox.sandbox.store.count('idempotency') >= 1);
      assert.equal(sandbox.sandbox.store.count('sessions'), 1);
      await sandbox.client.sandbox.advanceClock({ days: 2 });
      await sandbox.client.credit.retrieve();
      assert.equal(sandbox.sandbox.store.get('idempotency', `${sandbox.accountId}:draft-1`), undefined, 'the 2-day-old record is gone');
      assert.equal(sandbox.sandbox.store.count('sessions'), 0);
    } finally {
      await sandbox.close();
    }
  });
});

describe('limits', () => {
  it('413 for a JSON body over 1 MB, by Content-Length and by counting a chunked body', async () => {
    const sandbox = await startTestSandbox();
    try {
      const big = JSON.stringify({ name: 'x'.repeat(1024 * 1024 + 10), email: 'a@b.fr' });
      const declared = await fetch(`${sandbox.url}/v1/account/profiles`, { method: 'POST', headers: headersOf(sandbox.apiKey), body: big });
      assert.equal(declared.status, 413);
      assert.equal(((await declared.json()) as { error: { code: string } }).error.code, 'payload_too_large');
      // No Content-Length: a streamed (chunked) body, counted as it arrives.
      let sent = 0;
      const stream = new ReadableStream<Uint8Array>({
        pull(controller) {
          if (sent >= 20) return controller.close();
          sent += 1;
          controller.enqueue(new TextEncoder().encode('x'.repeat(64 * 1024)));
        },
      });
      const chunked = await fetch(`${sandbox.url}/v1/account/profiles`, { method: 'POST', headers: headersOf(sandbox.apiKey), body: stream, duplex: 'half' } as RequestInit);
      assert.equal(chunked.status, 413);
      assert.equal(((await chunked.json()) as { error: { code: string } }).error.code, 'payload_too_large');
      assert.equal((await sandbox.client.account.profiles.list()).data.length, 1, 'nothing was created');
    } finally {
      await sandbox.close();
    }
  });

  it('429 with Retry-After past the per-key rate, and on demand with X-Sandbox-Force-429', async () => {
    const sandbox = await startTestSandbox({ server: { http: { rateLimit: 3, rateWindowMs: 60_000 } } });
    try {
      const forced = await fetch(`${sandbox.url}/v1/credit`, { headers: headersOf(sandbox.apiKey, { 'X-Sandbox-Force-429': '1' }) });
      assert.equal(forced.status, 429);
      assert.equal(forced.headers.get('Retry-After'), '1');
      const statuses: number[] = [];
      for (let index = 0; index < 4; index += 1) statuses.push((await fetch(`${sandbox.url}/v1/credit`, { headers: headersOf(sandbox.apiKey) })).status);
      assert.deepEqual(statuses, [200, 200, 200, 429]);
      const other = createJrmcClient({ baseUrl: sandbox.url, apiKey: 'sk_test_unknown', retry: { limit: 0 } });
      await assert.rejects(other.credit.retrieve(), /Unknown API key/, 'another key has its own budget');
    } finally {
      await sandbox.close();
    }
  });

  it('CORS only for configured origins; Host checked against loopback and configured names', async () => {
    const sandbox = await startTestSandbox();
    try {
      const allowed = await fetch(`${sandbox.url}/v1/credit`, { headers: headersOf(sandbox.apiKey, { Origin: 'http://127.0.0.1:8080' }) });
      assert.equal(allowed.headers.get('Access-Control-Allow-Origin'), 'http://127.0.0.1:8080');
      const foreign = await fetch(`${sandbox.url}/v1/credit`, { headers: headersOf(sandbox.apiKey, { Origin: 'https://evil.example' }) });
      assert.equal(foreign.headers.get('Access-Control-Allow-Origin'), null);
      const rebound = await rawRequest(`${sandbox.url}/v1/credit`, { method: 'GET', headers: { ...headersOf(sandbox.apiKey), Host: 'evil.example' } });
      assert.equal(rebound.status, 403);
      assert.equal((JSON.parse(rebound.body) as { error: { code: string } }).error.code, 'host_not_allowed');
      const local = await rawRequest(`${sandbox.url}/v1/credit`, { method: 'GET', headers: { ...headersOf(sandbox.apiKey), Host: 'localhost:4010' } });
      assert.equal(local.status, 200);
    } finally {
      await sandbox.close();
    }
  });

  it('webhook URLs on link-local, metadata or (without the flag) loopback addresses are refused', async () => {
    const sandbox = await startTestSandbox();
    try {
      for (const url of ['http://169.254.169.254/latest/meta-data', 'http://[fe80::1]/hook', 'http://metadata.google.internal/x', 'http://127.0.0.1:9/hook', 'http://localhost/hook', 'file:///etc/passwd', 'http://[::ffff:169.254.169.254]/']) {
        const response = await fetch(`${sandbox.url}/v1/webhook-endpoints`, { method: 'POST', headers: headersOf(sandbox.apiKey), body: JSON.stringify({ url }) });
        assert.equal(response.status, 400, url);
      }
      const ok = await fetch(`${sandbox.url}/v1/webhook-endpoints`, { method: 'POST', headers: headersOf(sandbox.apiKey), body: JSON.stringify({ url: 'https://hooks.example.com/jrmc' }) });
      assert.equal(ok.status, 201);
    } finally {
      await sandbox.close();
    }
  });
});
