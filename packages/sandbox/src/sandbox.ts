import type { ClockAdvanceParams, ClockState } from '@jrmc/core/contract';
import type { AccountContext, SandboxContext } from './domain/context.js';
import { dueHappenings } from './domain/happenings.js';
import { DEFAULT_PRICES, type PriceList } from './domain/prices.js';
import { issueDepositProofs } from './domain/proofs.js';
import { SandboxClock } from './domain/sandbox-clock.js';
import { deliverDueWebhooks } from './domain/webhook-delivery.js';
import { invalidRequest } from './http/api-error.js';
import { createSandboxApp } from './http/create-app.js';
import { seedDirectory } from './seed/directory.js';
import { DocumentStore, type Persistence } from './store/document-store.js';

/** Options of {@link createSandbox}. */
export interface SandboxOptions {
  /** Where data lives between runs; omitted: in memory only. */
  persistence?: Persistence;
  /** Sandbox time at first start (default: the real time). */
  startAt?: Date;
  /** Keep time still between advances (tests): default `false`, time flows like the real clock. */
  frozen?: boolean;
  /** Prices in cents excl. VAT, overriding {@link DEFAULT_PRICES}. */
  prices?: Partial<PriceList>;
  /** `fetch` used for webhook deliveries (default: the global one). */
  fetch?: typeof fetch;
}

// A safety net against a happening that would not change the state it is computed from.
const MAX_BATCHES = 10_000;

/**
 * A running JRMC simulator: its store, its clock, and the web-standard `fetch` handler that serves the
 * API — the same under a Node server and inside msw handlers.
 */
export class Sandbox {
  readonly store: DocumentStore;
  readonly clock: SandboxClock;
  readonly prices: PriceList;
  /** The API: `(request) => response`. */
  readonly fetch: (request: Request) => Promise<Response>;
  readonly #fetchForWebhooks: typeof fetch;
  #chain: Promise<unknown> = Promise.resolve();
  #deliveries: Promise<unknown> = Promise.resolve();

  constructor(options: SandboxOptions = {}) {
    this.store = new DocumentStore(options.persistence);
    this.clock = new SandboxClock(this.store, options);
    this.prices = { ...DEFAULT_PRICES, ...options.prices };
    this.#fetchForWebhooks = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
    seedDirectory(this.store);
    const app = createSandboxApp(this);
    this.fetch = async (request) => app.fetch(request);
  }

  /** A context at the sandbox's current time (or `at`). */
  context(at: Date = this.clock.now()): SandboxContext {
    return { store: this.store, now: at, prices: this.prices, after: { depositedLetterIds: [] } };
  }

  /** A context acting for an account. */
  accountContext(accountId: string, profileId: string | null): AccountContext {
    return { ...this.context(), accountId, profileId };
  }

  /** Runs everything due up to now, in order (one at a time, whoever asks). Returns how many ran. */
  catchUp(): Promise<number> {
    const run = this.#chain.then(() => this.#runDue());
    this.#chain = run.catch(() => undefined);
    return run;
  }

  /** What must follow a committed transaction: the letters' PDFs and proofs. */
  async afterCommit(context: SandboxContext): Promise<void> {
    if (context.after.depositedLetterIds.length > 0) {
      await issueDepositProofs(this.store, (at) => this.context(at), context.after.depositedLetterIds);
    }
  }

  /** Sends the webhook deliveries due now, one run at a time (so no delivery is attempted twice at once). */
  deliverWebhooks(): Promise<number> {
    const run = this.#deliveries.then(() => deliverDueWebhooks(this.store, this.clock.now(), this.#fetchForWebhooks));
    this.#deliveries = run.catch(() => undefined);
    return run;
  }

  /** `POST /v1/sandbox/clock`: moves time forward and runs (and delivers) everything that falls due. */
  async advanceClock(params: ClockAdvanceParams): Promise<ClockState> {
    const now = this.clock.now();
    const given = [params.to, params.seconds, params.days].filter((value) => value !== undefined).length;
    if (given !== 1) throw invalidRequest('Give exactly one of to, seconds or days', [{ path: [], code: 'custom', message: 'Give exactly one of to, seconds or days' }]);
    const target = params.to ? new Date(params.to) : new Date(now.getTime() + (params.seconds ?? 0) * 1000 + (params.days ?? 0) * 86_400_000);
    if (target < now) throw invalidRequest('The sandbox clock only moves forward', [{ path: ['to'], code: 'too_small', message: `Must be after ${now.toISOString()}` }]);
    this.clock.advanceTo(target);
    const ran = await this.catchUp();
    await this.deliverWebhooks();
    return { now: this.clock.now().toISOString(), ran };
  }

  close(): void {
    this.store.close();
  }

  async #runDue(): Promise<number> {
    let ran = 0;
    for (let batch = 0; batch < MAX_BATCHES; batch += 1) {
      const now = this.clock.now();
      const due = dueHappenings(this.context(now), now);
      if (due.length === 0) return ran;
      for (const happening of due) {
        const context = this.context(happening.at);
        this.store.transaction(() => happening.apply(context));
        await this.afterCommit(context);
        ran += 1;
      }
    }
    throw new Error('Sandbox clock: happenings did not settle');
  }
}

/**
 * Creates a sandbox. In Node, pass `sqlitePersistence(path)` from `@jrmc/sandbox/server` to keep data
 * in a file; without persistence it lives in memory (msw handlers, tests).
 *
 * @example
 * const sandbox = createSandbox({ frozen: true, startAt: new Date('2026-11-29T09:00:00Z') });
 * const { apiKey } = createDemoAccount(sandbox);
 * const response = await sandbox.fetch(new Request('http://sandbox/v1/account', { headers: { Authorization: `Bearer ${apiKey}` } }));
 */
export function createSandbox(options: SandboxOptions = {}): Sandbox {
  return new Sandbox(options);
}
