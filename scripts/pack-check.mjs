// Packs every publishable package as npm would publish it, installs the tarballs into an empty project, and
// imports each entry with plain Node: what an integrator gets from `npm install` works outside this repo.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { installProject, packTarballs, provideSqliteBinary } from './lib/packed-install.mjs';

const root = join(import.meta.dirname, '..');

const work = mkdtempSync(join(tmpdir(), 'jrmc-pack-'));
const tarballs = packTarballs(['core', 'elements', 'sandbox', 'react'], work);
installProject(work, { ...tarballs, react: '^19.2.0', 'react-dom': '^19.2.0' });
// The sandbox stores in SQLite, so better-sqlite3's native module is built as an integrator's install would build it
// (other install scripts stay skipped).
provideSqliteBinary(work, { compile: true });

// Every element folder with a define.ts is an entry point @jrmc/elements/<tag>.
const elementsSource = join(root, 'packages/elements/src');
const elementTags = readdirSync(elementsSource).filter((name) => existsSync(join(elementsSource, name, 'define.ts'))).sort();

const check = `
import assert from 'node:assert/strict';
const core = await import('@jrmc/core');
assert.equal(core.switchSendDate('2027-01-01').reachable, false);
assert.equal(typeof core.createJrmcClient, 'function');
for (const entry of ['@jrmc/core/rules', '@jrmc/core/letter-text', '@jrmc/core/contract', '@jrmc/core/client']) await import(entry);
// @jrmc/react renders on a server (no DOM), as in a Next.js app router page.
const { JrmcLetterBuilder } = await import('@jrmc/react');
const { createElement } = await import('react');
const { renderToString } = await import('react-dom/server');
assert.equal(renderToString(createElement(JrmcLetterBuilder, { onLetterScheduled() {} })), '<jrmc-letter-builder></jrmc-letter-builder>');
assert.equal(typeof globalThis.window, 'undefined');
const { createSandbox, createDemoAccount } = await import('@jrmc/sandbox');
const sandbox = createSandbox();
const { apiKey } = createDemoAccount(sandbox);
const client = core.createJrmcClient({ baseUrl: 'http://sandbox', apiKey, fetch: (input, init) => sandbox.fetch(new Request(input, init)) });
assert.equal((await client.credit.retrieve()).balance, 10000);
const manifest = (await import('@jrmc/elements/custom-elements.json', { with: { type: 'json' } })).default;
assert.ok(manifest.modules.length > 0);
// Per-element entry points (browser modules: resolved and present here, run in the browser tests).
const { existsSync } = await import('node:fs');
const { fileURLToPath } = await import('node:url');
const elementsExports = (await import('@jrmc/elements/package.json', { with: { type: 'json' } })).default.exports;
const tags = Object.keys(elementsExports).filter((key) => key.startsWith('./jrmc-')).map((key) => key.slice(2));
assert.deepEqual(tags.sort(), ${JSON.stringify(elementTags)});
for (const entry of ['@jrmc/elements/define', ...tags.map((tag) => '@jrmc/elements/' + tag)]) assert.ok(existsSync(fileURLToPath(import.meta.resolve(entry))), entry);
// Plain Node is a production build: no response validation unless asked (the development condition turns it on).
assert.equal(core.CLIENT_DEFAULTS.validateResponses, false);
console.log('packed packages install and import: ok');
`;
writeFileSync(join(work, 'check.mjs'), check);
execFileSync(process.execPath, ['check.mjs'], { cwd: work, stdio: 'inherit' });
const development = "import assert from 'node:assert/strict'; const { CLIENT_DEFAULTS } = await import('@jrmc/core/client'); assert.equal(CLIENT_DEFAULTS.validateResponses, true);";
execFileSync(process.execPath, ['--conditions=development', '--input-type=module', '-e', development], { cwd: work, stdio: 'inherit' });
console.log('per-element entry points resolve; response validation follows the development condition: ok');
