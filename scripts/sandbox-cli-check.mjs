// The README's `npx -p @jrmc/sandbox jrmc-sandbox` works as written, for a partner outside this repository.
// @jrmc/* are not on the public registry yet, so the packed tarballs stand in for it: core and the sandbox are
// packed as npm would publish them, installed into an empty project with npm (their third-party dependencies
// from the registry), and the command is run there exactly as the docs write it — then asked for the demo
// account's credit over HTTP. Run after `pnpm build` (the tarballs carry dist/).
//   node scripts/sandbox-cli-check.mjs            reuses this workspace's better-sqlite3 binary when it is the same version
//   node scripts/sandbox-cli-check.mjs --compile  compiles it, as an install without a prebuilt binary does (minutes)
import assert from 'node:assert/strict';
import { execFileSync, spawn } from 'node:child_process';
import { accessSync, constants, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { installProject, packTarballs, provideSqliteBinary } from './lib/packed-install.mjs';

const work = mkdtempSync(join(tmpdir(), 'jrmc-sandbox-cli-'));
const tarballs = packTarballs(['core', 'sandbox'], work);
installProject(work, tarballs);
console.log(`› ${provideSqliteBinary(work, { compile: process.argv.includes('--compile') })}`);

// What npm published: versions, not workspace ranges; a built CLI behind an executable bin with a shebang.
const installed = join(work, 'node_modules', '@jrmc', 'sandbox');
const manifest = readFileSync(join(installed, 'package.json'), 'utf8');
assert.doesNotMatch(manifest, /workspace:/, 'the packed package.json still has a workspace: range');
const bin = join(installed, JSON.parse(manifest).bin['jrmc-sandbox']);
assert.match(readFileSync(bin, 'utf8'), /^#!\/usr\/bin\/env node\n/, 'the bin starts with a node shebang');
accessSync(bin, constants.X_OK);
accessSync(join(installed, 'dist', 'cli.js'));

/** Runs a command in the project until it prints the sandbox's URL and demo key; returns them and the process. */
function startSandbox(command, args) {
  const child = spawn(command, args, { cwd: work, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  return new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error(`${command} ${args.join(' ')} did not start in 60 s:\n${output}`)), 60_000);
    const read = (chunk) => {
      output += chunk;
      const url = /listening on (http:\/\/\S+)/.exec(output)?.[1];
      const key = /Demo API key: (\S+)/.exec(output)?.[1];
      if (url && key) {
        clearTimeout(timer);
        resolve({ child, url, key });
      }
    };
    child.stdout.on('data', read);
    child.stderr.on('data', read);
    child.on('exit', (code) => reject(new Error(`${command} ${args.join(' ')} exited with ${code}:\n${output}`)));
  });
}

const stop = (child) =>
  new Promise((resolve) => {
    child.removeAllListeners('exit');
    child.on('exit', resolve);
    process.kill(-child.pid, 'SIGTERM');
  });

for (const args of [['-p', '@jrmc/sandbox', 'jrmc-sandbox'], ['jrmc-sandbox']]) {
  const command = ['npx', ...args, '--port', '0', '--memory', '--seed', 'demo'];
  const { child, url, key } = await startSandbox('npx', command.slice(1));
  try {
    const credit = await fetch(`${url}/v1/credit`, { headers: { Authorization: `Bearer ${key}` } });
    assert.equal(credit.status, 200, `GET /v1/credit answered ${credit.status}`);
    const body = await credit.json();
    assert.equal(body.balance, 10000, 'the demo account starts with 100 € of credit');
    const openapi = await fetch(`${url}/v1/openapi.json`);
    assert.equal(openapi.status, 200);
    console.log(`› \`${command.join(' ')}\` serves ${url}: demo credit ${body.balance / 100} €`);
  } finally {
    await stop(child);
  }
}
const help = execFileSync('npx', ['jrmc-sandbox', '--help'], { cwd: work, encoding: 'utf8' });
assert.match(help, /^Usage: jrmc-sandbox/m);
rmSync(work, { recursive: true, force: true });
console.log('the sandbox CLI runs from its packed tarball: ok');
