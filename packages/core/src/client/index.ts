/**
 * The typed JRMC API client, built on ky: authentication (API key or session tokens), idempotency keys,
 * retries, typed errors, auto-pagination and webhook verification. Node ≥ 20 and browsers.
 *
 * @module client
 */
export { createJrmcClient, type JrmcClient } from './create-jrmc-client.js';
export { createJrmcConnection, bindResources, type ResourceClasses, type BoundResources } from './bind-resources.js';
export { JrmcConnection } from './transport.js';
export type { OperationRoute } from './operation-routes.js';
export {
  CLIENT_DEFAULTS,
  type JrmcClientOptions,
  type RequestOptions,
  type RetryOptions,
  type TokenResult,
} from './options.js';
export type { ResponseValidator, ResponseCheck } from './response-validator.js';
export { AutoPaginatedList } from './pagination.js';
export { newIdempotencyKey } from './idempotency-key.js';
export {
  verifyWebhook,
  signWebhookForTest,
  WEBHOOK_SIGNATURE_HEADER,
  DEFAULT_WEBHOOK_TOLERANCE_SECONDS,
  type VerifyWebhookOptions,
  type WebhookPayload,
} from './webhook-signature.js';
export {
  createMemoryReplayStore,
  type WebhookReplayStore,
  type WebhookClaimContext,
  type MemoryReplayStore,
  type MemoryReplayStoreOptions,
} from './webhook-replay-store.js';
export type { ResponseOf, BodyOf, QueryOf, CallInput } from './transport.js';
export * from './errors/index.js';
export { SessionsResource } from './resources/sessions.js';
export { AccountResource, ProfilesResource } from './resources/account.js';
export { DirectoryResource } from './resources/directory.js';
export { LettersResource } from './resources/letters.js';
export { LetterAttachmentsResource } from './resources/letter-attachments.js';
export { LoanDossiersResource } from './resources/loan-dossiers.js';
export { PaperMailResource } from './resources/paper-mail.js';
export { CreditResource } from './resources/credit.js';
export { InvoicesResource } from './resources/invoices.js';
export { WebhookEndpointsResource, EventsResource } from './resources/webhooks.js';
export { SandboxResource } from './resources/sandbox.js';
export { AccountSecurityResource, WebhookDeliveriesResource } from './resources/account-security.js';
export { HelpRequestsResource } from './resources/help-requests.js';
