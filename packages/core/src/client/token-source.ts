import type { NormalizedClientOptions, TokenResult } from './options.js';

// Refresh a little before the server would refuse the token, so a request never races its expiry.
const EXPIRY_MARGIN_MS = 30_000;

/**
 * Supplies the `Authorization` header: the API key as is, or a session token from `getToken()` kept
 * until it (nearly) expires, shared by concurrent requests, and dropped on a 401.
 */
export class TokenSource {
  #cached: { token: string; expiresAt: number } | undefined;
  #pending: Promise<string> | undefined;

  constructor(private readonly auth: NormalizedClientOptions['auth']) {}

  /** Whether a 401 can be cured by asking for a new token. */
  get canRefresh(): boolean {
    return this.auth.kind === 'token';
  }

  /** The bearer credential for the next request. */
  async authorization(): Promise<string> {
    if (this.auth.kind === 'apiKey') return `Bearer ${this.auth.apiKey}`;
    if (this.#cached && this.#cached.expiresAt - EXPIRY_MARGIN_MS > Date.now()) return `Bearer ${this.#cached.token}`;
    this.#pending ??= this.#fetchToken().finally(() => {
      this.#pending = undefined;
    });
    return `Bearer ${await this.#pending}`;
  }

  /** Forget the token (the server said 401): the next request asks `getToken()` again. */
  invalidate(): void {
    this.#cached = undefined;
  }

  async #fetchToken(): Promise<string> {
    if (this.auth.kind !== 'token') throw new Error('unreachable');
    const result: TokenResult = await this.auth.getToken();
    const token = typeof result === 'string' ? result : result.token;
    const expiresAt = typeof result === 'string' ? Number.POSITIVE_INFINITY : new Date(result.expiresAt).getTime();
    this.#cached = { token, expiresAt: Number.isNaN(expiresAt) ? Number.POSITIVE_INFINITY : expiresAt };
    return token;
  }
}
