// Runs the CLI from sources (development): `pnpm --filter @jrmc/sandbox start -- --seed demo`.
import { main } from '../src/cli.js';

main(process.argv.slice(2).filter((arg) => arg !== '--')).catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
