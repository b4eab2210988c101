// Rendering benchmark (not a test): <jrmc-letter-history> with 10,000 letters against a plain Lit list of the same
// rows (no virtualization), and opening <jrmc-letter-builder>, measured in headless Chromium. Run from the repository
// root after `pnpm run build` (about a minute):
//   node scripts/bench/render.mjs
// It starts the sandbox on a free port, seeds an account with 10,000 letters, bundles scripts/bench/render-page.js
// from the BUILT packages with esbuild (minified, as a partner's bundler would) and serves it with /api/* proxied to
// the sandbox (same origin) and /bench/session minting session tokens like a partner's backend. Every scenario runs
// in a fresh page. Chromium runs with its frame-rate limit off, so the time between two animation frames is what
// the frame cost, not the 16.7 ms vsync period. Targets are reported, never asserted. BENCH_SCREENSHOTS=<dir> also
// saves pictures of the history at 1280 / 375 px, light / dark, to look at. BENCH_HISTORY_ONLY=1 skips the baseline
// and the builder. BENCH_PROFILE=<dir> bundles without
// minifying, records the history's first render and its fast scroll with the Chromium tracer and the V8 sampling
// profiler (files in <dir>, open them in DevTools) and prints where the main thread's time went (profiling slows
// the figures themselves: read them from a run without it). BENCH_FIRST_RENDER_ONLY=1 measures the history's first
// render alone, BENCH_FIRST_RENDERS=<n> times (default 5).
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';
import { chromium } from 'playwright-core';
import { createJrmcClient } from '@jrmc/core';
import { createAccount, seedHistory } from '@jrmc/sandbox';
import { startSandboxServer } from '@jrmc/sandbox/server';
import { startProfiling } from './render-profile.mjs';
import { startPageServer } from '../lib/page-server.mjs';

const LETTERS = 10_000;
// Two speeds, both reported. 1000 px per frame is about 2 viewports of the list per frame (60,000 px/s at 60 frames/s):
// harder than any hand, it replaces most drawn rows every frame. 150 px per frame (9,000 px/s) is a brisk wheel or
// touch fling, what a reader actually does. Per speed and list, the scroll stops at its budget on a loaded machine
// and reports how far it got (the list is uniform, so a part is representative).
const SCROLL_SPEEDS = [
  { stepPx: 1000, budgetMs: 40_000 },
  { stepPx: 150, budgetMs: 15_000 },
];
const BUILDER_OPENINGS = 15;
const FIRST_RENDERS = process.env.BENCH_PROFILE ? 1 : Number(process.env.BENCH_FIRST_RENDERS) || 5;
const CHROMIUM = '/usr/bin/chromium';
const root = fileURLToPath(new URL('../../', import.meta.url));

for (const built of ['packages/elements/dist/define.js', 'packages/core/dist/index.js', 'packages/sandbox/dist/index.js']) {
  if (!existsSync(join(root, built))) throw new Error(`${built} is missing: run \`pnpm run build\` first`);
}

const percentile = (values, p) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor((p / 100) * values.length))];
const round = (value) => Math.round(value * 10) / 10;
const summary = (values) => ({ p50: round(percentile(values, 50)), p95: round(percentile(values, 95)), max: round(Math.max(...values)), count: values.length });

// The sandbox, on a free port, with one account holding 10,000 letters.
const directory = mkdtempSync(join(tmpdir(), 'jrmc-render-bench-'));
const sandboxServer = await startSandboxServer({ port: 0, database: join(directory, 'bench.db'), frozen: true, startAt: new Date('2026-11-30T09:00:00Z'), http: { rateLimit: 0 } });
const account = createAccount(sandboxServer.sandbox, { name: 'Cabinet mesuré', credit: 10_000 });
seedHistory(sandboxServer.sandbox, account.accountId, { count: LETTERS });
const backendClient = createJrmcClient({ baseUrl: sandboxServer.url, apiKey: account.apiKey });

// The page, bundled from the built packages.
const bundle = await esbuild.build({
  entryPoints: [join(root, 'scripts/bench/render-page.js')],
  nodePaths: [join(root, 'packages/elements/node_modules')],
  bundle: true,
  splitting: true,
  format: 'esm',
  minify: !process.env.BENCH_PROFILE,
  target: 'es2022',
  write: false,
  outdir: '/bench',
  logLevel: 'error',
});
const assets = new Map(bundle.outputFiles.map((file) => [file.path, Buffer.from(file.contents)]));
const pageHtml = `<!doctype html><html lang="fr"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<script>
  // Records when each /v1/letters response has fully arrived (body read), before the client parses it.
  window.__lettersArrivals = [];
  const realFetch = window.fetch.bind(window);
  window.fetch = async (input, init) => {
    const response = await realFetch(input, init);
    const url = new URL(typeof input === 'string' ? input : input.url, location.href);
    if (url.pathname !== '/api/v1/letters') return response;
    const body = await response.arrayBuffer();
    window.__lettersArrivals.push(performance.now());
    // Where a profile (BENCH_PROFILE) starts its "first render after data" span: see render-profile.mjs.
    performance.mark('jrmc-bench:window-start');
    return new Response(body, { status: response.status, statusText: response.statusText, headers: response.headers });
  };
</script>
<script type="module" src="/bench/render-page.js"></script></head><body style="margin:1rem;font-family:system-ui"></body></html>`;

