// Sandbox benchmark (not a test): an account's reads with 100,000 letters in other accounts and 20,000 in its
// own, throughput against a bare Node server answering the same bytes, memory, and seeding time.
// Run from the repository root (about two minutes):
//   node --conditions=@jrmc/source --import tsx scripts/bench/sandbox.mjs
// Seeding runs in this process; the measured server then runs alone in a child process on the seeded file
// (the built CLI when `pnpm run build` was run, else the sources through tsx), so its RSS is its own.
import { spawn } from 'node:child_process';
import { createServer } from 'node:http';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { createAccount, seedHistory } from '@jrmc/sandbox';
import { startSandboxServer } from '@jrmc/sandbox/server';

const OTHER_LETTERS = 100_000;
const OWN_LETTERS = 20_000;
const THROUGHPUT_SECONDS = 5;

const directory = mkdtempSync(join(tmpdir(), 'jrmc-bench-'));
const database = join(directory, 'bench.db');
const seeding = await startSandboxServer({ port: 0, database, frozen: true, startAt: new Date('2026-11-30T09:00:00Z') });
const { sandbox } = seeding;

const ms = (start) => Number(process.hrtime.bigint() - start) / 1e6;
const percentile = (values, p) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor((p / 100) * values.length))];
const round = (value) => Math.round(value * 100) / 100;

let start = process.hrtime.bigint();
// CPU time too: on a shared machine the wall time also counts other jobs' turns.
const seedCpu = process.cpuUsage();
const others = createAccount(sandbox, { name: 'Autres cabinets' });
seedHistory(sandbox, others.accountId, { count: OTHER_LETTERS });
const seedMs = ms(start);
const seedCpuMs = ((usage) => (usage.user + usage.system) / 1000)(process.cpuUsage(seedCpu));
const own = createAccount(sandbox, { name: 'Cabinet mesuré', credit: 10_000 });
seedHistory(sandbox, own.accountId, { count: OWN_LETTERS });
const headers = { Authorization: `Bearer ${own.apiKey}` };
await seeding.close();

const root = new URL('../../packages/sandbox/', import.meta.url);
const built = existsSync(new URL('dist/cli.js', root));
const child = spawn(
  process.execPath,
  [...(built ? ['bin/jrmc-sandbox.mjs'] : ['--conditions=@jrmc/source', '--import', 'tsx', 'scripts/run-cli.ts']), '--port', '0', '--db', database, '--rate-limit', '0'],
  { cwd: root, stdio: ['ignore', 'pipe', 'inherit'] },
);
const url = await new Promise((resolve, reject) => {
  let output = '';
  child.stdout.on('data', (chunk) => {
    output += chunk;
    const found = /listening on (\S+)/.exec(output)?.[1];
    if (found) resolve(found);
  });
  child.on('exit', (code) => reject(new Error(`sandbox exited (${code}): ${output}`)));
});
const rssOf = (pid) => Math.round(Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))[1]) / 1024);

async function latencies(path, count) {
  const times = [];
  for (let index = 0; index < count; index += 1) {
    const began = process.hrtime.bigint();
    const response = await fetch(`${url}${path}`, { headers });
    await response.arrayBuffer();
    if (!response.ok) throw new Error(`${path} answered ${response.status}`);
    times.push(ms(began));
  }
  return { p50: round(percentile(times, 50)), p99: round(percentile(times, 99)) };
}

async function throughput(target, requestHeaders) {
  let done = 0;
  const until = Date.now() + THROUGHPUT_SECONDS * 1000;
  await Promise.all(
    Array.from({ length: 20 }, async () => {
      while (Date.now() < until) {
        const response = await fetch(target, { headers: requestHeaders });
        await response.arrayBuffer();
        done += 1;
      }
    }),
  );
  return Math.round(done / THROUGHPUT_SECONDS);
}

await latencies('/v1/credit', 200); // warm-up
const credit = await latencies('/v1/credit', 2000);
const firstPage = await latencies('/v1/letters?limit=20', 1000);
const search = await latencies('/v1/letters?q=martin&limit=20', 300);

const pageBody = Buffer.from(await (await fetch(`${url}/v1/letters?limit=20`, { headers })).arrayBuffer());
const bare = createServer((_request, response) => response.writeHead(200, { 'Content-Type': 'application/json', 'Content-Length': pageBody.length }).end(pageBody));
await new Promise((resolve) => bare.listen(0, '127.0.0.1', resolve));
const bareRps = await throughput(`http://127.0.0.1:${bare.address().port}/v1/letters?limit=20`, headers);
const sandboxRps = await throughput(`${url}/v1/letters?limit=20`, headers);
bare.close();
const rssMb = rssOf(child.pid);

child.kill('SIGTERM');
await new Promise((resolve) => child.on('exit', resolve));
rmSync(directory, { recursive: true, force: true });

const report = {
  letters: { otherAccounts: OTHER_LETTERS, ownAccount: OWN_LETTERS },
  'GET /v1/credit ms (1 connection)': credit,
  'GET /v1/letters first page ms (1 connection)': firstPage,
  'GET /v1/letters?q=martin ms (1 connection)': { p50: search.p50 },
  'GET /v1/letters req/s at 20 connections': { sandbox: sandboxRps, bareNode: bareRps, ratio: round(sandboxRps / bareRps) },
  [`server RSS MB at 120k letters (${built ? 'built CLI' : 'sources through tsx'})`]: rssMb,
  [`seedHistory of ${OTHER_LETTERS} letters, s`]: { wall: round(seedMs / 1000), cpu: round(seedCpuMs / 1000) },
  'load average during the run (2 cores)': loadavg().map(round),
};
console.log(JSON.stringify(report, null, 2));
