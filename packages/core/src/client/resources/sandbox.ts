import type { RequestOptions } from '../options.js';
import * as route from '../operation-routes.js';
import type { BodyOf, ResponseOf, JrmcConnection } from '../transport.js';

/** Sandbox-only controls (the production API answers 404). */
export class SandboxResource {
  readonly #connection: JrmcConnection;

  /** Usually created by {@link createJrmcClient}; {@link bindResources} creates only the resources a page uses. */
  constructor(connection: JrmcConnection) {
    this.#connection = connection;
  }

  /**
   * Advances the sandbox clock and runs everything that falls due, in order.
   *
   * @example
   * await client.sandbox.advanceClock({ days: 15 });
   */
  advanceClock(params: BodyOf<'advanceClock'>, options?: RequestOptions): Promise<ResponseOf<'advanceClock'>> {
    return this.#connection.call(route.advanceClock, { body: params }, options);
  }

  /**
   * The sandbox's current time.
   *
   * @example
   * const { now } = await client.sandbox.clock();
   */
  clock(options?: RequestOptions): Promise<ResponseOf<'getClock'>> {
    return this.#connection.call(route.getClock, {}, options);
  }
}
