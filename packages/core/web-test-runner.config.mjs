// Browser tests of @jrmc/core in Debian's Chromium. A tiny mock API is served by the test server
// itself (same origin), so the client runs over real HTTP from a real page.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { playwrightLauncher } from '@web/test-runner-playwright';
import { chromiumLaunchOptions } from '../../scripts/chromium.mjs';

const account = {
  id: 'acc_1', name: 'Cabinet Durand', kind: 'broker', oriasNumber: '07012345',
  address: { line1: '7 chemin de la Trière', postcode: '38240', city: 'Meylan' }, email: 'contact@durand.fr', status: 'ready',
  identityProof: { status: 'verified', kind: 'orias-certificate', uploadedAt: '2026-11-29T10:00:00Z', rejectionReason: null },
  mandate: { status: 'signed', signedAt: '2026-11-29T10:00:00Z', signatoryName: 'Claire Durand' }, hasSent: true, balance: 5000,
  createdAt: '2026-11-29T10:00:00Z',
};

let tokensIssued = 0;
const requestLog = [];

/** Koa middleware: /mock-api/… behaves like a JRMC API that accepts only fresh session tokens. */
async function mockApi(context, next) {
  if (!context.path.startsWith('/mock-api/')) return next();
  const path = context.path.slice('/mock-api'.length);
  const json = (status, body) => {
    context.status = status;
    context.type = 'application/json';
    context.body = JSON.stringify(body);
  };
  if (path === '/session') {
    tokensIssued += 1;
    return json(200, { token: `tok_${tokensIssued}`, expiresAt: new Date(Date.now() + 600_000).toISOString() });
  }
  if (path === '/log') return json(200, requestLog.splice(0));
  requestLog.push({ method: context.method, path, authorization: context.get('authorization'), idempotencyKey: context.get('idempotency-key') || null });
  // Only the latest token is valid: the first one the page gets is "expired" by the time it is used.
  if (context.get('authorization') !== `Bearer tok_${tokensIssued}` || tokensIssued < 2) {
    return json(401, { error: { type: 'authentication', code: 'token_expired', message: 'Session token expired', requestId: 'req_b1' } });
  }
  if (path === '/v1/account') return json(200, account);
  if (path === '/v1/letters/let_1/send') {
    return json(422, { error: { type: 'rule_violation', code: 'cutoff_passed', message: 'Too late for today', requestId: 'req_b2', data: { earliestDate: '2026-11-30' } } });
  }
  return json(404, { error: { type: 'not_found', code: 'no_route', message: 'No route', requestId: 'req_b3' } });
}

export default {
  files: ['test/browser/**/*.test.ts'],
  nodeResolve: { exportConditions: ['@jrmc/source', 'browser', 'development'] },
  plugins: [esbuildPlugin({ ts: true, target: 'es2022' })],
  middleware: [mockApi],
  browsers: [
    playwrightLauncher({
      product: 'chromium',
      launchOptions: chromiumLaunchOptions,
    }),
  ],
  testFramework: { config: { timeout: 10000 } },
};
