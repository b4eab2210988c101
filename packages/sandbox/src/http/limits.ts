/** What the HTTP layer accepts. */
export interface HttpLimits {
  /** Largest JSON body, in bytes (413 beyond). */
  maxJsonBytes: number;
  /** Largest body of an upload (paper-mail PDF, identity proof), in bytes (413 beyond). */
  maxUploadBytes: number;
  /** Requests per API key (or session token) per window (429 beyond); `0` turns the limit off. */
  rateLimit: number;
  /** The rate limit's window, in ms. */
  rateWindowMs: number;
  /** Origins a browser may call from (CORS). */
  allowedOrigins: readonly string[];
  /** `Host` names served besides loopback ones (a DNS-rebinding guard). */
  allowedHosts: readonly string[];
}

export const DEFAULT_HTTP_LIMITS: HttpLimits = {
  maxJsonBytes: 1024 * 1024,
  // A 10 MB PDF is about 13.4 MB once base64-encoded in JSON.
  maxUploadBytes: 14 * 1024 * 1024,
  rateLimit: 100,
  rateWindowMs: 1000,
  allowedOrigins: ['http://127.0.0.1:8080', 'http://localhost:8080'],
  allowedHosts: [],
};

/** Header that makes the sandbox answer 429 at once (to test a client's retries). */
export const FORCE_RATE_LIMIT_HEADER = 'X-Sandbox-Force-429';

const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]', '::1']);

/** Whether a `Host` header names this sandbox: a loopback name (any port) or a configured host. */
export function isAllowedHost(hostHeader: string | undefined, allowed: readonly string[]): boolean {
  if (!hostHeader) return false;
  const host = hostHeader.toLowerCase();
  const name = host.startsWith('[') ? host.slice(0, host.indexOf(']') + 1) : host.replace(/:\d+$/, '');
  return LOOPBACK_HOSTS.has(name) || /^127\.\d+\.\d+\.\d+$/.test(name) || allowed.some((entry) => entry.toLowerCase() === host || entry.toLowerCase() === name);
}

/** A fixed-window counter per key: how long to wait, or 0 when the request may go. */
export class RateLimiter {
  readonly #windows = new Map<string, { start: number; count: number }>();
  constructor(private readonly limits: Pick<HttpLimits, 'rateLimit' | 'rateWindowMs'>) {}

  /** Counts a request of `key` at real time `nowMs`; returns the seconds to wait (0: allowed). */
  take(key: string, nowMs: number): number {
    if (this.limits.rateLimit <= 0) return 0;
    let window = this.#windows.get(key);
    if (!window || nowMs - window.start >= this.limits.rateWindowMs) {
      // Forget finished windows now and then, so memory stays bounded by active keys.
      if (this.#windows.size > 10_000) this.#windows.clear();
      window = { start: nowMs, count: 0 };
      this.#windows.set(key, window);
    }
    window.count += 1;
    if (window.count <= this.limits.rateLimit) return 0;
    return Math.max(1, Math.ceil((window.start + this.limits.rateWindowMs - nowMs) / 1000));
  }
}
