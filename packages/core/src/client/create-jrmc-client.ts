import { normalizeClientOptions, type JrmcClientOptions } from './options.js';
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
import { Transport } from './transport.js';

/** A JRMC API client: one property per resource. */
export interface JrmcClient {
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
  const transport = new Transport(normalizeClientOptions(options));
  return Object.freeze({
    sessions: new SessionsResource(transport),
    account: new AccountResource(transport),
    directory: new DirectoryResource(transport),
    letters: new LettersResource(transport),
    loanDossiers: new LoanDossiersResource(transport),
    paperMail: new PaperMailResource(transport),
    credit: new CreditResource(transport),
    invoices: new InvoicesResource(transport),
    webhookEndpoints: new WebhookEndpointsResource(transport),
    events: new EventsResource(transport),
    accountSecurity: new AccountSecurityResource(transport),
    webhookDeliveries: new WebhookDeliveriesResource(transport),
    sandbox: new SandboxResource(transport),
    helpRequests: new HelpRequestsResource(transport),
  });
}
