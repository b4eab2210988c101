// Builds every workspace package to ESM + bundled .d.ts under packages/<name>/dist/.
// Entries come from each package's `exports` map: the `@jrmc/source` condition names the TypeScript
// source, the `default` condition the built file, so the map is the single place an entry is declared.
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import esbuild from 'rollup-plugin-esbuild';
import dts from 'rollup-plugin-dts';

const packagesDir = 'packages';
const only = process.env.JRMC_PACKAGE; // build one package: JRMC_PACKAGE=core pnpm build

function entriesOf(dir, manifest) {
  const entries = {};
  for (const target of Object.values(manifest.exports ?? {})) {
    if (typeof target !== 'object' || !target['@jrmc/source'] || !target.default) continue;
    const name = target.default.replace(/^\.\/dist\//, '').replace(/\.js$/, '');
    entries[name] = join(dir, target['@jrmc/source']);
  }
  return entries;
}

function isExternal(manifest) {
  const deps = [
    ...Object.keys(manifest.dependencies ?? {}),
    ...Object.keys(manifest.peerDependencies ?? {}),
  ];
  // Node built-ins and every dependency (and its subpaths) stay imports; our own sources are bundled.
  return (id) => id.startsWith('node:') || deps.some((dep) => id === dep || id.startsWith(`${dep}/`));
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
  const output = { dir: join(dir, 'dist'), format: 'es', entryFileNames: '[name].js', chunkFileNames: 'chunks/[name]-[hash].js', sourcemap: true };
  configs.push({
    input,
    external,
    output,
    plugins: [esbuild({ target: 'es2022', tsconfig: join(dir, 'tsconfig.json') })],
  });
  configs.push({
    input,
    external,
    output: { ...output, entryFileNames: '[name].d.ts', chunkFileNames: 'chunks/[name]-[hash].d.ts', sourcemap: false },
    plugins: [dts({ tsconfig: join(dir, 'tsconfig.json') })],
  });
}

export default configs;
