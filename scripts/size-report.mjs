// Size report: what each entry of the kit costs a page that embeds it, minified + gzip -9, counting the
// initial load. What the kit loads later by dynamic import (the client's zod contract on the first API call,
// the letter templates when the builder previews) is left out of the initial figure and reported as "lazy".
// Fails when a budget of size-budgets.json is exceeded, and says where the bytes go.
import { build } from 'esbuild';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const root = join(import.meta.dirname, '..');
const { budgets } = JSON.parse(readFileSync(join(root, 'size-budgets.json'), 'utf8'));
const element = (name, className) => `import { ${className} } from '@jrmc/elements'; customElements.define('${name}', ${className});`;
const ENTRIES = {
  '@jrmc/core/rules': "export * from '@jrmc/core/rules';",
  '@jrmc/core/letter-text': "export * from '@jrmc/core/letter-text';",
  '@jrmc/core client': "export { createJrmcClient } from '@jrmc/core/client';",
  '<jrmc-provider>': element('jrmc-provider', 'JrmcProvider'),
  '<jrmc-send-date-picker>': element('jrmc-send-date-picker', 'JrmcSendDatePicker'),
  '<jrmc-credit-widget>': element('jrmc-credit-widget', 'JrmcCreditWidget'),
  '<jrmc-shipment-tracker>': element('jrmc-shipment-tracker', 'JrmcShipmentTracker'),
  '<jrmc-letter-history>': element('jrmc-letter-history', 'JrmcLetterHistory'),
  '<jrmc-letter-builder>': element('jrmc-letter-builder', 'JrmcLetterBuilder'),
  'every element': "import '@jrmc/elements/define';",
};

const kb = (bytes) => (bytes / 1024).toFixed(1);

// Dynamic imports stay out of the initial bundle, as a code-splitting bundler leaves them.
const lazyOut = { name: 'lazy-out', setup(build) { build.onResolve({ filter: /.*/ }, (args) => (args.kind === 'dynamic-import' ? { path: args.path, external: true } : undefined)); } };

async function bundle(contents, plugins) {
  const result = await build({
    stdin: { contents, resolveDir: join(root, 'packages/elements'), loader: 'js' },
    bundle: true,
    minify: true,
    format: 'esm',
    target: 'es2022',
    write: false,
    metafile: true,
    // The built packages, as an integrator's bundler sees them.
    conditions: ['browser', 'production'],
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'silent',
    plugins,
  });
  const [output] = Object.values(result.metafile.outputs);
  return { bytes: gzipSync(result.outputFiles[0].contents, { level: 9 }).length, output };
}

async function measure(contents) {
  const initial = await bundle(contents, [lazyOut]);
  const everything = await bundle(contents, []);
  const lazyBytes = Math.max(0, everything.bytes - initial.bytes);
  const contributions = new Map();
  for (const [input, { bytesInOutput }] of Object.entries(initial.output.inputs)) {
    const owner = input.includes('node_modules/') ? input.replace(/.*node_modules\/(@[^/]+\/[^/]+|[^/]+).*/, '$1') : input.replace(/^packages\/([^/]+)\/.*/, '@jrmc/$1 (own code)');
    contributions.set(owner, (contributions.get(owner) ?? 0) + bytesInOutput);
  }
  return { initialBytes: initial.bytes, lazyBytes, contributions };
}
let failed = false;
console.log('entry'.padEnd(28), 'initial kB gz'.padStart(14), 'budget'.padStart(8), 'lazy kB gz'.padStart(12), '  biggest parts (minified)');
for (const [name, contents] of Object.entries(ENTRIES)) {
  const { initialBytes, lazyBytes, contributions } = await measure(contents);
  const budget = budgets[name];
  const over = budget !== undefined && initialBytes / 1024 > budget;
  failed ||= over;
  const parts = [...contributions].sort((a, b) => b[1] - a[1]).slice(0, 4).map(([owner, bytes]) => `${owner} ${kb(bytes)}`).join(', ');
  console.log(name.padEnd(28), kb(initialBytes).padStart(14), String(budget ?? '—').padStart(8), kb(lazyBytes).padStart(12), ` ${over ? 'OVER BUDGET  ' : ''}${parts}`);
}
if (failed) {
  console.error('\nA size budget is exceeded (size-budgets.json).');
  process.exit(1);
}
console.log('\nAll size budgets kept.');