const server = await startPageServer({ pageHtml, assets, sessionPath: '/bench/session', backendClient, sandboxUrl: sandboxServer.url });
const { origin } = server;

const browser = await chromium.launch({
  executablePath: CHROMIUM,
  headless: true,
  args: ['--no-sandbox', '--disable-gpu-vsync', '--disable-frame-rate-limit'],
});

/** A fresh page at 1280 × 800 with the bench loaded, and a CDP session for the heap. */
async function freshPage() {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  page.on('pageerror', (error) => console.error('page error:', error.message));
  page.on('console', (message) => message.text().startsWith('scroll:') && console.error(message.text()));
  if (process.env.BENCH_DEBUG) page.on('console', (message) => console.error('console:', message.text()));
  if (process.env.BENCH_DEBUG) page.on('response', (answer) => console.error('response:', answer.status(), answer.url()));
  await page.goto(origin);
  await page.waitForFunction(() => window.renderBench !== undefined);
  const cdp = await context.newCDPSession(page);
  await cdp.send('HeapProfiler.enable');
  const heapMb = async () => {
    await cdp.send('HeapProfiler.collectGarbage');
    const { usedSize } = await cdp.send('Runtime.getHeapUsage');
    return round(usedSize / 2 ** 20);
  };
  await cdp.send('Performance.enable');
  // The renderer main thread's own CPU time (ThreadTime) and the time its tasks took: on a shared machine the
  // wall-clock frame times also count other jobs' turns, CPU time does not.
  const metrics = async () => Object.fromEntries((await cdp.send('Performance.getMetrics')).metrics.map(({ name, value }) => [name, value]));
  /** Runs `work` and returns its result with the main thread's CPU ms and script/layout/style ms meanwhile. */
  const withCpu = async (work) => {
    const before = await metrics();
    const result = await work();
    const after = await metrics();
    const delta = (name) => (after[name] - before[name]) * 1000;
    return { result, cpu: { threadMs: delta('ThreadTime'), scriptMs: delta('ScriptDuration'), layoutMs: delta('LayoutDuration'), styleMs: delta('RecalcStyleDuration'), taskMs: delta('TaskDuration') } };
  };
  const profiled = (name, work) => (process.env.BENCH_PROFILE ? profile(name, work) : work());
  /** With BENCH_PROFILE: `work` under the tracer and the sampling profiler, summarized on stderr. */
  const profile = async (name, work) => {
    const stop = await startProfiling({ browser, page, cdp, directory: process.env.BENCH_PROFILE, name });
    const result = await work();
    console.error(JSON.stringify(await stop(), null, 2));
    return result;
  };
  return { page, heapMb, withCpu, profiled, close: () => context.close() };
}

const scrollReport = (result, cpu, heapBefore, heapAfter) => ({
  'frame ms (rAF deltas, wall clock)': summary(result.frames),
  'main-thread CPU ms per frame (mean)': round(cpu.threadMs / result.frames.length),
  'main-thread ms per frame running script / style / layout (mean, wall)': [cpu.scriptMs, cpu.styleMs, cpu.layoutMs].map((ms) => round(ms / result.frames.length)).join(' / '),
  'DOM rows, max while scrolling': result.maxRows,
  'rows loaded': result.loaded,
  'elements in the shadow root at the end': result.domNodes,
  'scroll time, ms': round(result.totalMs),
  'share of the list scrolled through': `${Math.round(result.reached * 100)} %`,
  'last row reached': result.lastRowText,
  'JS heap MB after GC, before → after scrolling': `${heapBefore} → ${heapAfter}`,
});

const started = Date.now();
const loadAtStart = loadavg().map(round);
const progress = (step) => console.error(`${round((Date.now() - started) / 1000)} s: ${step}`);

