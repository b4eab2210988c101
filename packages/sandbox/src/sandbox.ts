import type { ClockAdvanceParams, ClockState } from '@jrmc/core/contract';
import { sql, type RawBuilder } from 'kysely';
import { SandboxStore } from './db/store.js';
import { createSandboxApp } from './http/create-app.js';
import { DEFAULT_HTTP_LIMITS, type HttpLimits } from './http/limits.js';
import { clockTarget } from './services/clock-target.js';
import { COLUMN_VALUES } from './services/columns.js';
import type { AccountContext, SandboxContext } from './services/context.js';
import { dueHappenings } from './services/happenings.js';
import { purgeExpiredRecords } from './services/housekeeping.js';
import { DEFAULT_PRICES, type PriceList } from './services/prices.js';
import { issueDepositProofs, issueRenderedProofs, lettersAwaitingProofs, renderDepositPdf, type RenderedLetter } from './services/proofs.js';
import { COLLECTIONS, type LetterRecord } from './services/records.js';
import { AccountClocks } from './services/sandbox-clock.js';
import { deliverDueWebhooks } from './services/webhook-delivery.js';
import { checkWebhookDestination, systemLookup, type HostLookup } from './services/webhook-destination.js';
import { seedDirectory } from './seed/directory.js';
import { scheduledLetterIdsDueBy } from './db/letter-queries.js';

/** Options of {@link createSandbox}. */
export interface SandboxOptions {
  /** SQLite file keeping the data between runs (default `':memory:'`: nothing kept). */
  database?: string;
  /** Base time at first start, where new accounts' clocks start (default: the real time). */
  startAt?: Date;
  /** Keep time still between advances (tests): default `false`, time flows like the real clock. */
  frozen?: boolean;
  /** Prices in cents excl. VAT, overriding {@link DEFAULT_PRICES}. */
  prices?: Partial<PriceList>;
  /** `fetch` used for webhook deliveries (default: the global one). */
  fetch?: typeof fetch;
  /** Local development only: accept webhook endpoints on loopback addresses (127.0.0.1, localhost, ::1). */
  allowLoopbackWebhooks?: boolean;
  /** Request limits, CORS origins, allowed hosts (defaults: {@link DEFAULT_HTTP_LIMITS}). */
  http?: Partial<HttpLimits>;
  /**
   * Tests only: called before each due happening an advance or catch-up applies (its 0-based index in
   * the run); throwing from it simulates a failure mid-advance.
   */
  beforeHappening?: (accountId: string, index: number) => void;
  /** Resolves webhook host names (default: `dns.lookup` with every address). Tests swap it to play DNS rebinding. */
  lookupHost?: HostLookup;
}

// A safety net against a happening that would not change the state it is computed from.
const MAX_BATCHES = 100_000;
// Expired sessions and idempotency records are refused when read anyway; deleting them can wait a minute.
const PURGE_INTERVAL_MS = 60_000;

/**
 * A running JRMC simulator: its store, the accounts' test clocks, and the web-standard `fetch` handler
 * that serves the API — the same under a Node server and inside msw handlers.
 */
export class Sandbox {
  readonly store: SandboxStore;
  readonly clocks: AccountClocks;
  readonly prices: PriceList;
  readonly allowLoopbackWebhooks: boolean;
  readonly httpLimits: HttpLimits;
  /** How webhook host names are resolved (checked at registration and before every delivery). */
  readonly lookupHost: HostLookup;
  /** The API: `(request) => response`. */
  readonly fetch: (request: Request) => Promise<Response>;
  readonly #fetchForWebhooks: typeof fetch;
  // One chain per account: an account's due work runs in order, and never waits for another account.
  readonly #chains = new Map<string, Promise<unknown>>();
  readonly #deliveriesInFlight = new Set<string>();
  readonly #pendingDeliveries = new Set<Promise<unknown>>();
  // Real time of each account's last purge of expired records: at most once a minute on ordinary requests.
  readonly #lastPurge = new Map<string, number>();
  readonly #origins: Set<string>;
  readonly #beforeHappening: ((accountId: string, index: number) => void) | undefined;
  // Each probe reads one index (due letters, the proof outbox, the account's next invoice), compiled once.
  readonly #dueProbes: ((values: { accountId: string; at: string }) => unknown[])[];

