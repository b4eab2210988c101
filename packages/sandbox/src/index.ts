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
export { SANDBOX_MAGIC } from './domain/delivery-plan.js';
export { DECLINED_PAYMENT_TOKENS } from './domain/top-ups.js';
export { DEFAULT_PRICES, type PriceList } from './domain/prices.js';
export { DELIVERY_RETRY_DELAYS_MS } from './domain/webhook-delivery.js';
export { DocumentStore, type Persistence, type StoreChange, type StoredDoc } from './store/document-store.js';
export { seedHistory } from './seed/history.js';
