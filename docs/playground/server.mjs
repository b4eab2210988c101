// The main job's server: the JRMC sandbox (SQLite file, demo account) plus the documentation playground,
// whose backend plays the integrator's part: it holds the demo API key, mints session tokens for the page
// (/session), proxies the API on the same origin (/api) and drives the sandbox panel (/playground/*).
import { createServer } from 'node:http';
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { createJrmcClient } from '@jrmc/core';
import { createDemoAccount } from '@jrmc/sandbox';
import { startSandboxServer } from '@jrmc/sandbox/server';

const root = join(import.meta.dirname, '..', '..');
const site = join(root, 'docs', 'site');
const api = join(root, 'docs', 'api');
// JRMC_DATA_DIR keeps a run's data elsewhere (the end-to-end test starts from an empty sandbox).
const dataDir = process.env.JRMC_DATA_DIR ?? join(root, '.sandbox-data');
const port = Number(process.env.PORT ?? 8080);
const sandboxPort = Number(process.env.SANDBOX_PORT ?? 4010);
const host = process.env.HOST ?? '127.0.0.1';

const sandboxServer = await startSandboxServer({ port: sandboxPort, hostname: host, database: join(dataDir, 'jrmc-sandbox.db'), seed: 'demo' });
const { sandbox } = sandboxServer;

// The playground's current demo key (a reset switches to a fresh demo account), kept beside the data.
const stateFile = join(dataDir, 'playground.json');
let apiKey = existsSync(stateFile) ? JSON.parse(readFileSync(stateFile, 'utf8')).apiKey : sandboxServer.demoApiKey;
const saveKey = () => writeFileSync(stateFile, JSON.stringify({ apiKey }));
saveKey();
const backend = () => createJrmcClient({ baseUrl: 'http://sandbox.internal', apiKey, fetch: (input, init) => sandbox.fetch(new Request(input, init)) });

const CSP = "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self' blob:; font-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'self'";
const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8', '.json': 'application/json', '.ts': 'text/plain; charset=utf-8', '.svg': 'image/svg+xml', '.png': 'image/png', '.ico': 'image/x-icon' };

async function readBody(request) {
  const chunks = [];
  for await (const chunk of request) chunks.push(chunk);
  return Buffer.concat(chunks);
}

function send(response, status, body, headers = {}) {
  response.writeHead(status, headers);
  response.end(body);
}

const json = (response, status, value) => send(response, status, JSON.stringify(value), { 'Content-Type': 'application/json' });

async function handle(request, response) {
  const url = new URL(request.url, `http://${request.headers.host}`);
  const path = decodeURIComponent(url.pathname);

  if (path.startsWith('/api/v1/')) {
    const body = ['GET', 'HEAD'].includes(request.method) ? undefined : await readBody(request);
    const headers = new Headers();
    for (const [name, value] of Object.entries(request.headers)) if (typeof value === 'string' && !['host', 'connection'].includes(name)) headers.set(name, value);
    const answer = await sandbox.fetch(new Request(`http://sandbox.internal${path.slice(4)}${url.search}`, { method: request.method, headers, body }));
    const out = {};
    answer.headers.forEach((value, name) => (out[name] = value));
    return send(response, answer.status, Buffer.from(await answer.arrayBuffer()), out);
  }
  if (path === '/session' && request.method === 'POST') {
    const session = await backend().sessions.create({ ttlSeconds: 900 });
    return json(response, 200, { token: session.token, expiresAt: session.expiresAt });
  }
  if (path === '/clock') {
    // <jrmc-provider clock-url>: the demo account's sandbox clock (reading it takes the API key, so the backend answers).
    return json(response, 200, await backend().sandbox.clock());
  }
  if (path === '/playground/state') {
    const latest = await backend().letters.list({ limit: 1 }).page();
    return json(response, 200, { now: (await backend().sandbox.clock()).now, latestLetterId: latest.data.find((letter) => letter.status !== 'draft')?.id ?? null });
  }
  if (path === '/playground/clock' && request.method === 'POST') {
    const params = JSON.parse((await readBody(request)).toString() || '{}');
    if (params.nextMonth) {
      // The demo account's own test clock (each account has one).
      const now = new Date((await backend().sandbox.clock()).now);
      const first = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + 1, 1, 9));
      return json(response, 200, await backend().sandbox.advanceClock({ to: first.toISOString() }));
    }
    return json(response, 200, await backend().sandbox.advanceClock(params));
  }
  if (path === '/playground/top-up' && request.method === 'POST') {
    const { amount } = JSON.parse((await readBody(request)).toString() || '{}');
    return json(response, 200, await backend().credit.topUp({ amount: amount ?? 5000, paymentToken: 'tok_visa' }));
  }
  if (path === '/playground/reset' && request.method === 'POST') {
    apiKey = createDemoAccount(sandbox).apiKey;
    saveKey();
    return json(response, 200, { ok: true });
  }
  // Pages without an icon link (the examples) make the browser ask for /favicon.ico: answer with the site's icon.
  if (path === '/favicon.ico') return send(response, 200, readFileSync(join(site, 'assets', 'favicon.svg')), { 'Content-Type': 'image/svg+xml', 'Cache-Control': 'no-cache' });
  if (path === '/openapi.json') return send(response, 200, readFileSync(join(root, 'docs/openapi.json')), { 'Content-Type': 'application/json' });

  // The typedoc reference lives in docs/api, everything else in the built site.
  const base = path.startsWith('/api/') ? api : site;
  const relative = base === api ? path.slice('/api/'.length) : path;
  let file = normalize(join(base, relative));
  if (!file.startsWith(base)) return send(response, 403, 'Forbidden');
  if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
  if (!existsSync(file)) return send(response, 404, 'Not found', { 'Content-Type': 'text/plain' });
  const headers = { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream', 'Cache-Control': 'no-cache' };
  if (path === '/csp-check.html') headers['Content-Security-Policy'] = CSP;
  return send(response, 200, readFileSync(file), headers);
}

const server = createServer((request, response) => {
  handle(request, response).catch((error) => {
    console.error(error);
    json(response, 500, { error: String(error?.message ?? error) });
  });
});
server.listen(port, host, () => {
  console.log(`JRMC sandbox API: ${sandboxServer.url} (demo API key: ${apiKey})`);
  console.log(`Playground: http://${host}:${server.address().port}/`);
});
const stop = () => server.close(() => sandboxServer.close().then(() => process.exit(0)));
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
