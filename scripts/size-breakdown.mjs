// Per-module breakdown of one page, after `pnpm run build` (same esbuild options as size-report.mjs): each chunk,
// initial or lazy, its gzip -9 size, and the minified bytes of every module in it. Shows where a page's bytes go and
// which modules a lazy import failed to keep out of the initial chunks. Usage:
//   node scripts/size-breakdown.mjs jrmc-provider jrmc-shipment-tracker
import { build } from 'esbuild';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const root = join(import.meta.dirname, '..');
const tags = process.argv.slice(2);
const result = await build({
  stdin: { contents: tags.map((tag) => `import '@jrmc/elements/${tag}';`).join('\n'), resolveDir: join(root, 'packages/elements'), loader: 'js' },
  absWorkingDir: root,
  outdir: 'size-report',
  bundle: true,
  splitting: true,
  minify: true,
  format: 'esm',
  target: 'es2022',
  write: false,
  metafile: true,
  conditions: ['browser', 'production'],
  define: { 'process.env.NODE_ENV': '"production"' },
  logLevel: 'silent',
});
const kb = (bytes) => (bytes / 1024).toFixed(2);
const shortName = (input) => input.replace(/node_modules\/\.pnpm\/[^/]+\/node_modules\//, '');
const gzipped = new Map(result.outputFiles.map((file) => [file.path, gzipSync(file.contents, { level: 9 }).length]));
const outputs = Object.entries(result.metafile.outputs).filter(([path]) => path.endsWith('.js'));

// Initial: the entry chunk and what it imports statically.
const initial = new Set();
const visit = (path) => {
  if (initial.has(path)) return;
  initial.add(path);
  for (const { path: imported, kind, external } of result.metafile.outputs[path].imports) if (kind === 'import-statement' && !external) visit(imported);
};
visit(outputs.find(([, output]) => output.entryPoint === '<stdin>')[0]);

let total = 0;
for (const [path, output] of outputs.sort((a, b) => b[1].bytes - a[1].bytes)) {
  const gz = gzipped.get(join(root, path));
  total += gz;
  console.log(`\n${path} ${initial.has(path) ? 'initial' : 'lazy'}: ${kb(output.bytes)} kB minified, ${kb(gz)} kB gzip -9`);
  const inputs = Object.entries(output.inputs).filter(([, { bytesInOutput }]) => bytesInOutput > 0);
  for (const [input, { bytesInOutput }] of inputs.sort((a, b) => b[1].bytesInOutput - a[1].bytesInOutput)) console.log(`  ${kb(bytesInOutput).padStart(6)}  ${shortName(input)}`);
}
console.log(`\nevery chunk, English ones included: ${kb(total)} kB gzip -9`);
