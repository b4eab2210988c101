// Generates a package's custom-elements.json — the components' API lock, read by the docs playground and
// editors — from the sources' JSDoc (@custom-elements-manifest/analyzer), with modules sorted by path so
// the file is stable. With --check, fails instead when the committed file is out of date.
import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { writeOrCheck } from './lib/write-or-check.mjs';

const GLOBS = ['src/**/*.ts'];
const EXCLUDES = ['src/**/*.test.ts'];
const outdir = '.cem-generated'; // the analyzer resolves --outdir against the package folder

const args = ['cem', 'analyze', '--litelement', ...GLOBS.flatMap((glob) => ['--globs', glob]), ...EXCLUDES.flatMap((glob) => ['--exclude', glob]), '--outdir', outdir];
execFileSync('npx', args, { stdio: 'ignore' });
const manifest = JSON.parse(readFileSync(join(outdir, 'custom-elements.json'), 'utf8'));
rmSync(outdir, { recursive: true, force: true });
manifest.modules.sort((a, b) => a.path.localeCompare(b.path));
const generated = `${JSON.stringify(manifest, null, 2)}\n`;

writeOrCheck('custom-elements.json', generated, 'pnpm --filter @jrmc/elements run manifest');
