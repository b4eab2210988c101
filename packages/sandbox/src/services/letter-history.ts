import type { LetterListParams, LetterSummary, Page } from '@jrmc/core/contract';
import { historyPage } from '../db/letter-history-queries.js';
import type { SandboxStore } from '../db/store.js';
import { invalidRequest } from './errors.js';
import { normalizeSearch } from './search.js';

const DEFAULT_LIMIT = 20;

/**
 * An account's letter history, one page: filtered, searched and sorted in SQL on the letters' indexed
 * columns (only this account's rows are read), with a keyset cursor naming the last letter seen.
 */
export function letterHistory(store: SandboxStore, accountId: string, params: LetterListParams, cursorId: string | null): Page<LetterSummary> & { lastId: string | null } {
  const sort = params.sort ?? '-createdAt';
  const q = params.q ? normalizeSearch(params.q) : '';
  const limit = params.limit ?? DEFAULT_LIMIT;
  const page = historyPage(
    store,
    {
      accountId,
      trashed: params.trashed === true,
      service: params.service,
      status: params.status,
      assigneeId: params.assigneeId ?? undefined,
      product: params.product,
      createdFrom: params.from,
      createdTo: params.to,
      search: q || undefined,
    },
    { field: sort.replace('-', '') as 'createdAt' | 'dispatchDate', descending: sort.startsWith('-') },
    cursorId,
    limit,
  );
  if (!page) throw invalidRequest('Unknown or expired cursor', [{ path: ['cursor'], code: 'invalid_cursor', message: 'Start again from the first page' }]);
  const data = page.summaries.map((summary) => JSON.parse(summary) as LetterSummary);
  return { data, nextCursor: null, lastId: page.hasMore ? data.at(-1)!.id : null };
}
