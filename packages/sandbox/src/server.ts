import { serve, type ServerType } from '@hono/node-server';
import { guardHost } from './http/host-guard.js';
import { createSandbox, type Sandbox, type SandboxOptions } from './sandbox.js';
import { createDemoAccount } from './seed/accounts.js';
import { COLLECTIONS, type AccountRecord, type ApiKeyRecord } from './services/records.js';

/** Options of {@link startSandboxServer}. */
export interface SandboxServerOptions extends Omit<SandboxOptions, 'database'> {
  /** Port (0 picks a free one). Default 4010. */
  port?: number;
  /** Host to listen on (default 127.0.0.1). */
  hostname?: string;
  /** SQLite file (default `.sandbox-data/jrmc-sandbox.db`); `':memory:'` keeps nothing. */
  database?: string;
  /** Create the demo account when the database has none. */
  seed?: 'demo' | null;
  /** API key of the demo account (default: random, kept in the database). */
  demoApiKey?: string;
}

/** A running sandbox server. */
export interface RunningSandbox {
  sandbox: Sandbox;
  url: string;
  /** The demo account's API key, when seeded (now or in an earlier run). */
  demoApiKey: string | null;
  close(): Promise<void>;
}

/**
 * Starts the sandbox as an HTTP server backed by SQLite, so data survives restarts.
 *
 * @example
 * const server = await startSandboxServer({ port: 4010, seed: 'demo' });
 * console.log(server.url, server.demoApiKey);
 */
export async function startSandboxServer(options: SandboxServerOptions = {}): Promise<RunningSandbox> {
  const database = options.database ?? '.sandbox-data/jrmc-sandbox.db';
  if (database !== ':memory:') {
    const { mkdirSync } = await import('node:fs');
    const { dirname } = await import('node:path');
    mkdirSync(dirname(database), { recursive: true });
  }
  const sandbox = createSandbox({ ...options, database });
  // Letters sent just before a crash get their PDF and deposit proof before anything is served.
  await sandbox.completeOutbox();
  let demoApiKey = findDemoKey(sandbox);
  if (options.seed === 'demo' && !demoApiKey) demoApiKey = createDemoAccount(sandbox, options.demoApiKey ? { apiKey: options.demoApiKey } : {}).apiKey;
  const hostname = options.hostname ?? '127.0.0.1';
  const server = await new Promise<ServerType>((resolve) => {
    const started = serve({ fetch: guardHost(sandbox.fetch, sandbox.httpLimits.allowedHosts), port: options.port ?? 4010, hostname }, () => resolve(started));
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : options.port;
  return {
    sandbox,
    url: `http://${hostname}:${port}`,
    demoApiKey,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => {
          clearTimeout(grace);
          void sandbox.settleWebhooks().finally(() => {
            sandbox.close();
            if (error) reject(error);
            else resolve();
          });
        });
        // Idle keep-alive connections close now; a client still sending a refused body gets a second.
        const http = server as { closeIdleConnections?: () => void; closeAllConnections?: () => void };
        http.closeIdleConnections?.();
        const grace = setTimeout(() => http.closeAllConnections?.(), 1000);
      }),
  };
}

function findDemoKey(sandbox: Sandbox): string | null {
  const demo = sandbox.store.where<AccountRecord>(COLLECTIONS.accounts, { name: 'Cabinet Durand Courtage' }, { limit: 1 })[0];
  if (!demo) return null;
  return sandbox.store.where<ApiKeyRecord>(COLLECTIONS.apiKeys, { account_id: demo.id }).find((key) => !key.revokedAt)?.id ?? null;
}
