// Seeding alone (not a test): `seedHistory` of N letters into a fresh database file, wall and CPU time.
// Profile it with: node --cpu-prof --cpu-prof-dir=/tmp/prof --conditions=@jrmc/source --import tsx scripts/bench/seed-profile.mjs 20000
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createAccount, createSandbox, seedHistory } from '@jrmc/sandbox';

const count = Number(process.argv[2] ?? 20_000);
const directory = mkdtempSync(join(tmpdir(), 'jrmc-seed-'));
const sandbox = createSandbox({ database: join(directory, 'seed.db'), frozen: true, startAt: new Date('2026-11-30T09:00:00Z') });
const account = createAccount(sandbox, { name: 'Historique' });
const cpu = process.cpuUsage();
const began = process.hrtime.bigint();
seedHistory(sandbox, account.accountId, { count });
const wall = Number(process.hrtime.bigint() - began) / 1e9;
const used = process.cpuUsage(cpu);
sandbox.close?.();
rmSync(directory, { recursive: true, force: true });
console.log(JSON.stringify({ letters: count, wallS: Math.round(wall * 100) / 100, cpuS: Math.round(((used.user + used.system) / 1e6) * 100) / 100 }));
