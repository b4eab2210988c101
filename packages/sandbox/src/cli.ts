import { parseArgs } from 'node:util';
import { startSandboxServer } from './server.js';

const HELP = `jrmc-sandbox — a local JRMC API with per-account test clocks

Usage: jrmc-sandbox [--port 4010] [--db path | --memory] [--seed demo] [--demo-key sk_test_…] [--host 127.0.0.1]

  --port                     port to listen on (default 4010; 0 picks a free one)
  --db                       SQLite file keeping the data (default .sandbox-data/jrmc-sandbox.db)
  --memory                   keep nothing on disk
  --seed demo                create the demo account (100 € of credit, two profiles) if absent
  --demo-key                 API key to give the demo account (default: random)
  --host                     interface to listen on (default 127.0.0.1)
  --start-at                 base time of a new database (ISO instant; default: now)
  --frozen                   clocks stand still between advances (tests)
  --allowed-origin           a browser origin allowed by CORS (repeatable; default the playground's)
  --allowed-host             a Host name served besides loopback ones (repeatable)
  --rate-limit               requests per second per key (default 100; 0: no limit)
  --allow-loopback-webhooks  local development: webhook endpoints may be on 127.0.0.1/localhost
`;

/** Runs the CLI with the given arguments. */
export async function main(argv: string[]): Promise<void> {
  const { values } = parseArgs({
    args: argv,
    options: {
      port: { type: 'string', default: '4010' },
      db: { type: 'string' },
      memory: { type: 'boolean', default: false },
      seed: { type: 'string' },
      'demo-key': { type: 'string' },
      host: { type: 'string', default: '127.0.0.1' },
      'start-at': { type: 'string' },
      frozen: { type: 'boolean', default: false },
      'allowed-origin': { type: 'string', multiple: true },
      'allowed-host': { type: 'string', multiple: true },
      'rate-limit': { type: 'string' },
      'allow-loopback-webhooks': { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    process.stdout.write(HELP);
    return;
  }
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`--port: expected a port number, got ${values.port}`);
  if (values.seed !== undefined && values.seed !== 'demo') throw new Error(`--seed: only "demo" exists, got ${values.seed}`);
  const startAt = values['start-at'] === undefined ? undefined : new Date(values['start-at']);
  if (startAt && Number.isNaN(startAt.getTime())) throw new Error(`--start-at: expected an ISO instant, got ${values['start-at']}`);
  const rateLimit = values['rate-limit'] === undefined ? undefined : Number(values['rate-limit']);
  if (rateLimit !== undefined && !(Number.isInteger(rateLimit) && rateLimit >= 0)) throw new Error(`--rate-limit: expected an integer ≥ 0, got ${values['rate-limit']}`);
  const server = await startSandboxServer({
    port,
    hostname: values.host,
    database: values.memory ? ':memory:' : values.db ?? '.sandbox-data/jrmc-sandbox.db',
    seed: values.seed === 'demo' ? 'demo' : null,
    ...(values['demo-key'] ? { demoApiKey: values['demo-key'] } : {}),
    ...(startAt ? { startAt } : {}),
    frozen: values.frozen,
    allowLoopbackWebhooks: values['allow-loopback-webhooks'],
    http: {
      ...(values['allowed-origin'] ? { allowedOrigins: values['allowed-origin'] } : {}),
      ...(values['allowed-host'] ? { allowedHosts: values['allowed-host'] } : {}),
      ...(rateLimit !== undefined ? { rateLimit } : {}),
    },
  });
  process.stdout.write(`JRMC sandbox listening on ${server.url}\n`);
  process.stdout.write(`OpenAPI: ${server.url}/v1/openapi.json\n`);
  if (server.demoApiKey) process.stdout.write(`Demo API key: ${server.demoApiKey}\n`);
  process.stdout.write(`Base sandbox time: ${server.sandbox.clock.now().toISOString()}\n`);
  const stop = () => {
    void server.close().then(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}
