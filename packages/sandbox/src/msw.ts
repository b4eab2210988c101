import { http, type HttpHandler } from 'msw';
import { createSandbox, type Sandbox, type SandboxOptions } from './sandbox.js';

/** Options of {@link createSandboxHandlers}. */
export interface SandboxHandlerOptions extends SandboxOptions {
  /** The origin (and path prefix) the client calls, e.g. `https://sandbox.jrmc.test`. */
  baseUrl: string;
  /** An existing sandbox to serve (default: a new in-memory one). */
  sandbox?: Sandbox;
}

/**
 * msw handlers serving an in-memory sandbox: the very same API as the server, with no server — for
 * browser tests and demos. The sandbox is returned too, to seed accounts and move its clock.
 *
 * @example
 * const { handlers, sandbox } = createSandboxHandlers({ baseUrl: 'https://sandbox.jrmc.test' });
 * const { apiKey } = createDemoAccount(sandbox);
 * setupWorker(...handlers).start();
 */
export function createSandboxHandlers(options: SandboxHandlerOptions): { handlers: HttpHandler[]; sandbox: Sandbox } {
  const sandbox = options.sandbox ?? createSandbox(options);
  const base = options.baseUrl.replace(/\/+$/, '');
  const handlers = [http.all(`${base}/v1/*`, ({ request }) => sandbox.fetch(rebase(request, base)))];
  return { handlers, sandbox };
}

// The app routes on /v1/…: strip a path prefix the base URL may have.
function rebase(request: Request, base: string): Request {
  const prefix = new URL(base).pathname.replace(/\/+$/, '');
  if (!prefix) return request;
  const url = new URL(request.url);
  url.pathname = url.pathname.slice(prefix.length);
  return new Request(url, request);
}
