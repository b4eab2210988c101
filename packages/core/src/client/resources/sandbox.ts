import type { RequestOptions } from '../options.js';
import type { BodyOf, ResponseOf, Transport } from '../transport.js';

/** Sandbox-only controls (the production API answers 404). */
export class SandboxResource {
  /** @internal Created by {@link createJrmcClient}. */
  constructor(private readonly transport: Transport) {}

  /**
   * Advances the sandbox clock and runs everything that falls due, in order.
   *
   * @example
   * await client.sandbox.advanceClock({ days: 15 });
   */
  advanceClock(params: BodyOf<'advanceClock'>, options?: RequestOptions): Promise<ResponseOf<'advanceClock'>> {
    return this.transport.call('advanceClock', { body: params }, options);
  }

  /**
   * The sandbox's current time.
   *
   * @example
   * const { now } = await client.sandbox.clock();
   */
  clock(options?: RequestOptions): Promise<ResponseOf<'getClock'>> {
    return this.transport.call('getClock', {}, options);
  }
}
