import type { SandboxStore } from '../db/store.js';
import { COLLECTIONS, type ClockRecord } from './records.js';

// The row of the clock new accounts start from (an account's clock is keyed by its account id).
const BASE_CLOCK_ID = '*';

/**
 * Test clocks, one per account (like a payment provider's test clocks): each starts at the sandbox's
 * base time and flows with real time, unless frozen (tests); it only moves forward, by
 * {@link AccountClocks.set} after the target was checked. Persisted, so a restart keeps every date.
 */
export class AccountClocks {
  constructor(
    private readonly store: SandboxStore,
    options: { startAt?: Date; frozen?: boolean } = {},
  ) {
    if (!store.get<ClockRecord>(COLLECTIONS.clocks, BASE_CLOCK_ID)) {
      const start = options.startAt?.getTime() ?? Date.now();
      if (!Number.isFinite(start)) throw new Error('startAt: not a valid date');
      store.transaction(() => store.put<ClockRecord>(COLLECTIONS.clocks, { id: BASE_CLOCK_ID, offsetMs: start - Date.now(), frozenAtMs: options.frozen ? start : null }));
    }
  }

  /** The base time new accounts start from (no account's clock moves it). */
  baseNow(): Date {
    return instantOf(this.#record(BASE_CLOCK_ID)!);
  }

  /** The account's current instant (the base time for an account without its own clock yet). */
  now(accountId: string): Date {
    const record = this.#record(accountId);
    return record ? instantOf(record) : this.baseNow();
  }

  /** Gives an account its own clock, at the base time (inside the account's creation). */
  create(accountId: string): void {
    const base = this.#record(BASE_CLOCK_ID)!;
    this.store.put<ClockRecord>(COLLECTIONS.clocks, { ...base, id: accountId });
  }

  /** Moves the account's clock to `instant` (inside a transaction; the caller checked it goes forward). */
  set(accountId: string, instant: Date): void {
    const current = this.#record(accountId) ?? { ...this.#record(BASE_CLOCK_ID)!, id: accountId };
    const ms = instant.getTime();
    if (!Number.isFinite(ms)) throw new Error('AccountClocks.set: invalid instant');
    this.store.put<ClockRecord>(COLLECTIONS.clocks, current.frozenAtMs === null ? { ...current, offsetMs: ms - Date.now() } : { ...current, frozenAtMs: ms });
  }

  #record(id: string): ClockRecord | undefined {
    return this.store.get<ClockRecord>(COLLECTIONS.clocks, id);
  }
}

function instantOf(record: ClockRecord): Date {
  const instant = new Date(record.frozenAtMs ?? Date.now() + record.offsetMs);
  // Fails closed: a clock that is not a valid instant is a corrupted database, not a time to compare with.
  if (Number.isNaN(instant.getTime())) throw new Error(`The clock of ${record.id} is not a valid instant`);
  return instant;
}
