// Why a module is in a page, after `pnpm run build`: every import chain from the page's entry to it (esbuild
// metafile, same options as size-report.mjs). Usage: node scripts/size-why.mjs rules/reasons.js jrmc-shipment-tracker
import { bundlePage, pageOf } from './lib/bundle-page.mjs';

const [target, ...tags] = process.argv.slice(2);
const result = await bundlePage(pageOf(...tags));
const inputs = result.metafile.inputs;
const parents = new Map();
for (const [path, { imports }] of Object.entries(inputs)) for (const i of imports) { if (!parents.has(i.path)) parents.set(i.path, []); parents.get(i.path).push([path, i.kind, i.original]); }
const start = Object.keys(inputs).find((p) => p.includes(target));
const short = (p) => p.replace(/node_modules\/\.pnpm\/[^/]+\/node_modules\//, 'nm/');
const seen = new Set();
const walk = (p, depth) => { if (depth > 12 || seen.has(p)) return; seen.add(p); for (const [parent, kind, orig] of parents.get(p) ?? []) { console.log(`${'  '.repeat(depth)}<- ${short(parent)} (${kind} '${orig}')`); walk(parent, depth + 1); } };
console.log(short(start)); walk(start, 1);
