import type { IsoDate } from '@jrmc/core';
import { parisDate } from '@jrmc/core';
import type { SandboxStore } from '../db/store.js';
import type { PriceList } from './prices.js';

/** Work that must happen after a transaction commits (PDF rendering, hashing, webhook deliveries). */
export interface AfterCommit {
  /** Letters deposited in this transaction: their PDF and proofs are issued after commit. */
  depositedLetterIds: string[];
}

/** What every domain operation works with. */
export interface SandboxContext {
  store: SandboxStore;
  /** The sandbox instant the operation happens at. */
  now: Date;
  prices: PriceList;
  after: AfterCommit;
}

/** A context acting for an account (and maybe a user profile). */
export interface AccountContext extends SandboxContext {
  accountId: string;
  profileId: string | null;
}

/** The Paris day of the context's instant. */
export function todayOf(context: SandboxContext): IsoDate {
  return parisDate(context.now.toISOString());
}

/** The context's instant as the wire writes it. */
export function nowIso(context: SandboxContext): string {
  return context.now.toISOString();
}
