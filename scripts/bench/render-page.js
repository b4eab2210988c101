// The page of the rendering benchmark (scripts/bench/render.mjs bundles it with esbuild from the BUILT elements, as a
// partner's bundler would, and drives it in Chromium). It exposes `window.renderBench`; every figure is taken in the
// page with performance.now() and requestAnimationFrame, the runner only collects them (and reads the heap over CDP).
import '@jrmc/elements/define';
import { createJrmcClient } from '@jrmc/core';
import { css, html, LitElement } from 'lit';

const BASE_URL = `${location.origin}/api`;
const SESSION_URL = '/bench/session';

// The history's real path is provider → client (ky) → fetch. The fetch below (installed by the page's inline
// script, before any module runs) reads each /v1/letters response body to the end, then records that instant as
// the "data arrival" (`window.__lettersArrivals`), before the client parses and validates it.
const arrivals = () => window.__lettersArrivals;

/** Resolves after the frame following now has been produced (rAF runs before paint; the task after it, after). */
const afterNextPaint = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
const nextFrame = () => new Promise((resolve) => requestAnimationFrame(resolve));

/** Resolves when `condition()` becomes true, checked on every DOM change under `root` (and once now). */
function whenDom(root, condition) {
  return new Promise((resolve) => {
    if (condition()) return resolve();
    const observer = new MutationObserver(() => {
      if (!condition()) return;
      observer.disconnect();
      resolve();
    });
    observer.observe(root, { childList: true, subtree: true, attributes: true });
  });
}

function provider() {
  const element = document.createElement('jrmc-provider');
  element.setAttribute('base-url', BASE_URL);
  element.setAttribute('session-url', SESSION_URL);
  element.setAttribute('clock-interval', '0');
  element.setAttribute('theme', 'light');
  document.body.append(element);
  return element;
}

const rowsOf = (host) => host.shadowRoot?.querySelectorAll('.row').length ?? 0;

/**
 * Scrolls `scroller` from top to bottom by `step` px per animation frame. Each frame records the time since the
 * previous one (rAF deltas: with the frame-rate limit off, the real cost of a frame) and how many rows are in the DOM.
 */
async function scrollEndToEnd(scroller, countRows, step, budgetMs) {
  scroller.scrollTop = 0;
  await afterNextPaint();
  const frames = [];
  let maxRows = countRows();
  let previous = await nextFrame();
  const started = previous;
  while (scroller.scrollTop + scroller.clientHeight < scroller.scrollHeight - 1) {
    // A shared machine can make this very slow: stop at the budget and say how far it went.
    if (previous - started > budgetMs) break;
    scroller.scrollTop += step;
    const now = await nextFrame();
    frames.push(now - previous);
    previous = now;
    maxRows = Math.max(maxRows, countRows());
    if (frames.length % 100 === 0) console.log(`scroll: ${frames.length} frames, ${Math.round(scroller.scrollTop)} of ${scroller.scrollHeight} px, ${Math.round(now - started)} ms`);
  }
  // Frames after the last scroll step until the end is painted count too.
  for (let index = 0; index < 3; index += 1) {
    const now = await nextFrame();
    frames.push(now - previous);
    previous = now;
    maxRows = Math.max(maxRows, countRows());
  }
  const reached = Math.min(1, (scroller.scrollTop + scroller.clientHeight) / scroller.scrollHeight);
  return { frames, maxRows, totalMs: previous - started, scrollHeight: scroller.scrollHeight, reached, lastRowText: lastVisibleRow(scroller) };
}

function lastVisibleRow(scroller) {
  const rows = [...scroller.querySelectorAll('.row')];
  const bottom = scroller.getBoundingClientRect().bottom;
  return rows.filter((row) => row.getBoundingClientRect().top < bottom).at(-1)?.dataset.id ?? null;
}

/** `<jrmc-letter-history>` inside a provider, fed by the sandbox through the client. */
async function historyFirstRender() {
  const host = provider();
  const history = document.createElement('jrmc-letter-history');
  history.setAttribute('locale', 'fr');
  history.style.setProperty('--jrmc-history-height', '28rem');
  host.append(history);
  await whenDom(document.body, () => history.shadowRoot !== null);
  await whenDom(history.shadowRoot, () => rowsOf(history) > 0);
  await afterNextPaint();
  const painted = performance.now();
  performance.mark('jrmc-bench:window-end');
  return { dataArrivedAt: arrivals()[0], paintedAt: painted, firstRenderMs: painted - arrivals()[0], rows: rowsOf(history), loaded: history.rows.length };
}

/**
 * Loads every page the way a user gets them: scrolled to the end of what is loaded, the history asks for the next
 * page itself (its rangeChanged prefetch). Times the render after the LAST page's data (10,000 rows then loaded).
 */
