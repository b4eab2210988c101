// Bundles the Vue example into public/app.js. The templates are compiled in the browser (Vue's full build),
// so no .vue compiler is needed; with Vite and .vue files, set the same isCustomElement in vue().
import { build } from 'esbuild';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

await build({
  entryPoints: ['src/main.ts'],
  bundle: true,
  minify: true,
  format: 'esm',
  target: 'es2022',
  outfile: 'public/app.js',
  conditions: ['browser', 'production'],
  alias: { vue: require.resolve('vue/dist/vue.esm-bundler.js') },
  define: { 'process.env.NODE_ENV': '"production"', __VUE_OPTIONS_API__: 'true', __VUE_PROD_DEVTOOLS__: 'false', __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false' },
  logLevel: 'warning',
});
console.log('Built examples/vue/public/app.js');
