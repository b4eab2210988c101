// Generates a package's custom-elements.json — the components' API lock, read by the docs playground and
// editors — from the sources' JSDoc (@custom-elements-manifest/analyzer), with modules sorted by path so
// the file is stable. With --check, fails instead when the committed file is out of date.
import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const GLOBS = ['src/**/*.ts'];
const EXCLUDES = ['src/**/*.test.ts', 'src/test-support/**', 'src/**/*-test-kit.ts'];
const outdir = '.cem-generated'; // the analyzer resolves --outdir against the package folder

const args = ['cem', 'analyze', '--litelement', ...GLOBS.flatMap((glob) => ['--globs', glob]), ...EXCLUDES.flatMap((glob) => ['--exclude', glob]), '--outdir', outdir];
execFileSync('npx', args, { stdio: 'ignore' });
const manifest = JSON.parse(readFileSync(join(outdir, 'custom-elements.json'), 'utf8'));
rmSync(outdir, { recursive: true, force: true });
manifest.modules.sort((a, b) => a.path.localeCompare(b.path));
const generated = `${JSON.stringify(manifest, null, 2)}\n`;

if (process.argv.includes('--check')) {
  let committed = '';
  try {
    committed = readFileSync('custom-elements.json', 'utf8');
  } catch {
    // missing counts as out of date
  }
  if (committed !== generated) {
    console.error('custom-elements.json is out of date: run `pnpm --filter @jrmc/elements run manifest` and commit it.');
    process.exit(1);
  }
  console.log('custom-elements.json is up to date.');
} else {
  writeFileSync('custom-elements.json', generated);
  console.log('Wrote custom-elements.json');
}
