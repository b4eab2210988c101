import type { RequestOptions } from '../options.js';
import type { BodyOf, ResponseOf, Transport } from '../transport.js';

/** Browser session tokens. Server side only (needs the API key). */
export class SessionsResource {
  /** @internal Created by {@link createJrmcClient}. */
  constructor(private readonly transport: Transport) {}

  /**
   * Mints a short-lived, scoped token for a browser. Call it from your backend; hand the token to the page.
   *
   * @example
   * const session = await client.sessions.create({ userProfileId: 'usr_1', ttlSeconds: 900 });
   * // → { token: 'sess_…', expiresAt: '2026-11-29T10:15:00Z', scopes: [...] }
   */
  create(params: BodyOf<'createSession'> = {}, options?: RequestOptions): Promise<ResponseOf<'createSession'>> {
    return this.transport.call('createSession', { body: params }, options);
  }
}
