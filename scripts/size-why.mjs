// Why a module is in a page, after `pnpm run build`: every import chain from the page's entry to it (esbuild
// metafile, same options as size-report.mjs). Usage: node scripts/size-why.mjs rules/reasons.js jrmc-shipment-tracker
import { build } from 'esbuild';
import { join } from 'node:path';
const root = join(import.meta.dirname, '..');
const [target, ...tags] = process.argv.slice(2);
const result = await build({
  stdin: { contents: tags.map((tag) => `import '@jrmc/elements/${tag}';`).join('\n'), resolveDir: join(root, 'packages/elements'), loader: 'js' },
  absWorkingDir: root, outdir: 'size-report', bundle: true, splitting: true, minify: true, format: 'esm', target: 'es2022',
  write: false, metafile: true, conditions: ['browser', 'production'], define: { 'process.env.NODE_ENV': '"production"' }, logLevel: 'silent',
});
const inputs = result.metafile.inputs;
const parents = new Map();
for (const [path, { imports }] of Object.entries(inputs)) for (const i of imports) { if (!parents.has(i.path)) parents.set(i.path, []); parents.get(i.path).push([path, i.kind, i.original]); }
const start = Object.keys(inputs).find((p) => p.includes(target));
const short = (p) => p.replace(/node_modules\/\.pnpm\/[^/]+\/node_modules\//, 'nm/');
const seen = new Set();
const walk = (p, depth) => { if (depth > 12 || seen.has(p)) return; seen.add(p); for (const [parent, kind, orig] of parents.get(p) ?? []) { console.log(`${'  '.repeat(depth)}<- ${short(parent)} (${kind} '${orig}')`); walk(parent, depth + 1); } };
console.log(short(start)); walk(start, 1);
