import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { dirname, resolve } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { createJrmcClient } from '@jrmc/core';
import Database from 'better-sqlite3';
import { sql } from 'kysely';
import { ledgerTotal } from '../src/db/ledger-queries.js';
import { startSandboxServer } from '../src/server.js';
import { martin, temporaryDatabase } from './helpers.js';

const PACKAGE = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const KEY = 'sk_test_crash_consistency_0001';

/** Starts the CLI as a child process and resolves with its URL. */
function startChild(database: string): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(
    process.execPath,
    ['--conditions=@jrmc/source', '--import', 'tsx', 'scripts/run-cli.ts', '--port', '0', '--db', database, '--seed', 'demo', '--demo-key', KEY, '--start-at', '2026-11-30T09:00:00Z', '--frozen', '--rate-limit', '0'],
    { cwd: PACKAGE, stdio: ['ignore', 'pipe', 'inherit'] },
  );
  return new Promise((resolvePromise, reject) => {
    let output = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const url = /listening on (\S+)/.exec(output)?.[1];
      if (url) resolvePromise({ child, url });
    });
    child.on('exit', (code) => reject(new Error(`sandbox exited early (${code}): ${output}`)));
  });
}

describe('crash consistency', () => {
  it('kill -9 under concurrent sends: no acknowledged write lost, no sent letter without proofs, ledger balanced', { timeout: 60_000 }, async () => {
    const database = temporaryDatabase();
    const { child, url } = await startChild(database);
    const client = createJrmcClient({ baseUrl: url, apiKey: KEY, retry: { limit: 0 } });
    await client.credit.topUp({ amount: 50_000, paymentToken: 'tok_visa' });
    const acknowledged = new Set<string>();
    let stop = false;
    const writer = async () => {
      while (!stop) {
        try {
          const draft = await client.letters.create({ subscriber: martin, recipientId: 'ins_axa', contracts: [{ number: 'CRASH-1' }], reason: 'custom', customReasonText: 'Départ' });
          const sent = await client.letters.send(draft.id, { mode: 'now' });
          acknowledged.add(sent.id);
        } catch {
          return; // the server is gone
        }
      }
    };
    const writers = Array.from({ length: 6 }, writer);
    // Kill mid-stream: once a few sends were acknowledged (a loaded machine may need longer than a fixed
    // delay), plus a random moment so the kill lands at different points of a send.
    const deadline = Date.now() + 30_000;
    while (acknowledged.size < 8 && Date.now() < deadline) await new Promise((wait) => setTimeout(wait, 50));
    await new Promise((wait) => setTimeout(wait, 200 + Math.floor(Math.random() * 800)));
    child.kill('SIGKILL');
    stop = true;
    await Promise.all(writers);
    assert.ok(acknowledged.size > 3, `only ${acknowledged.size} sends before the kill`);

    const killed = new Database(database, { readonly: true });
    const inOutbox = (killed.prepare('SELECT COUNT(*) AS n FROM letters WHERE needs_proof = 1').get() as { n: number }).n;
    killed.close();
    console.log(`# ${acknowledged.size} acknowledged sends; ${inOutbox} sent letters awaiting their proofs at the kill`);

    const restarted = await startSandboxServer({ port: 0, database, frozen: true });
    try {
      const after = createJrmcClient({ baseUrl: restarted.url, apiKey: KEY });
      for (const id of acknowledged) assert.notEqual((await after.letters.retrieve(id)).status, 'draft', `${id} lost its send`);
      const store = restarted.sandbox.store;
      const unproven = store.query((db) =>
        db
          .selectFrom('letters')
          .select('id')
          .where('status', '=', 'sent')
          .where((eb) =>
            eb.or([
              eb('needs_proof', '=', 1),
              eb.not(eb.exists(eb.selectFrom('proofs').select('proofs.id').whereRef('proofs.letter_id', '=', 'letters.id').where('proofs.kind', '=', 'deposit'))),
              eb.not(eb.exists(eb.selectFrom('files').select('files.id').where('files.id', '=', sql<string>`'letter:' || letters.id`))),
            ]),
          ),
      );
      assert.deepEqual(unproven, [], 'every sent letter has its PDF and deposit proof');
      const total = ledgerTotal(store, null);
      assert.equal((await after.credit.retrieve()).balance, total, 'the balance is the sum of the ledger');
      const sent = store.count('letters', { status: 'sent' });
      assert.ok(sent >= acknowledged.size);
    } finally {
      await restarted.close();
    }
  });
});
