/** What the list knows when it decides which rows to draw. */
export interface WindowInput {
  /** How many rows the list holds. */
  readonly count: number;
  /** How far the scroller is scrolled, in px. */
  readonly scrollTop: number;
  /** The scroller's visible height, in px. */
  readonly viewport: number;
  /** The height of one row, in px (measured on the rows drawn, the same for every row). */
  readonly rowHeight: number;
  /** Rows drawn above and below the visible ones, so a fast scroll or a Tab does not meet an empty gap. */
  readonly overscan: number;
  /** The most rows ever drawn at once. */
  readonly maxRows: number;
}

/** The rows to draw: `first` included, `last` excluded. */
export interface RowWindow {
  readonly first: number;
  readonly last: number;
}

/**
 * @summary The slice of a fixed-height list to put in the DOM for a scroll position.
 * @returns `first ≤ last`, within `[0, count]`, at most `maxRows` rows, covering every visible row when they fit
 * in `maxRows`. Nonsense measures (negative, NaN, a zero row height before the first layout) fall back to drawing
 * from the top rather than throwing: the next scroll or resize corrects them.
 * @example
 * visibleWindow({ count: 1000, scrollTop: 4800, viewport: 480, rowHeight: 48, overscan: 10, maxRows: 60 }) //=> { first: 90, last: 120 }
 */
export function visibleWindow({ count, scrollTop, viewport, rowHeight, overscan, maxRows }: WindowInput): RowWindow {
  const total = Math.max(0, Math.floor(count) || 0);
  const limit = Math.max(1, Math.floor(maxRows) || 1);
  const height = rowHeight > 0 && Number.isFinite(rowHeight) ? rowHeight : 1;
  const extra = Math.max(0, Math.floor(overscan) || 0);
  const top = scrollTop > 0 && Number.isFinite(scrollTop) ? scrollTop : 0;
  const seen = viewport > 0 && Number.isFinite(viewport) ? viewport : 0;
  let firstVisible = Math.floor(top / height);
  // Scrolled past the end (the list just got shorter; the browser corrects the scroll next): the last rows.
  if (firstVisible >= total) firstVisible = Math.max(0, total - Math.ceil(seen / height));
  const lastVisible = Math.min(total, Math.max(firstVisible, Math.ceil((top + seen) / height))); // excluded
  const visibleRows = lastVisible - firstVisible;
  // The overscan gives way first when the visible rows alone nearly fill the budget.
  const margin = Math.min(extra, Math.max(0, Math.floor((limit - visibleRows) / 2)));
  const first = Math.max(0, firstVisible - margin);
  // At the top, the overscan that has no room above is spent below.
  const last = Math.min(total, first + limit, Math.max(lastVisible + margin, first + visibleRows + 2 * margin));
  return { first, last };
}
