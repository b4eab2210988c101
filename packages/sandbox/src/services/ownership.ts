import type { Collection } from '../db/schema.js';
import { notFound } from './errors.js';
import type { AccountContext } from './context.js';

/**
 * A document of the context's account, or 404 — the same answer whether it does not exist or belongs
 * to another account, so ids reveal nothing across accounts.
 */
export function getOwned<T extends { id: string; accountId: string }>(context: AccountContext, collection: Collection, id: string, what: string): T {
  const doc = context.store.get<T>(collection, id);
  if (!doc || doc.accountId !== context.accountId) throw notFound(what);
  return doc;
}
