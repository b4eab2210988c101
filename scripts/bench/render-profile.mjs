// Profiling for the rendering benchmark (BENCH_PROFILE=<dir> node scripts/bench/render.mjs): records one scenario
// with the Chromium tracer (style, layout, paint, script, as DevTools' Performance panel shows them) and the V8
// sampling profiler (which functions), writes both to <dir> and returns a summary of where the renderer's main
// thread spent its time. Not a figure: tracing and sampling slow the page down.
import { writeFileSync } from 'node:fs';
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
    const trace = JSON.parse((await browser.stopTracing()).toString('utf8'));
    writeFileSync(join(directory, `${name}.cpuprofile`), JSON.stringify(profile));
    writeFileSync(join(directory, `${name}.trace.json`), JSON.stringify(trace));
    return { scenario: name, 'main thread, self ms by trace event': mainThreadSelfTimes(trace), 'script, self ms by function': functionSelfTimes(profile) };
  };
}

/** Self time (an event's duration minus its children's) per trace event name, on the renderer's main thread. */
function mainThreadSelfTimes(trace) {
  const events = trace.traceEvents ?? trace;
  const main = events.find((event) => event.ph === 'M' && event.name === 'thread_name' && event.args?.name === 'CrRendererMain');
  if (!main) return {};
  const complete = events.filter((event) => event.pid === main.pid && event.tid === main.tid && event.ph === 'X' && typeof event.dur === 'number').sort((a, b) => a.ts - b.ts || b.dur - a.dur);
  const self = new Map();
  const stack = [];
  for (const event of complete) {
    while (stack.length && stack.at(-1).ts + stack.at(-1).dur <= event.ts) stack.pop();
    const parent = stack.at(-1);
    if (parent) self.set(parent.name, (self.get(parent.name) ?? 0) - event.dur);
    self.set(event.name, (self.get(event.name) ?? 0) + event.dur);
    stack.push(event);
  }
  return top(self);
}

/** Self time per function (name, file, line) from a V8 CPU profile. */
function functionSelfTimes(profile) {
  const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
  const self = new Map();
  profile.samples.forEach((id, index) => {
    const { functionName, url, lineNumber } = nodes.get(id).callFrame;
    const key = `${functionName || '(anonymous)'} ${url ? `${basename(url)}:${lineNumber + 1}` : ''}`.trim();
    self.set(key, (self.get(key) ?? 0) + (profile.timeDeltas[index + 1] ?? 0));
  });
  return top(self);
}

const top = (totals) => Object.fromEntries([...totals].sort((a, b) => b[1] - a[1]).slice(0, TOP).map(([key, value]) => [key, ms(value)]));
