import type { Page } from '../contract/common.js';

/**
 * A cursor-paginated list: iterate it with `for await` to walk every item across pages (fetched one
 * page at a time, as you go), collect with `toArray`, or fetch single pages yourself.
 *
 * @example
 * for await (const letter of client.letters.list({ status: 'scheduled' })) console.log(letter.id);
 * const first100 = await client.letters.list().toArray({ limit: 100 });
 */
export class AutoPaginatedList<T> implements AsyncIterable<T> {
  constructor(private readonly fetchPage: (cursor: string | undefined) => Promise<Page<T>>) {}

  /** One page: the first without a cursor, the next with the previous page's `nextCursor`. */
  page(cursor?: string): Promise<Page<T>> {
    return this.fetchPage(cursor);
  }

  async *[Symbol.asyncIterator](): AsyncIterator<T> {
    let cursor: string | undefined;
    do {
      const page = await this.fetchPage(cursor);
      yield* page.data;
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
  }

  /** Every item (or the first `limit`), fetching only the pages needed. */
  async toArray(options: { limit?: number } = {}): Promise<T[]> {
    const limit = options.limit ?? Number.POSITIVE_INFINITY;
    const items: T[] = [];
    if (limit <= 0) return items;
    for await (const item of this) {
      items.push(item);
      if (items.length >= limit) break;
    }
    return items;
  }
}
