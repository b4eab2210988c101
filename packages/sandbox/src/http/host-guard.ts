import { isAllowedHost } from './limits.js';

/**
 * A DNS-rebinding guard for the network-facing server: only requests whose `Host` names this sandbox
 * (a loopback name, or one of `allowedHosts`) reach the API; others get 403 in the error envelope.
 * In-process callers (`sandbox.fetch`, msw handlers) are trusted and not wrapped.
 */
export function guardHost(fetch: (request: Request) => Promise<Response>, allowedHosts: readonly string[]): (request: Request) => Promise<Response> {
  return async (request) => {
    const host = request.headers.get('Host') ?? new URL(request.url).host;
    if (isAllowedHost(host, allowedHosts)) return fetch(request);
    const body = {
      error: {
        type: 'permission',
        code: 'host_not_allowed',
        message: `The Host "${host}" is not served: start the sandbox with --allowed-host ${host.replace(/:\d+$/, '')} to allow it`,
        requestId: 'req_host',
      },
    };
    return new Response(JSON.stringify(body), { status: 403, headers: { 'Content-Type': 'application/json' } });
  };
}
