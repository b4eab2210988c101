import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, it } from 'node:test';
import { setupServer } from 'msw/node';
import { createJrmcClient } from '@jrmc/core';
import { createDemoAccount, createSandbox } from '../src/index.js';
import { createSandboxHandlers } from '../src/msw.js';
import { startTestSandbox } from './helpers.js';

describe('the sandbox’s ways in', () => {
  it('msw handlers serve the same API in memory, under a path prefix', async () => {
    const { handlers, sandbox } = createSandboxHandlers({ baseUrl: 'https://sandbox.jrmc.test/api', frozen: true, startAt: new Date('2026-11-30T09:00:00Z') });
    const { apiKey } = createDemoAccount(sandbox);
    const server = setupServer(...handlers);
    server.listen({ onUnhandledRequest: 'error' });
    try {
      const client = createJrmcClient({ baseUrl: 'https://sandbox.jrmc.test/api', apiKey });
      assert.equal((await client.account.retrieve()).name, 'Cabinet Durand Courtage');
      const [axa] = await client.directory.search({ q: 'axa' }).toArray();
      assert.equal(axa?.address.city, 'Nanterre Cedex');
      const letter = await client.letters.create({ reason: 'loi-hamon' });
      const retrieved = await client.letters.retrieve(letter.id);
      assert.ok(retrieved.service === 'termination' && retrieved.reason === 'loi-hamon');
    } finally {
      server.close();
    }
  });

  it('serves its OpenAPI document and answers unknown routes with the error envelope', async () => {
    const sandbox = await startTestSandbox();
    try {
      const document = (await (await fetch(`${sandbox.url}/v1/openapi.json`)).json()) as { openapi: string; paths: Record<string, Record<string, unknown>> };
      assert.equal(document.openapi, '3.1.0');
      assert.ok(document.paths['/v1/letters/{letterId}/send']?.post);
      const missing = await fetch(`${sandbox.url}/v1/nope`);
      assert.equal(missing.status, 404);
      const body = (await missing.json()) as { error: { type: string; requestId: string } };
      assert.equal(body.error.type, 'not_found');
      assert.match(missing.headers.get('x-request-id') ?? '', /^req_/);
      assert.equal(body.error.requestId, missing.headers.get('x-request-id'));
    } finally {
      await sandbox.close();
    }
  });

  it('the CLI prints its URL and the demo key, and the key works', async () => {
    const script = fileURLToPath(new URL('../scripts/run-cli.ts', import.meta.url));
    const child = spawn(process.execPath, ['--conditions=@jrmc/source', '--import', 'tsx', script, '--port', '0', '--memory', '--seed', 'demo'], { stdio: ['ignore', 'pipe', 'inherit'] });
    try {
      let output = '';
      const ready = await new Promise<string>((resolve, reject) => {
        child.stdout.on('data', (chunk: Buffer) => {
          output += chunk.toString();
          if (/Demo API key: \S+/.test(output)) resolve(output);
        });
        child.on('exit', (code) => reject(new Error(`CLI exited with ${code}: ${output}`)));
      });
      const url = /listening on (\S+)/.exec(ready)![1]!;
      const apiKey = /Demo API key: (\S+)/.exec(ready)![1]!;
      const client = createJrmcClient({ baseUrl: url, apiKey });
      const account = await client.account.retrieve();
      assert.equal(account.balance, 10_000);
      assert.equal((await client.account.profiles.list()).data.length, 2);
    } finally {
      child.kill('SIGTERM');
    }
  });

  it('rejects a malformed body with every field path', async () => {
    const sandbox = createSandbox();
    const { apiKey } = createDemoAccount(sandbox);
    const response = await sandbox.fetch(
      new Request('http://sandbox/v1/letters', {
        method: 'POST',
        headers: { Authorization: `Bearer ${apiKey}`, 'Content-Type': 'application/json' },
        body: JSON.stringify({ subscriber: { kind: 'company', companyName: '', siret: '12345678901234', address: { line1: 'x', postcode: '1', city: 'y' } } }),
      }),
    );
    assert.equal(response.status, 400);
    const { error } = (await response.json()) as { error: { issues: { path: string[] }[] } };
    assert.deepEqual(error.issues.map((issue) => issue.path.join('.')).sort(), ['subscriber.address.postcode', 'subscriber.companyName', 'subscriber.siret']);
  });
});
