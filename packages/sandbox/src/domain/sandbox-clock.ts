import type { DocumentStore } from '../store/document-store.js';

interface ClockDoc {
  id: 'clock';
  /** Sandbox time minus real time, in ms (flowing clock). */
  offsetMs: number;
  /** Frozen clock: the sandbox instant, in ms since the epoch. */
  frozenAtMs: number | null;
}

/**
 * The sandbox's own time. It starts at the real time and flows with it, unless frozen (tests); it only
 * ever moves forward, by {@link SandboxClock.advanceTo}. Persisted, so a restart keeps the sandbox's date.
 */
export class SandboxClock {
  constructor(
    private readonly store: DocumentStore,
    options: { startAt?: Date; frozen?: boolean } = {},
  ) {
    if (!store.get<ClockDoc>('meta', 'clock')) {
      const start = options.startAt?.getTime() ?? Date.now();
      store.transaction(() =>
        store.put<ClockDoc>('meta', { id: 'clock', offsetMs: start - Date.now(), frozenAtMs: options.frozen ? start : null }),
      );
    }
  }

  /** The sandbox's current instant. */
  now(): Date {
    const clock = this.#doc();
    return new Date(clock.frozenAtMs ?? Date.now() + clock.offsetMs);
  }

  /** Moves the clock to `instant` (never backwards: an earlier instant is refused by the caller). */
  advanceTo(instant: Date): void {
    const clock = this.#doc();
    this.store.transaction(() =>
      this.store.put<ClockDoc>('meta', clock.frozenAtMs === null ? { ...clock, offsetMs: instant.getTime() - Date.now() } : { ...clock, frozenAtMs: instant.getTime() }),
    );
  }

  #doc(): ClockDoc {
    const clock = this.store.get<ClockDoc>('meta', 'clock');
    if (!clock) throw new Error('clock missing');
    return clock;
  }
}
