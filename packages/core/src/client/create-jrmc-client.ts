import { bindResources, createJrmcConnection } from './bind-resources.js';
import type { JrmcClientOptions } from './options.js';
import { AccountResource } from './resources/account.js';
import { AccountSecurityResource, WebhookDeliveriesResource } from './resources/account-security.js';
import { CreditResource } from './resources/credit.js';
import { DirectoryResource } from './resources/directory.js';
import { InvoicesResource } from './resources/invoices.js';
import { LettersResource } from './resources/letters.js';
import { LoanDossiersResource } from './resources/loan-dossiers.js';
import { PaperMailResource } from './resources/paper-mail.js';
import { SandboxResource } from './resources/sandbox.js';
import { HelpRequestsResource } from './resources/help-requests.js';
import { SessionsResource } from './resources/sessions.js';
import { EventsResource, WebhookEndpointsResource } from './resources/webhooks.js';
import type { JrmcConnection } from './transport.js';

/** A JRMC API client: one property per resource, all on one {@link JrmcConnection}. */
export interface JrmcClient {
  /** What every resource calls through; {@link bindResources} builds lighter clients on it. */
  readonly connection: JrmcConnection;
  readonly sessions: SessionsResource;
  readonly account: AccountResource;
  readonly directory: DirectoryResource;
  readonly letters: LettersResource;
  readonly loanDossiers: LoanDossiersResource;
  readonly paperMail: PaperMailResource;
  readonly credit: CreditResource;
  readonly invoices: InvoicesResource;
  readonly webhookEndpoints: WebhookEndpointsResource;
  readonly events: EventsResource;
  /** Account closure, API key rotation, session revocation. */
  readonly accountSecurity: AccountSecurityResource;
  /** The delivery log of webhook endpoints. */
  readonly webhookDeliveries: WebhookDeliveriesResource;
  /** Sandbox-only controls. */
  readonly sandbox: SandboxResource;
  /** Help requests to JRMC's team. */
  readonly helpRequests: HelpRequestsResource;
}

/**
 * Creates a JRMC client. Server side with the account API key, browser side with `getToken()` returning
 * session tokens your backend mints — the browser never holds the key.
 *
 * @throws {ConfigurationError} when the options cannot work (no base URL, both or neither of apiKey/getToken, an API key in a browser)
 * @example
 * // Node
 * const jrmc = createJrmcClient({ baseUrl: 'http://localhost:4010', apiKey: process.env.JRMC_API_KEY });
 * // Browser
 * const jrmc = createJrmcClient({ baseUrl: 'http://localhost:4010', getToken: () => fetch('/jrmc/session').then((r) => r.json()) });
 * const letter = await jrmc.letters.create({ reason: 'loi-hamon' });
 */
export function createJrmcClient(options: JrmcClientOptions): JrmcClient {
  const connection = createJrmcConnection(options);
  return Object.freeze({
    connection,
    ...bindResources(connection, {
      sessions: SessionsResource,
      account: AccountResource,
      directory: DirectoryResource,
      letters: LettersResource,
      loanDossiers: LoanDossiersResource,
      paperMail: PaperMailResource,
      credit: CreditResource,
      invoices: InvoicesResource,
      webhookEndpoints: WebhookEndpointsResource,
      events: EventsResource,
      accountSecurity: AccountSecurityResource,
      webhookDeliveries: WebhookDeliveriesResource,
      sandbox: SandboxResource,
      helpRequests: HelpRequestsResource,
    }),
  });
}
