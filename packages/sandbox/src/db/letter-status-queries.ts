import type { LetterStatus } from '@jrmc/core';
import type { SandboxStore } from './store.js';

/** The distinct statuses an account's letters are in (one row per status; served by the account's history index). */
export function letterStatusesOf(store: SandboxStore, accountId: string): { status: LetterStatus }[] {
  return store.query((db) => db.selectFrom('letters').select('status').distinct().where('account_id', '=', accountId)) as { status: LetterStatus }[];
}
