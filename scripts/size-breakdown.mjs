// Where a page's bytes go, module by module (issue #17): the size report's bundle (same esbuild options, lazy chunks
// included), listed per input file in minified bytes, plus the page's gzip total. With `--source` the page is bundled
// from the packages' TypeScript sources (no build needed: quick before/after while working; figures differ a little
// from the built packages').
//   node scripts/size-breakdown.mjs [--source] [--all] jrmc-provider jrmc-letter-builder
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { bundlePage, pageOf, repositoryRoot } from './lib/bundle-page.mjs';

const root = repositoryRoot;
const args = process.argv.slice(2);
const fromSource = args.includes('--source');
const everyModule = args.includes('--all');
const tags = args.filter((arg) => !arg.startsWith('--'));
const ENGLISH_MODULE = /(^|[/._-])en(\.[a-z]+)?\.(js|ts)$/;

const result = await bundlePage(pageOf(...tags), { fromSource });
const gzipped = new Map(result.outputFiles.map((file) => [file.path, gzipSync(file.contents, { level: 9 }).length]));
let total = 0;
let english = 0;
const modules = [];
for (const [path, output] of Object.entries(result.metafile.outputs)) {
  if (!path.endsWith('.js')) continue;
  const inputs = Object.keys(output.inputs);
  const isEnglish = inputs.length > 0 && inputs.every((input) => ENGLISH_MODULE.test(input));
  if (isEnglish) english += gzipped.get(join(root, path));
  else total += gzipped.get(join(root, path));
  for (const [input, { bytesInOutput }] of Object.entries(output.inputs)) if (!isEnglish) modules.push([input.replace(/^.*node_modules\/(?:\.pnpm\/[^/]+\/node_modules\/)?/, ''), bytesInOutput]);
}
modules.sort((a, b) => b[1] - a[1]);
for (const [input, bytes] of everyModule ? modules : modules.slice(0, 40)) console.log(`${(bytes / 1024).toFixed(1).padStart(6)}  ${input}`);
console.log(`\npage total ${(total / 1024).toFixed(1)} kB (${total} B) gzip -9 (French page; English chunks ${(english / 1024).toFixed(1)} kB apart), ${result.outputFiles.length} chunks`);
if (args.includes('--chunks')) {
  for (const [path, output] of Object.entries(result.metafile.outputs)) {
    if (!path.endsWith('.js')) continue;
    const top = Object.entries(output.inputs).sort((a, b) => b[1].bytesInOutput - a[1].bytesInOutput).slice(0, 3).map(([input]) => input.split('/').slice(-2).join('/'));
    console.log(`${String(gzipped.get(join(root, path))).padStart(7)} B gz  ${path}  (${top.join(', ')})`);
  }
}
