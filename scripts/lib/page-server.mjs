// A local page server for the scripts that drive elements in Chromium (the render bench, the builder drive): it
// serves one HTML page and its esbuild output, mints session tokens with a backend client as a partner's backend
// does, and proxies /api/* to a sandbox on the same origin (so the page needs no CORS setup).
import { createServer } from 'node:http';

// Headers fetch has already dealt with, or that belong to one connection.
const HOP_HEADERS = ['content-encoding', 'content-length', 'transfer-encoding', 'connection'];

/**
 * @param {object} options
 * @param {string} options.pageHtml the page served at `/`
 * @param {Map<string, Buffer>} options.assets esbuild output files by URL path
 * @param {string} options.sessionPath where the page asks for a session token, e.g. `/bench/session`
 * @param {{ sessions: { create(input: { ttlSeconds: number }): Promise<{ token: string; expiresAt: string }> } }} options.backendClient
 * @param {string} options.sandboxUrl the sandbox's root URL, which /api/* is proxied to
 * @returns {Promise<{ origin: string; close(): Promise<void> }>}
 */
export async function startPageServer({ pageHtml, assets, sessionPath, backendClient, sandboxUrl }) {
  const server = createServer(async (request, response) => {
    try {
      const url = new URL(request.url, 'http://page.local');
      if (url.pathname === '/') return void response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(pageHtml);
      if (assets.has(url.pathname)) return void response.writeHead(200, { 'Content-Type': 'text/javascript' }).end(assets.get(url.pathname));
      if (url.pathname === sessionPath) {
        const session = await backendClient.sessions.create({ ttlSeconds: 900 });
        return void response.writeHead(200, { 'Content-Type': 'application/json' }).end(JSON.stringify({ token: session.token, expiresAt: session.expiresAt }));
      }
      if (url.pathname.startsWith('/api/')) {
        const chunks = [];
        for await (const chunk of request) chunks.push(chunk);
        const headers = { ...request.headers };
        delete headers.host;
        delete headers.origin;
        const answer = await fetch(`${sandboxUrl}${url.pathname.slice(4)}${url.search}`, { method: request.method, headers, body: chunks.length ? Buffer.concat(chunks) : undefined });
        const outgoing = {};
        answer.headers.forEach((value, name) => {
          if (!HOP_HEADERS.includes(name)) outgoing[name] = value;
        });
        return void response.writeHead(answer.status, outgoing).end(Buffer.from(await answer.arrayBuffer()));
      }
      response.writeHead(404).end();
    } catch (error) {
      response.writeHead(500).end(String(error));
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    origin: `http://127.0.0.1:${server.address().port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
