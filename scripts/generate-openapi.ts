// Writes docs/openapi.json from the contract's zod schemas, and the client's zod-free route table from the
// same operations; with --check, fails when a committed file is out of date — CI runs that.
import { fileURLToPath } from 'node:url';
import { buildOpenApiDocument, OPERATIONS } from '@jrmc/core/contract';
import { operationRoutesSource } from './lib/operation-routes-source.mjs';
import { writeOrCheck } from './lib/write-or-check.mjs';

const target = fileURLToPath(new URL('../docs/openapi.json', import.meta.url));
writeOrCheck(target, `${JSON.stringify(buildOpenApiDocument(), null, 2)}\n`, 'pnpm run openapi');
const routes = fileURLToPath(new URL('../packages/core/src/client/operation-routes.ts', import.meta.url));
writeOrCheck(routes, operationRoutesSource(OPERATIONS), 'pnpm run openapi');
