// How the size tools bundle a page: the one method of issue #17 (esbuild, minified, es2022, code-split so lazy
// imports become their own chunks, production conditions), shared by size-report, size-breakdown and size-why so
// their figures always agree.
import { build } from 'esbuild';
import { join } from 'node:path';

export const repositoryRoot = join(import.meta.dirname, '../..');

/** A page importing the per-element entry points of these tags, as a partner writes it. */
export const pageOf = (...tags) => tags.map((tag) => `import '@jrmc/elements/${tag}';`).join('\n');

/**
 * Bundles a page's source in memory and returns esbuild's result with its metafile.
 *
 * @param {string} contents the page's imports
 * @param {{ fromSource?: boolean }} [options] `fromSource`: the packages' TypeScript sources instead of their builds
 */
export function bundlePage(contents, { fromSource = false } = {}) {
  return build({
    stdin: { contents, resolveDir: join(repositoryRoot, 'packages/elements'), loader: 'js' },
    absWorkingDir: repositoryRoot,
    outdir: 'size-report',
    bundle: true,
    splitting: true,
    minify: true,
    format: 'esm',
    target: 'es2022',
    write: false,
    metafile: true,
    // The built packages, as an integrator's production bundler sees them.
    conditions: fromSource ? ['@jrmc/source', 'browser', 'production'] : ['browser', 'production'],
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'silent',
  });
}
