// Builds every workspace package to ESM + bundled .d.ts under packages/<name>/dist/.
// Entries come from each package's `exports` map: the `@jrmc/source` condition names the TypeScript
// source, `types` the bundled declaration file, so the map is the single place an entry is declared.
// JavaScript keeps one file per source module (dist/ mirrors src/): an integrator's bundler then drops
// every module a page does not use, and lazy imports stay lazy.
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import esbuild from 'rollup-plugin-esbuild';
import dts from 'rollup-plugin-dts';
import { minifyTemplateLiterals } from './scripts/lib/minify-template-literals.mjs';

const packagesDir = 'packages';
const only = process.env.JRMC_PACKAGE; // build one package: JRMC_PACKAGE=core pnpm build

function entriesOf(dir, manifest) {
  const entries = {};
  for (const target of Object.values(manifest.exports ?? {})) {
    if (typeof target !== 'object' || !target['@jrmc/source'] || !target.types) continue;
    const name = target.types.replace(/^\.\/dist\//, '').replace(/\.d\.ts$/, '');
    entries[name] = join(dir, target['@jrmc/source']);
  }
  return entries;
}

// Modules reached only through the package's private `imports` map (`#name`, chosen per export condition):
// each variant is built as its own entry, and the `#name` import stays for the integrator's bundler to resolve.
function privateImportEntriesOf(dir, manifest) {
  const sources = [];
  const collect = (target) => {
    if (typeof target !== 'object' || target === null) return;
    if (typeof target['@jrmc/source'] === 'string') sources.push(join(dir, target['@jrmc/source']));
    for (const [condition, nested] of Object.entries(target)) if (condition !== '@jrmc/source') collect(nested);
  };
  for (const target of Object.values(manifest.imports ?? {})) collect(target);
  return sources;
}

function isExternal(manifest) {
  const deps = [
    ...Object.keys(manifest.dependencies ?? {}),
    ...Object.keys(manifest.peerDependencies ?? {}),
  ];
  // Node built-ins and every dependency (and its subpaths) stay imports; our own sources are bundled.
  return (id) => id.startsWith('node:') || id.startsWith('#') || deps.some((dep) => id === dep || id.startsWith(`${dep}/`));
}

const configs = [];
for (const name of readdirSync(packagesDir)) {
  const dir = join(packagesDir, name);
  if (only && only !== name) continue;
  if (!existsSync(join(dir, 'package.json'))) continue;
  const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
  const input = entriesOf(dir, manifest);
  if (Object.keys(input).length === 0) continue;
  const external = isExternal(manifest);
  configs.push({
    input: [...Object.values(input), ...privateImportEntriesOf(dir, manifest)],
    external,
    output: { dir: join(dir, 'dist'), format: 'es', preserveModules: true, preserveModulesRoot: join(dir, 'src'), entryFileNames: '[name].js', sourcemap: true },
    plugins: [esbuild({ target: 'es2022', tsconfig: join(dir, 'tsconfig.json') }), minifyTemplateLiterals()],
  });
  configs.push({
    input,
    external,
    output: { dir: join(dir, 'dist'), format: 'es', entryFileNames: '[name].d.ts', chunkFileNames: 'types/[name]-[hash].d.ts' },
    plugins: [dts({ tsconfig: join(dir, 'tsconfig.json') })],
  });
}

export default configs;