  constructor(options: SandboxOptions = {}) {
    this.store = new SandboxStore(options.database ?? ':memory:', COLUMN_VALUES);
    this.clocks = new AccountClocks(this.store, options);
    this.prices = { ...DEFAULT_PRICES, ...options.prices };
    this.allowLoopbackWebhooks = options.allowLoopbackWebhooks ?? false;
    this.httpLimits = { ...DEFAULT_HTTP_LIMITS, ...options.http };
    this.#origins = new Set(this.httpLimits.allowedOrigins);
    this.lookupHost = options.lookupHost ?? systemLookup;
    const send = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
    // Every delivery checks its destination again: the name may resolve elsewhere since it was registered
    // (DNS rebinding). A refusal is a failed attempt, retried on the usual schedule.
    this.#fetchForWebhooks = async (input, init) => {
      const url = input instanceof Request ? input.url : String(input);
      await checkWebhookDestination(url, { allowLoopback: this.allowLoopbackWebhooks, lookup: this.lookupHost });
      return send(input, init);
    };
    this.#beforeHappening = options.beforeHappening;
    this.#dueProbes = [
      this.store.prepareQuery((db, param: (name: 'accountId' | 'at') => RawBuilder<string>) =>
        db.selectFrom('letters').select('id').where('account_id', '=', param('accountId')).where('due_at', 'is not', null).where('due_at', '<=', param('at')).limit(sql.lit(1)),
      ),
      this.store.prepareQuery((db, param: (name: 'accountId' | 'at') => RawBuilder<string>) =>
        db.selectFrom('letters').select('id').where('needs_proof', '=', sql.lit(1)).where('account_id', '=', param('accountId')).limit(sql.lit(1)),
      ),
      this.store.prepareQuery((db, param: (name: 'accountId' | 'at') => RawBuilder<string>) =>
        db.selectFrom('accounts').select('id').where('id', '=', param('accountId')).where('next_invoice_at', '<=', param('at')),
      ),
    ];
    seedDirectory(this.store);
    const app = createSandboxApp(this);
    this.fetch = async (request) => app.fetch(request);
  }

  /** Whether browsers on `origin` may call the API (CORS). */
  allowsOrigin(origin: string): boolean {
    return this.#origins.has(origin);
  }

  /** Lets browsers on `origin` call the API from now on (e.g. a local page on a port picked at start). */
  allowOrigin(origin: string): void {
    this.#origins.add(new URL(origin).origin);
  }

  /** The base clock: where new accounts' clocks start. Each account then has its own ({@link Sandbox.now}). */
  get clock(): { now(): Date } {
    return { now: () => this.clocks.baseNow() };
  }

  /** The account's current instant, on its own test clock. */
  now(accountId: string): Date {
    return this.clocks.now(accountId);
  }

  /** A context at the account's current time (or `at`). */
  context(accountId: string, at: Date = this.now(accountId)): SandboxContext {
    return { store: this.store, now: at, prices: this.prices, after: { depositedLetterIds: [] } };
  }

  /** A context acting for an account. */
  accountContext(accountId: string, profileId: string | null): AccountContext {
    return { ...this.context(accountId), accountId, profileId };
  }

  /** Runs everything due on the account's clock, in order (one run at a time per account). Returns how many ran. */
  catchUp(accountId: string): Promise<number> {
    // The common case — nothing due, no run under way — costs three indexed reads and no transaction.
    if (!this.#chains.has(accountId) && !this.#hasDueWork(accountId, this.now(accountId))) {
      if (!(Date.now() - (this.#lastPurge.get(accountId) ?? 0) < PURGE_INTERVAL_MS)) this.store.transaction(() => this.#purge(accountId));
      return Promise.resolve(0);
    }
    return this.#serially(accountId, () => this.#runDue(accountId, this.now(accountId)));
  }

  /** Whether anything of the account falls due by `now`: a letter's next happening, a proof in the outbox, the monthly invoice. */
  #hasDueWork(accountId: string, now: Date): boolean {
    const values = { accountId, at: now.toISOString() };
    return this.#dueProbes.some((probe) => probe(values).length > 0);
  }

  /** What must follow a committed transaction: the letters' PDFs and proofs. */
  async afterCommit(context: SandboxContext): Promise<void> {
    if (context.after.depositedLetterIds.length > 0) {
      await issueDepositProofs(this.store, (at) => ({ ...context, now: at }), context.after.depositedLetterIds);
    }
  }

  /**
   * Completes the proofs of every letter sent without them (a crash between a deposit's commit and its
   * PDF): run at start-up, before serving.
   */
  async completeOutbox(): Promise<number> {
    const letterIds = lettersAwaitingProofs(this.store, null);
    await issueDepositProofs(this.store, (at) => ({ store: this.store, now: at, prices: this.prices, after: { depositedLetterIds: [] } }), letterIds);
    return letterIds.length;
  }

  /**
   * Starts the account's due webhook deliveries in the background — concurrent, each with a short
   * timeout, never awaited by a request or a clock advance. Signed with the real time.
   */
  deliverWebhooks(accountId: string): void {
    const run = deliverDueWebhooks(this.store, accountId, () => this.now(accountId), this.#fetchForWebhooks, this.#deliveriesInFlight).catch((error: unknown) => {
      console.error('[jrmc-sandbox] webhook delivery failed', error);
    });
    this.#pendingDeliveries.add(run);
    void run.finally(() => this.#pendingDeliveries.delete(run));
  }

  /** Resolves when the deliveries started so far have finished (tests, shutdown). */
  async settleWebhooks(): Promise<void> {
    while (this.#pendingDeliveries.size > 0) await Promise.allSettled([...this.#pendingDeliveries]);
  }

  /**
   * `POST /v1/sandbox/clock` for one account: checks the target (a valid instant, not behind, at most
   * 5 years ahead) before anything moves, then runs that account's due work in order and moves its clock,
   * all in ONE transaction: a failure anywhere leaves the clock, the ledger and every letter exactly as
   * they were before the request.
   */
  async advanceClock(accountId: string, params: ClockAdvanceParams): Promise<ClockState> {
    return this.#serially(accountId, async () => {
      const target = clockTarget(this.now(accountId), params);
      const ran = await this.#runDue(accountId, target, () => {
        this.clocks.set(accountId, target);
        this.#purge(accountId);
      });
      this.deliverWebhooks(accountId);
      return { now: this.now(accountId).toISOString(), ran };
    });
  }

  close(): void {
    this.store.close();
  }

  #purge(accountId: string): void {
    purgeExpiredRecords(this.store, accountId, this.now(accountId));
    this.#lastPurge.set(accountId, Date.now());
  }

  #serially<T>(accountId: string, work: () => Promise<T>): Promise<T> {
    const run = (this.#chains.get(accountId) ?? Promise.resolve()).then(work);
    const settled = run.catch(() => undefined);
    this.#chains.set(accountId, settled);
    void settled.then(() => {
      if (this.#chains.get(accountId) === settled) this.#chains.delete(accountId);
    });
    return run;
  }

  /**
   * Runs the account's work due up to `until`. The letters' PDFs are rendered first (asynchronous, writes
   * nothing); then every happening, the proofs of the letters it deposits and `finally` run in one
   * synchronous transaction — all or nothing. Proofs whose PDF could not be prepared stay in the outbox and
   * are issued right after the commit.
   */
  async #runDue(accountId: string, until: Date, finally_?: () => void): Promise<number> {
    await issueDepositProofs(this.store, (at) => this.context(accountId, at), lettersAwaitingProofs(this.store, accountId));
    if (!(Date.now() - (this.#lastPurge.get(accountId) ?? 0) < PURGE_INTERVAL_MS)) this.store.transaction(() => this.#purge(accountId));
    const rendered = await this.#renderDeposits(accountId, until);
    const deposited: string[] = [];
    const ran = this.store.transaction(() => {
      let count = 0;
      for (let batch = 0; batch < MAX_BATCHES; batch += 1) {
        const due = dueHappenings(this.context(accountId, until), accountId, until);
        if (due.length === 0) {
          finally_?.();
          return count;
        }
        for (const happening of due) {
          this.#beforeHappening?.(accountId, count);
          const context = this.context(accountId, happening.at);
          happening.apply(context);
          for (const letterId of context.after.depositedLetterIds) {
            if (!issueRenderedProofs(this.store, context, letterId, rendered.get(letterId))) deposited.push(letterId);
          }
          if (happening.at > this.now(accountId)) this.clocks.set(accountId, happening.at);
          count += 1;
        }
      }
      throw new Error('Sandbox clock: happenings did not settle');
    });
    if (deposited.length > 0) await issueDepositProofs(this.store, (at) => this.context(accountId, at), deposited);
    return ran;
  }

  /** The PDFs of the account's scheduled letters that leave by `until`, rendered before the transaction. */
  async #renderDeposits(accountId: string, until: Date): Promise<Map<string, RenderedLetter>> {
    const leaving = this.store.getMany<LetterRecord>(COLLECTIONS.letters, scheduledLetterIdsDueBy(this.store, accountId, until.toISOString()));
    const rendered = new Map<string, RenderedLetter>();
    for (const letter of leaving) {
      const pdf = await renderDepositPdf(this.store, letter);
      if (pdf) rendered.set(letter.id, pdf);
    }
    return rendered;
  }
}

/**
 * Creates a sandbox. Pass `database` (a SQLite file) to keep data between runs; without it the data
 * lives in an in-memory SQLite database (msw handlers, tests).
 *
 * @example
 * const sandbox = createSandbox({ frozen: true, startAt: new Date('2026-11-30T09:00:00Z') });
 * const { apiKey } = createDemoAccount(sandbox);
 * const response = await sandbox.fetch(new Request('http://127.0.0.1/v1/account', { headers: { Authorization: `Bearer ${apiKey}` } }));
 */
export function createSandbox(options: SandboxOptions = {}): Sandbox {
  return new Sandbox(options);
}
