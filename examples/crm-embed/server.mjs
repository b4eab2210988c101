#!/usr/bin/env node
// The CRM's backend: it alone holds the JRMC API key. It serves the CRM page, the components' bundle, and
// /jrmc/session, which mints a short-lived session token for the logged-in user's page.
//
//   JRMC_URL=http://localhost:4010 JRMC_API_KEY=sk_test_… PORT=3000 node server.mjs
//
// The page calls the sandbox from this server's origin: start the sandbox with
// `jrmc-sandbox --allowed-origin http://127.0.0.1:3000` so its CORS list includes it.
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { build } from 'esbuild';
import { createJrmcClient } from '@jrmc/core';

const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8' };

/** Starts the CRM backend; resolves with its URL and a close function. */
export async function startCrm({ jrmcUrl, apiKey, port = 3000, host = '127.0.0.1' }) {
  const jrmc = createJrmcClient({ baseUrl: jrmcUrl, apiKey });
  const publicDir = join(import.meta.dirname, 'public');
  const bundle = await build({
    entryPoints: [join(import.meta.dirname, 'node_modules/@jrmc/elements/dist/define.js')],
    bundle: true,
    minify: true,
    format: 'esm',
    write: false,
    target: 'es2022',
    conditions: ['browser', 'production'],
    logLevel: 'warning',
  });
  const server = createServer(async (request, response) => {
    try {
      const path = new URL(request.url, 'http://crm').pathname;
      if (path === '/jrmc/session' && request.method === 'POST') {
        // A real CRM checks its own login here and passes the user's JRMC profile.
        const session = await jrmc.sessions.create({ ttlSeconds: 900 });
        response.writeHead(200, { 'Content-Type': 'application/json' });
        return response.end(JSON.stringify({ token: session.token, expiresAt: session.expiresAt }));
      }
      if (path === '/jrmc/config') {
        response.writeHead(200, { 'Content-Type': 'application/json' });
        return response.end(JSON.stringify({ baseUrl: jrmcUrl, clockUrl: '/jrmc/clock' }));
      }
      if (path === '/jrmc/clock') {
        // Sandbox only (reading the test clock takes the API key): remove this route and clockUrl in production,
        // where <jrmc-provider> reads the server's time from the API's Date header.
        response.writeHead(200, { 'Content-Type': 'application/json' });
        return response.end(JSON.stringify(await jrmc.sandbox.clock()));
      }
      if (path === '/assets/jrmc-elements.js') {
        response.writeHead(200, { 'Content-Type': TYPES['.js'] });
        return response.end(bundle.outputFiles[0].contents);
      }
      const file = normalize(join(publicDir, path === '/' ? 'index.html' : path));
      if (!file.startsWith(publicDir)) throw new Error('outside public/');
      const content = readFileSync(file);
      response.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' });
      response.end(content);
    } catch {
      response.writeHead(404).end('Not found');
    }
  });
  await new Promise((resolve) => server.listen(port, host, resolve));
  return { url: `http://${host}:${server.address().port}/`, close: () => new Promise((resolve) => server.close(resolve)) };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  if (!process.env.JRMC_API_KEY) {
    console.error('Set JRMC_API_KEY (and JRMC_URL, default http://localhost:4010).');
    process.exit(2);
  }
  const crm = await startCrm({ jrmcUrl: process.env.JRMC_URL ?? 'http://localhost:4010', apiKey: process.env.JRMC_API_KEY, port: Number(process.env.PORT ?? 3000) });
  console.log(`CRM: ${crm.url}`);
}
