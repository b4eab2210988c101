import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { after, before, describe, it } from 'node:test';
import { createJrmcClient } from '@jrmc/core';
import { createAccount } from '@jrmc/sandbox';
import { startSandboxServer } from '@jrmc/sandbox/server';
import { parseCsv } from '../schedule-from-csv.mjs';

const here = join(import.meta.dirname, '..');
let server;
let apiKey;

before(async () => {
  server = await startSandboxServer({ port: 0, database: ':memory:', frozen: true, startAt: new Date('2026-12-01T09:00:00Z') });
  apiKey = createAccount(server.sandbox, { name: 'Cabinet Batch', credit: 10_000, hasSent: true }).apiKey;
});
after(() => server.close());

const run = () => promisify(execFile)(process.execPath, [join(here, 'schedule-from-csv.mjs'), join(here, 'contracts.csv')], { env: { ...process.env, JRMC_URL: server.url, JRMC_API_KEY: apiKey } });

describe('node-batch example', () => {
  it('schedules one letter per row and prints a summary', async () => {
    const client = createJrmcClient({ baseUrl: server.url, apiKey });
    const before = (await client.credit.retrieve()).balance;
    const { stdout } = await run();
    assert.match(stdout, /3 scheduled, 0 failed; this run created 3 letters and debited ([\d,]+) €/);
    const debited = Number(/debited ([\d,]+) €/.exec(stdout)[1].replace(',', '.')) * 100;
    assert.equal(Math.round(debited), before - (await client.credit.retrieve()).balance, 'the summary tells the real debit');
    const letters = await client.letters.list({ status: 'scheduled' }).toArray();
    assert.deepEqual(letters.map((letter) => letter.references).sort(), parseCsv(readFileSync(join(here, 'contracts.csv'), 'utf8')).map((row) => row.contractNumber).sort());
  });

  it('runs again safely: nothing created or debited twice', async () => {
    const client = createJrmcClient({ baseUrl: server.url, apiKey });
    const before = (await client.credit.retrieve()).balance;
    const { stdout } = await run();
    assert.match(stdout, /3 scheduled, 0 failed; this run created 0 letters and debited 0,00 €/);
    assert.match(stdout, /already scheduled by an earlier run/);
    assert.equal((await client.letters.list().toArray()).length, 3);
    assert.equal((await client.credit.retrieve()).balance, before);
  });
});
