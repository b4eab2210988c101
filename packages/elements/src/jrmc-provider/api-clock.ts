import { isNotFoundError, isPermissionError, type SandboxResource } from '@jrmc/core';

/** Where the API's time comes from. */
export interface ApiClockSource {
  /** The sandbox controls, whose `clock()` the sandbox answers and the production API refuses (404). */
  sandbox: Pick<SandboxResource, 'clock'>;
  /** Your backend's endpoint answering `{ now }` (e.g. from `client.sandbox.clock()` with the API key). */
  clockUrl?: string;
}

/**
 * Measures how far the API's time is from this browser's clock. In the sandbox that is the account's test
 * clock: read from `clockUrl` when the page gives one, else `GET /v1/sandbox/clock`. The production API has
 * no such route (404): from then on the offset comes from the `Date` header of its responses, which
 * {@link ApiClock.observe} reads as they arrive (cross-origin, the API must expose `Date`).
 */
export class ApiClock {
  #offsetMs = 0;
  #askSandbox = true;
  #fromHeader: number | undefined;

  /** Milliseconds to add to `Date.now()` to get the API's time. */
  get offsetMs(): number {
    return this.#offsetMs;
  }

  /** Reads a response's `Date` header (second precision: enough for day and cut-off decisions). */
  observe(response: Response, sentAt: number, receivedAt: number): void {
    const header = response.headers.get('date');
    const serverTime = header ? Date.parse(header) : Number.NaN;
    if (Number.isNaN(serverTime)) return;
    // The header is truncated to the second (+500 ms on average); the midpoint removes the round trip.
    this.#fromHeader = serverTime + 500 - (sentAt + receivedAt) / 2;
  }

  /** Asks the API's time again. Returns whether the offset moved by a second or more. */
  async sync(source: ApiClockSource): Promise<boolean> {
    const before = this.#offsetMs;
    const sentAt = Date.now();
    const now = await this.#read(source);
    if (now !== null) this.#offsetMs = new Date(now).getTime() - (sentAt + Date.now()) / 2;
    else if (this.#fromHeader !== undefined) this.#offsetMs = this.#fromHeader;
    return Math.abs(this.#offsetMs - before) >= 1000;
  }

  async #read({ sandbox, clockUrl }: ApiClockSource): Promise<string | null> {
    if (clockUrl) {
      const response = await fetch(clockUrl, { credentials: 'same-origin', headers: { Accept: 'application/json' } });
      if (!response.ok) throw new Error(`clock endpoint answered ${response.status}`);
      return ((await response.json()) as { now: string }).now;
    }
    if (!this.#askSandbox) return null;
    try {
      return (await sandbox.clock()).now;
    } catch (error) {
      // 404: the production API (its time is in every Date header). 403: a session token may not read the
      // sandbox clock; give the provider a clock-url. Either way, stop asking.
      if (!isNotFoundError(error) && !isPermissionError(error)) throw error;
      this.#askSandbox = false;
      return null;
    }
  }
}
