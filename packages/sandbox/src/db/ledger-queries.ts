import type { SandboxStore } from './store.js';

/** Whether the account's ledger holds at least one card top-up (JRMC's mandate is signed after the first one). */
export function hasTopUp(store: SandboxStore, accountId: string): boolean {
  return store.select<{ found: number }>("SELECT 1 AS found FROM ledger WHERE account_id = ? AND amount > 0 AND json_extract(body, '$.kind') = 'top_up' LIMIT 1", accountId).length > 0;
}
