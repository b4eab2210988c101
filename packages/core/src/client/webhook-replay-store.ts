/** What {@link verifyWebhook} tells a replay store about the claim it asks for. */
export interface WebhookClaimContext {
  /**
   * When the claim may be forgotten: the delivery's signature timestamp plus the tolerance. After that
   * instant the signature itself is refused as stale, so remembering the event longer buys nothing.
   * A Redis store maps it to `SET key 1 NX PXAT <expiresAt>`.
   */
  expiresAt: Date;
  /** The verification's current time (the `now` option, or the host clock). */
  now: Date;
}

/**
 * Remembers which webhook events were already accepted, so a captured delivery cannot be replayed.
 *
 * `claim` must be atomic: it answers `true` to the first caller for an event id and `false` to every other
 * one, even when two verifications of the same event run at the same time (in one process, a synchronous
 * `Map` check-and-set is atomic; across processes use an atomic primitive such as Redis `SET NX` or a SQL
 * `INSERT` on a unique key — never a separate "has" then "add").
 */
export interface WebhookReplayStore {
  claim(eventId: string, context: WebhookClaimContext): boolean | Promise<boolean>;
}

/** Options of {@link createMemoryReplayStore}. */
export interface MemoryReplayStoreOptions {
  /** At most this many live claims are kept; beyond it the oldest are forgotten first (default 100 000). */
  maxEntries?: number;
}

/** The in-process replay store {@link verifyWebhook} uses when it is given none. */
export interface MemoryReplayStore extends WebhookReplayStore {
  claim(eventId: string, context: WebhookClaimContext): boolean;
  /** Forgets a claim, so that a retry of a delivery your handler could not process is accepted. */
  release(eventId: string): void;
  /** How many claims are currently remembered (expired ones are swept as claims come in). */
  readonly size: number;
}

const DEFAULT_MAX_ENTRIES = 100_000;

/**
 * An in-process {@link WebhookReplayStore}: a `Map` from event id to the instant its claim expires. Memory
 * stays bounded: expired claims are swept as new ones come in, and `maxEntries` caps a burst. Only protects one
 * process: several instances behind a load balancer need a shared store.
 *
 * @example
 * const replayStore = createMemoryReplayStore();
 * await verifyWebhook(body, header, secret, { replayStore });
 */
export function createMemoryReplayStore(options: MemoryReplayStoreOptions = {}): MemoryReplayStore {
  const maxEntries = options.maxEntries ?? DEFAULT_MAX_ENTRIES;
  if (!Number.isInteger(maxEntries) || maxEntries < 1) throw new RangeError(`maxEntries: expected a positive integer, got ${maxEntries}`);
  const expiries = new Map<string, number>();
  let lastSweepMs = Number.NEGATIVE_INFINITY;
  // A full sweep at most once per second of verification time keeps a burst of claims cheap.
  const sweep = (nowMs: number) => {
    if (Math.abs(nowMs - lastSweepMs) < 1000) return;
    lastSweepMs = nowMs;
    for (const [eventId, expiresAt] of expiries) if (expiresAt < nowMs) expiries.delete(eventId);
  };
  return {
    claim(eventId, { expiresAt, now }) {
      const nowMs = now.getTime();
      sweep(nowMs);
      // Check and set in one synchronous step: no await in between, so concurrent verifications cannot both win.
      const claimedUntil = expiries.get(eventId);
      if (claimedUntil !== undefined && claimedUntil >= nowMs) return false;
      expiries.delete(eventId);
      // Map keeps insertion order: the first key is the oldest claim.
      while (expiries.size >= maxEntries) expiries.delete(expiries.keys().next().value as string);
      expiries.set(eventId, expiresAt.getTime());
      return true;
    },
    release(eventId) {
      expiries.delete(eventId);
    },
    get size() {
      return expiries.size;
    },
  };
}
