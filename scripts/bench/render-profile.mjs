// Profiling for the rendering benchmark (BENCH_PROFILE=<dir> node scripts/bench/render.mjs): records one scenario
// with the Chromium tracer (style, layout, paint, script, as DevTools' Performance panel shows them) and the V8
// sampling profiler (which functions), writes both to <dir> and returns a summary of where the renderer's main
// thread spent its time. Not a figure: tracing and sampling slow the page down.
import { mkdirSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';

const TRACE_CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8.execute', 'blink.user_timing'];
const SAMPLING_INTERVAL_US = 100;
const TOP = 20;

const ms = (microseconds) => Math.round(microseconds / 100) / 10;

/**
 * Starts tracing and sampling `page`; the returned function stops both, writes `<name>.trace.json` and
 * `<name>.cpuprofile` in `directory`, and resolves to the summary.
 */
export async function startProfiling({ browser, page, cdp, directory, name }) {
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: SAMPLING_INTERVAL_US });
  await browser.startTracing(page, { categories: TRACE_CATEGORIES });
  await cdp.send('Profiler.start');
  return async () => {
    const { profile } = await cdp.send('Profiler.stop');
    mkdirSync(directory, { recursive: true });
    const trace = JSON.parse((await browser.stopTracing()).toString('utf8'));
    writeFileSync(join(directory, `${name}.cpuprofile`), JSON.stringify(profile));
    writeFileSync(join(directory, `${name}.trace.json`), JSON.stringify(trace));
    const summary = { scenario: name, 'main thread, self ms by trace event': mainThreadSelfTimes(trace), 'script, self ms by function': functionSelfTimes(profile) };
    // The page may mark the span a figure measures (performance.mark WINDOW_START / WINDOW_END): that span alone, too.
    const span = markedSpan(trace);
    if (!span) return summary;
    return {
      ...summary,
      [`between the page's marks (${ms(span.end - span.start)} ms)`]: {
        'main thread, self ms by trace event': mainThreadSelfTimes(trace, span),
        'script, self ms by function': functionSelfTimes(profile, span),
      },
    };
  };
}

/** The marks a page sets around what a figure measures (e.g. from data arrival to paint). */
export const WINDOW_START = 'jrmc-bench:window-start';
export const WINDOW_END = 'jrmc-bench:window-end';

/** The trace time span between the page's last WINDOW_START and the WINDOW_END after it, if marked. */
function markedSpan(trace) {
  const events = trace.traceEvents ?? trace;
  const marks = (name) => events.filter((event) => event.cat?.includes('blink.user_timing') && event.name === name).map((event) => event.ts);
  const start = marks(WINDOW_START).at(-1);
  const end = marks(WINDOW_END).find((ts) => start !== undefined && ts > start);
  return start === undefined || end === undefined ? null : { start, end };
}

/**
 * Self time (an event's duration minus its children's) per trace event name, on the renderer's main thread; with
 * `span`, only the part of each event inside it.
 */
function mainThreadSelfTimes(trace, span = null) {
  const events = trace.traceEvents ?? trace;
  const main = events.find((event) => event.ph === 'M' && event.name === 'thread_name' && event.args?.name === 'CrRendererMain');
  if (!main) return {};
  const complete = events.filter((event) => event.pid === main.pid && event.tid === main.tid && event.ph === 'X' && typeof event.dur === 'number').sort((a, b) => a.ts - b.ts || b.dur - a.dur);
  const self = new Map();
  const stack = [];
  const inside = (event) => (span ? Math.max(0, Math.min(event.ts + event.dur, span.end) - Math.max(event.ts, span.start)) : event.dur);
  for (const event of complete) {
    while (stack.length && stack.at(-1).ts + stack.at(-1).dur <= event.ts) stack.pop();
    const parent = stack.at(-1);
    if (parent) self.set(parent.name, (self.get(parent.name) ?? 0) - inside(event));
    self.set(event.name, (self.get(event.name) ?? 0) + inside(event));
    stack.push(event);
  }
  return top(self);
}

/** Self time per function (name, file, line) from a V8 CPU profile; with `span`, only samples inside it. */
function functionSelfTimes(profile, span = null) {
  const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
  const self = new Map();
  let at = profile.startTime;
  profile.samples.forEach((id, index) => {
    at += profile.timeDeltas[index] ?? 0;
    if (span && (at < span.start || at > span.end)) return;
    const { functionName, url, lineNumber } = nodes.get(id).callFrame;
    const key = `${functionName || '(anonymous)'} ${url ? `${basename(url)}:${lineNumber + 1}` : ''}`.trim();
    self.set(key, (self.get(key) ?? 0) + (profile.timeDeltas[index + 1] ?? 0));
  });
  return top(self);
}

const top = (totals) => Object.fromEntries([...totals].sort((a, b) => b[1] - a[1]).slice(0, TOP).map(([key, value]) => [key, ms(value)]));
