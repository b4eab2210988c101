import { parseArgs } from 'node:util';
import { startSandboxServer } from './server.js';

const HELP = `jrmc-sandbox — a local JRMC API with a controllable clock

Usage: jrmc-sandbox [--port 4010] [--db path | --memory] [--seed demo] [--demo-key sk_test_…] [--host 127.0.0.1]

  --port       port to listen on (default 4010)
  --db         SQLite file keeping the data (default .sandbox-data/jrmc-sandbox.db)
  --memory     keep nothing on disk
  --seed demo  create the demo account (100 € of credit, two profiles) if absent
  --demo-key   API key to give the demo account (default: random)
  --host       interface to listen on (default 127.0.0.1)
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
  const server = await startSandboxServer({
    port,
    hostname: values.host,
    database: values.memory ? ':memory:' : values.db ?? '.sandbox-data/jrmc-sandbox.db',
    seed: values.seed === 'demo' ? 'demo' : null,
    ...(values['demo-key'] ? { demoApiKey: values['demo-key'] } : {}),
  });
  process.stdout.write(`JRMC sandbox listening on ${server.url}\n`);
  process.stdout.write(`OpenAPI: ${server.url}/v1/openapi.json\n`);
  if (server.demoApiKey) process.stdout.write(`Demo API key: ${server.demoApiKey}\n`);
  process.stdout.write(`Sandbox time: ${server.sandbox.clock.now().toISOString()}\n`);
  const stop = () => {
    void server.close().then(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}
