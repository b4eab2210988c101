// Runs the built CLI (bin → dist) the way an integrator's CI would: no TypeScript, no source condition.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, it } from 'node:test';

describe('@jrmc/sandbox as built', () => {
  it('jrmc-sandbox starts, prints its URL and demo key, and serves the API', async () => {
    const bin = fileURLToPath(new URL('../../bin/jrmc-sandbox.mjs', import.meta.url));
    const child = spawn(process.execPath, [bin, '--port', '0', '--memory', '--seed', 'demo'], { stdio: ['ignore', 'pipe', 'inherit'] });
    try {
      let output = '';
      await new Promise((resolve, reject) => {
        child.stdout.on('data', (chunk) => {
          output += chunk;
          if (/Demo API key: \S+/.test(output)) resolve(undefined);
        });
        child.on('exit', (code) => reject(new Error(`exited with ${code}: ${output}`)));
      });
      const url = /listening on (\S+)/.exec(output)[1];
      const key = /Demo API key: (\S+)/.exec(output)[1];
      const response = await fetch(`${url}/v1/credit`, { headers: { Authorization: `Bearer ${key}` } });
      assert.deepEqual(await response.json(), { balance: 10000, currency: 'EUR' });
    } finally {
      child.kill('SIGTERM');
    }
  });

  it('exports the sandbox API from dist', async () => {
    const { createSandbox, createDemoAccount } = await import('@jrmc/sandbox');
    const sandbox = createSandbox();
    const { apiKey } = createDemoAccount(sandbox);
    const response = await sandbox.fetch(new Request('http://x/v1/account', { headers: { Authorization: `Bearer ${apiKey}` } }));
    assert.equal(response.status, 200);
  });
});
