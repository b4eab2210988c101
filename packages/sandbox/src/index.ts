/**
 * `@jrmc/sandbox`: a stateful simulator of the JRMC API — same contract, same rules (core's), real PDFs,
 * and a clock that can be advanced. Runs as a Node server (`@jrmc/sandbox/server`, CLI `jrmc-sandbox`)
 * or inside msw handlers (`@jrmc/sandbox/msw`).
 *
 * @packageDocumentation
 */
export { Sandbox, createSandbox, type SandboxOptions } from './sandbox.js';
export { createAccount, createDemoAccount, type NewAccount, type CreatedAccount } from './seed/accounts.js';
export { DIRECTORY } from './seed/directory.js';
export { SANDBOX_MAGIC } from './services/delivery-plan.js';
export { DECLINED_PAYMENT_TOKENS } from './services/top-ups.js';
export { DEFAULT_PRICES, type PriceList } from './services/prices.js';
export { DELIVERY_RETRY_DELAYS_MS } from './services/webhook-delivery.js';
export { SandboxStore, type StoredDoc } from './db/store.js';
export { DEFAULT_HTTP_LIMITS, FORCE_RATE_LIMIT_HEADER, type HttpLimits } from './http/limits.js';
export { MAX_ADVANCE_YEARS } from './services/clock-target.js';
export { seedHistory } from './seed/history.js';
