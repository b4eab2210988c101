// Writes docs/openapi.json from the contract's zod schemas; with --check, fails when the committed
// document is out of date — CI runs that.
import { fileURLToPath } from 'node:url';
import { buildOpenApiDocument } from '@jrmc/core/contract';
import { writeOrCheck } from './lib/write-or-check.mjs';

const target = fileURLToPath(new URL('../docs/openapi.json', import.meta.url));
writeOrCheck(target, `${JSON.stringify(buildOpenApiDocument(), null, 2)}\n`, 'pnpm run openapi');
