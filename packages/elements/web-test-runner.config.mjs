// Browser tests of @jrmc/elements in Debian's Chromium, against the real sandbox running in this process
// behind the test backend (test/test-backend.mjs), which plays the integrator's backend.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { playwrightLauncher } from '@web/test-runner-playwright';
import { chromiumLaunchOptions } from '../../scripts/chromium.mjs';
import { backend } from './test/test-backend.mjs';

export default {
  files: ['src/**/*.test.ts'],
  nodeResolve: { exportConditions: ['@jrmc/source', 'browser', 'development'] },
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.json' })],
  middleware: [backend],
  concurrency: 1,
  browsers: [
    playwrightLauncher({
      product: 'chromium',
      launchOptions: chromiumLaunchOptions,
    }),
  ],
  testFramework: { config: { timeout: 20000 } },
  // A failed assertion on a DOM node must report, not hang the file (see the script).
  testRunnerHtml: (testFramework) =>
    `<!DOCTYPE html><html><body><script type="module" src="/test/support/reportable-failures.ts"></script><script type="module" src="${testFramework}"></script></body></html>`,
};
