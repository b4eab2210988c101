import type { Page } from '@jrmc/core/contract';
import type { Collection } from '../db/schema.js';
import { UnknownCursorError, type Filter, type SandboxStore } from '../db/store.js';
import { invalidRequest } from '../services/errors.js';

const DEFAULT_LIMIT = 20;

type PageParams = { cursor?: string | undefined; limit?: number | undefined };

/**
 * Cursor pagination over items already in display order (small lists: the directory): the cursor names
 * the last item seen (its id), so pages stay consistent when new items arrive at the top.
 */
export function paginate<T extends { id: string }, R>(items: readonly T[], params: PageParams, map: (item: T) => R): Page<R> {
  const limit = params.limit ?? DEFAULT_LIMIT;
  let start = 0;
  if (params.cursor) {
    const lastId = decodeCursor(params.cursor);
    const index = items.findIndex((item) => item.id === lastId);
    if (index < 0) throw unknownCursor();
    start = index + 1;
  }
  const slice = items.slice(start, start + limit);
  const last = slice.at(-1);
  return { data: slice.map(map), nextCursor: start + limit < items.length && last ? encodeCursor(last.id) : null };
}

/** The same pagination, newest first, read from the store page by page (keyset on insertion order). */
export function paginateStored<T extends { id: string }, R>(store: SandboxStore, collection: Collection, filter: Filter, params: PageParams, map: (item: T) => R): Page<R> {
  const limit = params.limit ?? DEFAULT_LIMIT;
  const after = params.cursor ? decodeCursor(params.cursor) : null;
  if (params.cursor && !after) throw unknownCursor();
  try {
    const { docs, hasMore } = store.page<T>(collection, filter, { after, limit, order: 'desc' });
    const last = docs.at(-1);
    return { data: docs.map(map), nextCursor: hasMore && last ? encodeCursor(last.id) : null };
  } catch (error) {
    if (error instanceof UnknownCursorError) throw unknownCursor();
    throw error;
  }
}

export function unknownCursor() {
  return invalidRequest('Unknown or expired cursor', [{ path: ['cursor'], code: 'invalid_cursor', message: 'Start again from the first page' }]);
}

export function encodeCursor(id: string): string {
  return btoa(JSON.stringify({ after: id })).replace(/=+$/, '');
}

export function decodeCursor(cursor: string): string | null {
  try {
    const value = JSON.parse(atob(cursor)) as { after?: unknown };
    return typeof value.after === 'string' ? value.after : null;
  } catch {
    return null;
  }
}
