import type { Page } from '@jrmc/core/contract';
import { invalidRequest } from './api-error.js';

const DEFAULT_LIMIT = 20;

/**
 * Cursor pagination over items already in display order: the cursor names the last item seen (its id),
 * so pages stay consistent when new items arrive at the top.
 */
export function paginate<T extends { id: string }, R>(items: readonly T[], params: { cursor?: string | undefined; limit?: number | undefined }, map: (item: T) => R): Page<R> {
  const limit = params.limit ?? DEFAULT_LIMIT;
  let start = 0;
  if (params.cursor) {
    const lastId = decodeCursor(params.cursor);
    const index = items.findIndex((item) => item.id === lastId);
    if (index < 0) throw invalidRequest('Unknown or expired cursor', [{ path: ['cursor'], code: 'invalid_cursor', message: 'Start again from the first page' }]);
    start = index + 1;
  }
  const slice = items.slice(start, start + limit);
  const last = slice.at(-1);
  return { data: slice.map(map), nextCursor: start + limit < items.length && last ? encodeCursor(last.id) : null };
}

function encodeCursor(id: string): string {
  return btoa(JSON.stringify({ after: id })).replace(/=+$/, '');
}

function decodeCursor(cursor: string): string | null {
  try {
    const value = JSON.parse(atob(cursor)) as { after?: unknown };
    return typeof value.after === 'string' ? value.after : null;
  } catch {
    return null;
  }
}
