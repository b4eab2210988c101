import { html, isServer, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { styleMap } from 'lit/directives/style-map.js';
import { visibleWindow, type RowWindow } from '../shared/visible-window.js';

/** One page of a cursor-paginated API list. */
export interface CursorPage<Row> {
  readonly data: readonly Row[];
  readonly nextCursor: string | null;
}

/** How a {@link CursorListController} loads and reports. */
export interface CursorListConfig<Row, Filters> {
  /** The filters the list starts with. */
  readonly filters: Filters;
  /** Fetches one page (`cursor` undefined: the first). */
  readonly load: (filters: Filters, cursor: string | undefined) => Promise<CursorPage<Row>>;
  /** A failed page: the element turns it into its message (returned, shown in `error`) and its event. */
  readonly failed: (error: unknown) => string;
  /** The scroller that holds the rows, in the host's shadow root (default `.rows`). */
  readonly scroller?: string;
}

const SEARCH_DELAY_MS = 300;
// Fetch the next page when the drawn rows come this close to the end of what is loaded.
const PREFETCH_ROWS = 30;
// Rows drawn beyond the visible ones on each side, and the most rows ever in the DOM.
const OVERSCAN = 10;
const MAX_ROWS = 60;
// Before the first row is measured: the rows' CSS min-height (3rem), so the rows drawn then cover the viewport.
const ESTIMATED_ROW_PX = 48;

/**
 * A long list paged by the API's cursor and drawn as a window of rows — the one implementation behind
 * `<jrmc-letter-history>` and `<jrmc-loan-dossiers>`: filters with a debounced text search, a generation counter so
 * a page answered for old filters is dropped, the next page fetched when the reader nears the end, and at most
 * {@link MAX_ROWS} rows in the DOM whatever the length.
 *
 * Why our own windowing rather than `@lit-labs/virtualizer`: our rows share one height per layout (a table row at
 * desktop width, a card in a narrow column), so a fixed-height window measured on the drawn rows is all these lists
 * need. It costs about 1 kB minified where the virtualizer cost 30 kB on every page that shows a list, and it keeps
 * the semantics the virtualizer did not give: each row says its position (`aria-posinset`/`aria-setsize`, -1 while
 * more pages exist), rows are keyed so the focused button stays the same element while the window moves, and Tab
 * through the rows scrolls the next ones in as the browser brings the focused button into view.
 *
 * @example
 * readonly list = new CursorListController(this, { filters: {}, load: (filters, cursor) => client.letters.list({ ...filters, limit }).page(cursor), failed: (error) => message(error) });
 * render() { return html`<div class="rows" role="list" @scroll=${this.list.onScroll}>${this.list.renderRows((row, position) => html`<div role="listitem" ${position}>…</div>`)}</div>`; }
 */
export class CursorListController<Row extends { readonly id: string }, Filters extends { readonly q?: string | undefined }> implements ReactiveController {
  /** The current filters (change them with {@link filter} or {@link search}). */
  filters: Filters;
  /** Every row loaded so far, in the API's order. */
  rows: readonly Row[] = [];
  /** The cursor of the next page, `null` at the end. */
  nextCursor: string | null = null;
  /** Whether a page is on its way. */
  loading = false;
  /** The message of the last failure, `null` when the last call went well. */
  error: string | null = null;

  readonly #host: ReactiveControllerHost & HTMLElement;
  readonly #config: CursorListConfig<Row, Filters>;
  #generation = 0;
  #searchTimer: ReturnType<typeof setTimeout> | undefined;
  #rowHeight = ESTIMATED_ROW_PX;
  #scrollTop = 0;
  #viewport = 0;
  // The window last drawn: a scroll that keeps it (a slow wheel inside one row) draws nothing.
  #drawn: RowWindow = { first: 0, last: 0 };
  // Sizes come from ResizeObservers, after the browser's own layout: reading offsetHeight after every update forced
  // a second, synchronous layout per scroll frame (most of a frame's time when profiled).
  #scrollerSize: ResizeObserver | null = null;
  #rowSizes: ResizeObserver | null = null;
  #observedScroller: HTMLElement | null = null;
  readonly #heights = new Map<Element, number>();
  #redrawFrame = 0;
  #measured = false;
  // Redraws asked by a new measure since the last scroll or resize: rows of slightly different heights could
  // otherwise make the average, hence the window, hence the average swing forever.
  #remeasures = 0;

  constructor(host: ReactiveControllerHost & HTMLElement, config: CursorListConfig<Row, Filters>) {
    this.#host = host;
    this.#config = config;
    this.filters = config.filters;
    host.addController(this);
  }

  hostConnected(): void {
    if (isServer) return;
    // A new height of the scroller changes how many rows show; a new width can turn table rows into taller cards.
    this.#scrollerSize = new ResizeObserver((entries) => {
      const box = entries.at(-1)?.contentBoxSize[0];
      if (box) this.#viewport = box.blockSize;
      this.#remeasures = 0;
      this.#redrawNextFrame();
    });
    this.#rowSizes = new ResizeObserver((entries) => this.#rowsResized(entries));
  }

  hostDisconnected(): void {
    this.#scrollerSize?.disconnect();
    this.#rowSizes?.disconnect();
    this.#scrollerSize = this.#rowSizes = this.#observedScroller = null;
    this.#heights.clear();
    cancelAnimationFrame(this.#redrawFrame);
    this.#redrawFrame = 0;
    clearTimeout(this.#searchTimer);
  }

  hostUpdated(): void {
    const scroller = this.#scroller();
    if (scroller && this.#scrollerSize && scroller !== this.#observedScroller) {
      if (this.#observedScroller) this.#scrollerSize.unobserve(this.#observedScroller);
      this.#scrollerSize.observe(scroller);
      this.#observedScroller = scroller;
    }
    if (scroller) this.#observeRows(scroller);
    // Fetch the next page when the drawn rows come near the end of what is loaded (arithmetic only, no layout read).
    if (this.rows.length > 0 && this.#drawn.last >= this.rows.length - PREFETCH_ROWS) void this.more();
  }

  /** Reloads from the first page with the current filters, back at the top of the list. */
  async reload(): Promise<void> {
    this.rows = [];
    this.nextCursor = null;
    const scroller = this.#scroller();
    if (scroller) scroller.scrollTop = 0;
    this.#scrollTop = 0;
    await this.#loadPage(undefined);
  }

  /** Loads the next page, if there is one and none is on its way. */
  async more(): Promise<void> {
    if (this.nextCursor && !this.loading) await this.#loadPage(this.nextCursor);
  }

  /** Changes some filters and reloads. */
  filter(patch: Partial<Filters>): void {
    this.filters = { ...this.filters, ...patch };
    void this.reload();
  }

  /** The text search, applied once the user pauses typing. */
  search(query: string): void {
    clearTimeout(this.#searchTimer);
    this.#searchTimer = setTimeout(() => this.filter({ q: query.trim() || undefined } as Partial<Filters>), SEARCH_DELAY_MS);
  }

  /** Replaces the loaded rows after a local change (a row trashed, reassigned), without a reload. */
  edit(change: (rows: readonly Row[]) => readonly Row[]): void {
    this.rows = change(this.rows);
    this.#host.requestUpdate();
  }

  /** Records a failure of the element's own calls (the same `error` as a failed page). */
  fail(message: string): void {
    this.error = message;
    this.#host.requestUpdate();
  }

  /** Listen to the scroller's `scroll` with this (the browser sends at most one per frame). */
  onScroll = (event: Event): void => {
    this.#scrollTop = (event.currentTarget as HTMLElement).scrollTop;
    this.#remeasures = 0;
    const { first, last } = this.#window();
    if (first !== this.#drawn.first || last !== this.#drawn.last) this.#host.requestUpdate();
  };

  /**
   * The drawn window of rows between two spacers that stand for the others, so the scrollbar shows the whole list.
   * `renderRow` gets the row and its ARIA position attributes' values.
   */
  renderRows(renderRow: (row: Row, position: { index: number; setSize: number }) => TemplateResult): TemplateResult {
    const { first, last } = (this.#drawn = this.#window());
    const setSize = this.nextCursor ? -1 : this.rows.length;
    const spacer = (rows: number) => html`<div class="spacer" aria-hidden="true" style=${styleMap({ height: `${rows * this.#rowHeight}px` })}></div>`;
    return html`${spacer(first)}${repeat(
      this.rows.slice(first, last),
      (row) => row.id,
      (row, offset) => renderRow(row, { index: first + offset + 1, setSize }),
    )}${spacer(this.rows.length - last)}`;
  }

  #scroller(): HTMLElement | null {
    return this.#host.shadowRoot?.querySelector<HTMLElement>(this.#config.scroller ?? '.rows') ?? null;
  }

  /** The rows to draw for the last known scroll position and sizes. */
  #window(): RowWindow {
    // Until rows have been measured (the first data), only what fills the viewport at the rows' minimum height: the
    // first paint shows every visible row and costs a third of a full window; the overscan follows a frame later.
    const overscan = this.#measured ? OVERSCAN : 0;
    return visibleWindow({ count: this.rows.length, scrollTop: this.#scrollTop, viewport: this.#viewport || ESTIMATED_ROW_PX * 10, rowHeight: this.#rowHeight, overscan, maxRows: MAX_ROWS });
  }

  /** Watches the size of each drawn row (new rows are reported once laid out) and forgets the rows gone. */
  #observeRows(scroller: HTMLElement): void {
    if (!this.#rowSizes) return;
    for (const row of this.#heights.keys()) {
      if (row.parentNode === scroller) continue;
      this.#rowSizes.unobserve(row);
      this.#heights.delete(row);
    }
    for (const row of scroller.children) {
      if (row.getAttribute('role') !== 'listitem' || this.#heights.has(row)) continue;
      this.#heights.set(row, 0);
      this.#rowSizes.observe(row);
    }
  }

  /** New row heights: when their average moved, the spacers and the window follow on the next frame. */
  #rowsResized(entries: readonly ResizeObserverEntry[]): void {
    for (const entry of entries) {
      if (this.#heights.has(entry.target)) this.#heights.set(entry.target, entry.borderBoxSize[0]?.blockSize ?? 0);
    }
    let sum = 0;
    let measured = 0;
    for (const height of this.#heights.values()) {
      if (height <= 0) continue;
      sum += height;
      measured += 1;
    }
    if (measured === 0) return;
    if (!this.#measured) {
      this.#measured = true;
      this.#redrawNextFrame(); // the overscan
    }
    const average = sum / measured;
    if (Math.abs(average - this.#rowHeight) <= 0.5 || this.#remeasures >= 3) return;
    this.#remeasures += 1;
    this.#rowHeight = average;
    this.#redrawNextFrame();
  }

  /**
   * Redraws on the next animation frame, once however many measures arrive: a redraw from inside a
   * ResizeObserver callback would change sizes during the browser's observation loop (which then reports
   * "ResizeObserver loop completed with undelivered notifications" to the page's error handlers).
   */
  #redrawNextFrame(): void {
    if (this.#redrawFrame) return;
    this.#redrawFrame = requestAnimationFrame(() => {
      this.#redrawFrame = 0;
      this.#host.requestUpdate();
    });
  }

  async #loadPage(cursor: string | undefined): Promise<void> {
    const generation = cursor ? this.#generation : ++this.#generation;
    this.loading = true;
    this.error = null;
    this.#host.requestUpdate();
    try {
      const page = await this.#config.load(this.filters, cursor);
      if (generation !== this.#generation) return; // the filters changed meanwhile
      this.rows = cursor ? [...this.rows, ...page.data] : page.data;
      this.nextCursor = page.nextCursor;
    } catch (error) {
      if (generation !== this.#generation) return;
      this.error = this.#config.failed(error);
    } finally {
      if (generation === this.#generation) {
        this.loading = false;
        this.#host.requestUpdate();
      }
    }
  }
}
