import { html, isServer, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { styleMap } from 'lit/directives/style-map.js';
import { visibleWindow } from '../shared/visible-window.js';

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
// Before the first row is measured: the rows' CSS min-height (3rem).
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
  #resize: ResizeObserver | null = null;
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
    // A new width can turn table rows into taller cards: measure again.
    this.#resize = new ResizeObserver(() => {
      this.#remeasures = 0;
      this.#measure();
    });
  }

  hostDisconnected(): void {
    this.#resize?.disconnect();
    this.#resize = null;
    clearTimeout(this.#searchTimer);
  }

  hostUpdated(): void {
    const scroller = this.#scroller();
    if (scroller && this.#resize) this.#resize.observe(scroller);
    this.#measure();
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

  /** Listen to the scroller's `scroll` with this. */
  onScroll = (event: Event): void => {
    this.#scrollTop = (event.currentTarget as HTMLElement).scrollTop;
    this.#remeasures = 0;
    this.#host.requestUpdate();
  };

  /**
   * The drawn window of rows between two spacers that stand for the others, so the scrollbar shows the whole list.
   * `renderRow` gets the row and its ARIA position attributes' values.
   */
  renderRows(renderRow: (row: Row, position: { index: number; setSize: number }) => TemplateResult): TemplateResult {
    const { first, last } = visibleWindow({ count: this.rows.length, scrollTop: this.#scrollTop, viewport: this.#viewport || ESTIMATED_ROW_PX * 10, rowHeight: this.#rowHeight, overscan: OVERSCAN, maxRows: MAX_ROWS });
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

  /** Reads the scroller's height and the drawn rows' height; draws again if either moved, fetches more near the end. */
  #measure(): void {
    const scroller = this.#scroller();
    if (!scroller) return;
    const drawn = [...scroller.querySelectorAll<HTMLElement>(':scope > [role="listitem"]')];
    const height = drawn.length ? drawn.reduce((sum, row) => sum + row.offsetHeight, 0) / drawn.length : this.#rowHeight;
    const viewport = scroller.clientHeight;
    if (((height > 0 && Math.abs(height - this.#rowHeight) > 0.5) || viewport !== this.#viewport) && this.#remeasures < 3) {
      this.#remeasures += 1;
      if (height > 0) this.#rowHeight = height;
      this.#viewport = viewport;
      this.#host.requestUpdate();
    }
    const { last } = visibleWindow({ count: this.rows.length, scrollTop: this.#scrollTop, viewport: this.#viewport, rowHeight: this.#rowHeight, overscan: OVERSCAN, maxRows: MAX_ROWS });
    if (this.rows.length > 0 && last >= this.rows.length - PREFETCH_ROWS) void this.more();
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
