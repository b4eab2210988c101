// Bundles the Angular example (JIT: templates compiled in the browser) into public/app.js with esbuild.
// Run after the packages are built: the typecheck reads @jrmc/elements from its built declarations (the
// sources use standard decorators, Angular JIT the legacy ones). TypeScript's legacy decorators are what Angular's JIT reads (tsconfig: experimentalDecorators).
import { build } from 'esbuild';

await build({
  entryPoints: ['src/main.ts'],
  bundle: true,
  minify: true,
  format: 'esm',
  target: 'es2022',
  outfile: 'public/app.js',
  tsconfig: 'tsconfig.json',
  conditions: ['browser', 'production'],
  define: { ngDevMode: 'false', ngServerMode: 'false' }, // what @angular/build would define
  logLevel: 'warning',
});
console.log('Built examples/angular/public/app.js');