async function historyLoadAll(expected) {
  const history = document.querySelector('jrmc-letter-history');
  const scroller = history.shadowRoot.querySelector('.rows');
  const started = performance.now();
  while (history.rows.length < expected || history.loading) {
    scroller.scrollTop = scroller.scrollHeight;
    await nextFrame();
    if (performance.now() - started > 90_000) throw new Error(`only ${history.rows.length} of ${expected} letters loaded`);
  }
  const lastArrival = arrivals().at(-1);
  // The last page's rows reach the DOM once the virtualizer lays them out at the bottom.
  scroller.scrollTop = scroller.scrollHeight;
  await afterNextPaint();
  return { loadAllMs: performance.now() - started, pages: arrivals().length, loaded: history.rows.length, lastPageRenderMs: performance.now() - lastArrival };
}

async function historyScroll(step, budgetMs) {
  const history = document.querySelector('jrmc-letter-history');
  const scroller = history.shadowRoot.querySelector('.rows');
  const result = await scrollEndToEnd(scroller, () => rowsOf(history), step, budgetMs);
  return { ...result, loaded: history.rows.length, domNodes: history.shadowRoot.querySelectorAll('*').length };
}

/**
 * The baseline: a plain Lit list, NO virtualization — every row is a DOM element — with the history's row content
 * (name, recipient and references, id, service, status, dates, handler) in a scroller of the same height.
 */
class PlainLetterList extends LitElement {
  static properties = { rows: { attribute: false } };
  static styles = css`
    :host { display: block; font: 14px/1.4 system-ui, sans-serif; }
    .rows { height: 28rem; overflow: auto; border: 1px solid #ccc; }
    .row { display: grid; grid-template-columns: 2fr 1fr 1fr 1fr 1fr 1fr; gap: 0.5rem; padding: 0.5rem; border-bottom: 1px solid #eee; }
    .name { font-weight: 600; display: block; }
    .detail, .id { display: block; color: #555; font-size: 0.85em; }
    .badge { border-radius: 1rem; padding: 0 0.5rem; background: #eef; }
  `;
  constructor() {
    super();
    this.rows = [];
  }
  render() {
    const day = new Intl.DateTimeFormat('fr-FR', { dateStyle: 'short', timeZone: 'Europe/Paris' });
    return html`<div class="rows" role="list">
      ${this.rows.map(
        (row) => html`<div class="row" role="listitem" data-id=${row.id}>
          <span><span class="name">${row.subscriberName ?? '—'}</span><span class="detail">${[row.recipientName, row.references].filter(Boolean).join(' · ')}</span><span class="id">${row.id}</span></span>
          <span>${row.service}</span>
          <span><span class="badge">${row.status}</span></span>
          <span>${day.format(new Date(row.createdAt))}</span>
          <span>${row.dispatchDate ?? row.scheduledDate ?? '—'}</span>
          <span>${row.assigneeId ?? '—'}</span>
        </div>`,
      )}
    </div>`;
  }
}
customElements.define('bench-plain-letter-list', PlainLetterList);

/** The baseline fetches the same letters through the same client (session token from the bench's backend). */
async function baselineFirstRender() {
  const client = createJrmcClient({ baseUrl: BASE_URL, getToken: () => fetch(SESSION_URL, { method: 'POST' }).then((response) => response.json()) });
  const letters = await client.letters.list({ sort: '-createdAt', trashed: false, limit: 100 }).toArray();
  const dataArrivedAt = arrivals().at(-1);
  const parsedAt = performance.now();
  const list = document.createElement('bench-plain-letter-list');
  document.body.append(list);
  list.rows = letters;
  await whenDom(list.shadowRoot, () => rowsOf(list) === letters.length);
  await afterNextPaint();
  const painted = performance.now();
  return { pages: arrivals().length, loaded: letters.length, rows: rowsOf(list), firstRenderMs: painted - dataArrivedAt, renderOnlyMs: painted - parsedAt };
}

async function baselineScroll(step, budgetMs) {
  const list = document.querySelector('bench-plain-letter-list');
  const scroller = list.shadowRoot.querySelector('.rows');
  const result = await scrollEndToEnd(scroller, () => rowsOf(list), step, budgetMs);
  return { ...result, loaded: list.rows.length, domNodes: list.shadowRoot.querySelectorAll('*').length };
}

/**
 * Opening the builder: from appending `<jrmc-letter-builder>` to a connected provider to the first frame painted
 * with its first step interactive (an enabled field in the step and an enabled "Continuer").
 */
async function openBuilder() {
  const host = document.querySelector('jrmc-provider') ?? provider();
  const builder = document.createElement('jrmc-letter-builder');
  builder.setAttribute('locale', 'fr');
  const started = performance.now();
  host.append(builder);
  const interactive = () => {
    const root = builder.shadowRoot;
    return Boolean(root?.querySelector('.step[data-step] :is(input, select, textarea, button):not([disabled])') && root.querySelector('.nav button.next:not([disabled])'));
  };
  await whenDom(document.body, () => builder.shadowRoot !== null);
  await whenDom(builder.shadowRoot, interactive);
  await afterNextPaint();
  const openMs = performance.now() - started;
  const step = builder.shadowRoot.querySelector('.step').dataset.step;
  builder.remove();
  await afterNextPaint();
  return { openMs, step };
}

window.renderBench = { historyFirstRender, historyLoadAll, historyScroll, baselineFirstRender, baselineScroll, openBuilder };