// 1. The history. The first render is one sample per page, so it is taken in FIRST_RENDERS fresh pages and
// reported as a median (a single sample on a shared machine swings by several times); the last page goes on.
const firstRenders = [];
let history;
for (let index = 0; index < FIRST_RENDERS; index += 1) {
  await history?.close();
  history = await freshPage();
  progress(`history: first render ${index + 1} of ${FIRST_RENDERS}`);
  firstRenders.push(await history.profiled(`history-first-render-${index + 1}`, () => history.page.evaluate(() => window.renderBench.historyFirstRender())));
}
const historyFirst = firstRenders.at(-1);
const historyHeapFirstPage = await history.heapMb();
if (process.env.BENCH_FIRST_RENDER_ONLY) {
  // BENCH_FIRST_RENDER_ONLY=1: the history's first render alone (seconds instead of minutes), for before/after runs.
  const firstMs = firstRenders.map((first) => first.firstRenderMs);
  console.log(JSON.stringify({ load: [loadAtStart, loadavg().map(round)], firstRenderMs: summary(firstMs), each: firstMs.map(round), rows: historyFirst.rows }));
  await browser.close();
  server.close();
  await sandboxServer.close();
  rmSync(directory, { recursive: true, force: true });
  process.exit(0);
}
if (process.env.BENCH_SCREENSHOTS) {
  // Not part of the figures: pictures of the history as the bench shows it, to look at (1280 / 375 px, light / dark).
  for (const width of [1280, 375]) {
    await history.page.setViewportSize({ width, height: 800 });
    for (const theme of ['light', 'dark']) {
      await history.page.evaluate((value) => document.querySelector('jrmc-provider').setAttribute('theme', value), theme);
      await history.page.waitForTimeout(300);
      await history.page.screenshot({ path: join(process.env.BENCH_SCREENSHOTS, `history-${width}-${theme}.png`) });
    }
  }
  await history.page.setViewportSize({ width: 1280, height: 800 });
  await history.page.evaluate(() => document.querySelector('jrmc-provider').setAttribute('theme', 'light'));
}
progress('history: loading every page');
const historyLoad = await history.page.evaluate((expected) => window.renderBench.historyLoadAll(expected), LETTERS);
const historyScrolls = {};
for (const { stepPx, budgetMs } of SCROLL_SPEEDS) {
  progress(`history: scrolling at ${stepPx} px per frame`);
  const heapBefore = await history.heapMb();
  const run = () => history.withCpu(() => history.page.evaluate((args) => window.renderBench.historyScroll(...args), [stepPx, budgetMs]));
  const { result, cpu } = await history.profiled(`history-scroll-${stepPx}`, run);
  historyScrolls[`scroll at ${stepPx} px per frame`] = scrollReport(result, cpu, heapBefore, await history.heapMb());
}
await history.close();

// 2. The baseline: a plain Lit list of the same 10,000 rows.
async function measureBaseline() {
  const baseline = await freshPage();
  progress('baseline');
  const first = await baseline.page.evaluate(() => window.renderBench.baselineFirstRender());
  const scrolls = {};
  for (const { stepPx, budgetMs } of SCROLL_SPEEDS) {
    progress(`baseline: scrolling at ${stepPx} px per frame`);
    const heapBefore = await baseline.heapMb();
    const { result, cpu } = await baseline.withCpu(() => baseline.page.evaluate((args) => window.renderBench.baselineScroll(...args), [stepPx, budgetMs]));
    scrolls[`scroll at ${stepPx} px per frame`] = scrollReport(result, cpu, heapBefore, await baseline.heapMb());
  }
  await baseline.close();
  return {
    [`first render ms (last of ${first.pages} pages arrived → ${first.rows} rows painted)`]: round(first.firstRenderMs),
    'of which render only (rows handed to Lit → painted)': round(first.renderOnlyMs),
    ...scrolls,
  };
}

// 3. Opening the builder, in a page where the provider is already connected.
async function measureBuilder() {
  const builder = await freshPage();
  progress('builder');
  const openings = [];
  for (let index = 0; index < BUILDER_OPENINGS; index += 1) openings.push(await builder.page.evaluate(() => window.renderBench.openBuilder()));
  await builder.close();
  return {
    'first opening ms (appended → first step interactive, painted)': round(openings[0].openMs),
    [`next ${BUILDER_OPENINGS - 1} openings ms`]: summary(openings.slice(1).map((opening) => opening.openMs)),
    'first step': openings[0].step,
  };
}

// BENCH_HISTORY_ONLY=1: the history alone, for quick before/after comparisons while working on it.
const others = process.env.BENCH_HISTORY_ONLY ? {} : { 'baseline (plain Lit list, no virtualization)': await measureBaseline(), builder: await measureBuilder() };

const chromiumVersion = `Chromium ${browser.version()}`;
await browser.close();
await server.close();
await sandboxServer.close();
rmSync(directory, { recursive: true, force: true });

const report = {
  machine: { cpus: cpus().length, chromium: chromiumVersion, 'load average at start': loadAtStart, 'load average after the run': loadavg().map(round) },
  letters: LETTERS,
  history: {
    [`first render ms (first page of 100 arrived → rows painted), ${FIRST_RENDERS} fresh pages`]: summary(firstRenders.map((first) => first.firstRenderMs)),
    'first render ms, each page': firstRenders.map((first) => round(first.firstRenderMs)),
    'DOM rows after first render': historyFirst.rows,
    'JS heap MB after GC, first page': historyHeapFirstPage,
    [`loading all ${LETTERS} (scrolled to the end until the last page), s`]: round(historyLoad.loadAllMs / 1000),
    'pages fetched': historyLoad.pages,
    'render ms after the last page (page 100 arrived → painted)': round(historyLoad.lastPageRenderMs),
    ...historyScrolls,
  },
  ...others,
  'bench wall time, s': round((Date.now() - started) / 1000),
};
console.log(JSON.stringify(report, null, 2));
