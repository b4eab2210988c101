import type { RequestOptions } from '../options.js';
import * as route from '../operation-routes.js';
import type { BodyOf, ResponseOf, JrmcConnection } from '../transport.js';

/** Browser session tokens. Server side only (needs the API key). */
export class SessionsResource {
  readonly #connection: JrmcConnection;

  /** Usually created by {@link createJrmcClient}; {@link bindResources} creates only the resources a page uses. */
  constructor(connection: JrmcConnection) {
    this.#connection = connection;
  }

  /**
   * Mints a short-lived, scoped token for a browser. Call it from your backend; hand the token to the page.
   *
   * @example
   * const session = await client.sessions.create({ userProfileId: 'usr_1', ttlSeconds: 900 });
   * // → { token: 'sess_…', expiresAt: '2026-11-29T10:15:00Z', scopes: [...] }
   */
  create(params: BodyOf<'createSession'> = {}, options?: RequestOptions): Promise<ResponseOf<'createSession'>> {
    return this.#connection.call(route.createSession, { body: params }, options);
  }
}
