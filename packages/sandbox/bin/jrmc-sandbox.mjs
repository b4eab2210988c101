#!/usr/bin/env node
// The built CLI; inside this repository without a build, run `pnpm --filter @jrmc/sandbox start` instead.
import { main } from '../dist/cli.js';

main(process.argv.slice(2)).catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
