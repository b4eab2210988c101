import type { SandboxStore } from './store.js';

/** Whether the account's ledger holds at least one card top-up (JRMC's mandate is signed after the first one). */
export function hasTopUp(store: SandboxStore, accountId: string): boolean {
  return store.query((db) => db.selectFrom('ledger').select('id').where('account_id', '=', accountId).where('kind', '=', 'top_up').limit(1)).length > 0;
}

/** The sum of an account's ledger entries, or of every account's (the balance the entries explain). */
export function ledgerTotal(store: SandboxStore, accountId: string | null): number {
  const [row] = store.query((db) => {
    const query = db.selectFrom('ledger').select((eb) => eb.fn.coalesce(eb.fn.sum<number>('amount'), eb.lit(0)).as('total'));
    return accountId === null ? query : query.where('account_id', '=', accountId);
  });
  return Number(row?.total ?? 0);
}
