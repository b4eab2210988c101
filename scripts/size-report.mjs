// Size report: what a partner's page pays for the kit, measured with one method (issue #17).
// A page imports the built packages as a partner would (`@jrmc/elements/<tag>` entry points, `@jrmc/core/…`
// subpaths); esbuild bundles it for production (browser + production conditions, minified, es2022, code
// splitting so lazy imports become their own chunks); each chunk is gzipped at level 9.
//   total   = every chunk the page can ever load (lazy chunks included), summed: the budget that matters;
//   initial = the entry chunk and what it imports statically, before the page can render.
// Pages are French pages (fr is the default locale): English message chunks, loaded only when a page switches
// to en, are left out of the total and reported on their own line.
// Fails when a budget of size-budgets.json is exceeded, and says where the bytes go (minified, before gzip).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { bundlePage, pageOf, repositoryRoot } from './lib/bundle-page.mjs';

const root = repositoryRoot;
const { budgets } = JSON.parse(readFileSync(join(root, 'size-budgets.json'), 'utf8'));

const ENTRIES = {
  'builder + provider': pageOf('jrmc-provider', 'jrmc-letter-builder'),
  'credit widget + provider': pageOf('jrmc-provider', 'jrmc-credit-widget'),
  'tracker + provider': pageOf('jrmc-provider', 'jrmc-shipment-tracker'),
  'every element': "import '@jrmc/elements/define';",
  'rules: dispatch + switch + holidays': "export { dispatchDate, switchSendDate, publicHolidays } from '@jrmc/core/rules';",
  '@jrmc/core/rules': "export * from '@jrmc/core/rules';",
  '@jrmc/core/letter-text': "export * from '@jrmc/core/letter-text';",
  '@jrmc/core client': "export { createJrmcClient } from '@jrmc/core/client';",
  '<jrmc-provider>': pageOf('jrmc-provider'),
  '<jrmc-send-date-picker>': pageOf('jrmc-send-date-picker'),
  '<jrmc-credit-widget>': pageOf('jrmc-credit-widget'),
  '<jrmc-shipment-tracker>': pageOf('jrmc-shipment-tracker'),
  '<jrmc-letter-history>': pageOf('jrmc-letter-history'),
  '<jrmc-letter-builder>': pageOf('jrmc-letter-builder'),
};

// A chunk made only of English message modules (`…-messages-en.js`, `…/en.js`, `….en.js`).
const ENGLISH_MODULE = /(^|[/._-])en(\.[a-z]+)?\.js$/;

const kb = (bytes) => (bytes / 1024).toFixed(1);

/** Who a bundled module belongs to: a dependency by package name, our code by package and first folder. */
function ownerOf(input) {
  const dependency = /node_modules\/(?:\.pnpm\/[^/]+\/node_modules\/)?(@[^/]+\/[^/]+|[^/]+)/.exec(input);
  if (dependency) return dependency[1];
  const own = /^packages\/([^/]+)\/(?:dist|src)\/([^/.]+)/.exec(input);
  return own ? `@jrmc/${own[1]}/${own[2]}` : input;
}

async function measure(contents) {
  const result = await bundlePage(contents);
  const gzipped = new Map(result.outputFiles.map((file) => [file.path, gzipSync(file.contents, { level: 9 }).length]));
  const outputs = Object.entries(result.metafile.outputs).filter(([path]) => path.endsWith('.js'));
  const sizeOf = (path) => gzipped.get(join(root, path));

  const initial = new Set();
  const visit = (path) => {
    if (initial.has(path)) return;
    initial.add(path);
    for (const { path: imported, kind, external } of result.metafile.outputs[path].imports) if (kind === 'import-statement' && !external) visit(imported);
  };
  visit(outputs.find(([, output]) => output.entryPoint === '<stdin>')[0]);

  const figures = { initial: 0, total: 0, english: 0, parts: new Map() };
  for (const [path, output] of outputs) {
    const inputs = Object.keys(output.inputs);
    if (!initial.has(path) && inputs.length > 0 && inputs.every((input) => ENGLISH_MODULE.test(input))) {
      figures.english += sizeOf(path);
      continue;
    }
    figures.total += sizeOf(path);
    if (initial.has(path)) figures.initial += sizeOf(path);
    for (const [input, { bytesInOutput }] of Object.entries(output.inputs)) {
      const owner = ownerOf(input);
      figures.parts.set(owner, (figures.parts.get(owner) ?? 0) + bytesInOutput);
    }
  }
  return figures;
}

const overs = [];
const missedTargets = [];
const check = (name, kind, bytes) => {
  const budget = budgets[name]?.[kind];
  if (budget !== undefined && bytes / 1024 > budget) overs.push(`${name}: ${kind} ${kb(bytes)} kB > ${budget} kB`);
  return `${kb(bytes)}${budget === undefined ? '' : ` / ${budget}`}`.padStart(13);
};
console.log('kB gzip -9 (figure / budget)'.padEnd(36), 'total'.padStart(13), 'initial'.padStart(13), '  biggest parts of the total (kB minified)');
for (const [name, contents] of Object.entries(ENTRIES)) {
  const figures = await measure(contents);
  const parts = [...figures.parts].filter(([owner]) => owner !== '<stdin>').sort((a, b) => b[1] - a[1]).slice(0, 6);
  console.log(name.padEnd(36), check(name, 'total', figures.total), check(name, 'initial', figures.initial), ` ${parts.map(([owner, bytes]) => `${owner} ${kb(bytes)}`).join(', ')}`);
  if (figures.english > 0) console.log(`  + English messages, loaded only on an en page: ${kb(figures.english)} kB`);
  const target = budgets[name]?.target;
  if (target !== undefined && figures.total / 1024 > target) missedTargets.push(`${name}: ${kb(figures.total)} kB, target ${target} kB`);
}
// A target is where a page must get to; its budget is where it is now (CI fails if a page grows back).
if (missedTargets.length > 0) console.log(`\nTargets not reached yet (size-budgets.json "target"):\n  ${missedTargets.join('\n  ')}`);
if (overs.length > 0) {
  console.error(`\nOver budget (size-budgets.json):\n  ${overs.join('\n  ')}`);
  process.exit(1);
}
console.log('\nAll size budgets kept.');
