// Writes docs/openapi.json from the contract's zod schemas. With --check, fails (exit 1) when the
// committed document is out of date instead of writing it — CI runs that.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildOpenApiDocument } from '@jrmc/core/contract';

const target = fileURLToPath(new URL('../docs/openapi.json', import.meta.url));
const generated = `${JSON.stringify(buildOpenApiDocument(), null, 2)}\n`;

if (process.argv.includes('--check')) {
  let committed = '';
  try {
    committed = readFileSync(target, 'utf8');
  } catch {
    // missing counts as out of date
  }
  if (committed !== generated) {
    console.error('docs/openapi.json is out of date: run `pnpm run openapi` and commit it.');
    process.exit(1);
  }
  console.log('docs/openapi.json is up to date.');
} else {
  writeFileSync(target, generated);
  console.log(`Wrote ${target}`);
}
