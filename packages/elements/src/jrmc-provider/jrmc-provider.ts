import { ContextProvider } from '@lit/context';
import { AccountResource, bindResources, createJrmcConnection, SandboxResource, type JrmcClient, type JrmcClientOptions, type JrmcConnection } from '@jrmc/core';
import { html, isServer, LitElement } from 'lit';
import { jrmcContext, type JrmcContextValue, type JrmcTheme } from '../context/jrmc-context.js';
import { JrmcErrorEvent } from '../events/jrmc-events.js';
import { localeOf, type Locale } from '../i18n/translate.js';
import { errorMessage } from '../shared/error-message.js';
import { ApiClock } from './api-clock.js';
import { providerStyles } from './jrmc-provider.styles.js';
import { requestSessionToken, type SessionRequestOptions } from './session-request.js';

// Events after which the balance may have moved: the provider reloads the account for everyone.
const CREDIT_EVENTS = ['jrmc-letter-sent', 'jrmc-letter-scheduled', 'jrmc-letter-cancelled', 'jrmc-letter-rescheduled', 'jrmc-credit-changed', 'jrmc-paper-sent', 'jrmc-paper-scheduled'] as const;
const THEMES: readonly JrmcTheme[] = ['light', 'dark', 'auto'];

/**
 * Hands the connection to the API, the locale, the account, the API's clock and the colour scheme to every JRMC
 * component inside it.
 *
 * Give it a ready `client` (from `createJrmcClient`, or `{ connection }` from `createJrmcConnection`), or a
 * `base-url` and a `session-url`: it then fetches short-lived session
 * tokens from your own backend (which holds the API key) and refreshes them — the browser never holds
 * an API key.
 *
 * Every component inside decides with the API's time, not the computer's: the sandbox account's test clock
 * (from `clock-url`, or the sandbox's `GET /v1/sandbox/clock`), or the production server's `Date` header.
 * It is read again every `clock-interval` ms, when the tab comes back, after a send or cancel, and when you
 * call `refresh()` (do so after moving a sandbox clock).
 *
 * @summary Connects the JRMC components inside it to the API.
 * @slot - The JRMC components (and anything else).
 * @event jrmc-error - The account or the API's clock could not be loaded.
 */
export class JrmcProvider extends LitElement {
  /** @internal Lit's stylesheet of the element: restyle it through its CSS custom properties and parts. */
  static override styles = providerStyles;

  static override properties = {
    client: { attribute: false },
    baseUrl: { attribute: 'base-url' },
    sessionUrl: { attribute: 'session-url' },
    sessionRequest: { attribute: false },
    sessionCredentials: { attribute: 'session-credentials' },
    clockUrl: { attribute: 'clock-url' },
    clockInterval: { type: Number, attribute: 'clock-interval' },
    validateResponses: { attribute: 'validate-responses', converter: (value: string | null) => (value === null ? undefined : value !== 'false') },
    locale: { reflect: true },
    theme: { reflect: true },
  };

  constructor() {
    super();
    this.client = null;
    this.baseUrl = '';
    this.sessionUrl = '';
    this.sessionRequest = {};
    this.sessionCredentials = '';
    this.clockUrl = '';
    this.clockInterval = 60_000;
    this.validateResponses = undefined;
    this.locale = 'fr';
    this.theme = 'auto';
  }

  /**
   * A ready client (takes precedence over `base-url` / `session-url`): the elements call through its
   * `connection`. `{ connection: createJrmcConnection(options) }` does the same without bundling every resource.
   */
  declare client: Pick<JrmcClient, 'connection'> | null;

  /** API root, e.g. the sandbox's `http://localhost:4010`. */
  declare baseUrl: string;

  /** Your backend's endpoint answering `{ token, expiresAt }` (POST, same-origin cookies sent). */
  declare sessionUrl: string;

  /**
   * Headers (e.g. a CSRF token, or a function returning them) and `credentials` for the session request.
   * Read again before every token request.
   */
  declare sessionRequest: SessionRequestOptions;

  /** Cookies sent with the session request: `same-origin` (default), `include` (backend on another origin) or `omit`. */
  declare sessionCredentials: RequestCredentials | '';

  /** Sandbox: your backend's endpoint answering the account's test clock `{ now }` (GET). */
  declare clockUrl: string;

  /** How often the API's time is read again, in ms (0: only on `refresh()` and events). */
  declare clockInterval: number;

  /**
   * Check the API's answers against the contract. Unset: as the build decides (on with the `development`
   * export condition, as in dev servers and tests; off in production builds, which then carry no schemas).
   * `validate-responses="false"` switches it off; in production, set the property to
   * `validateResponseWithContract` from `@jrmc/core/contract` to switch it on.
   */
  declare validateResponses: JrmcClientOptions['validateResponses'];

  /** `fr` (default) or `en`. */
  declare locale: Locale;

  /** `light`, `dark`, or `auto` (default: the user's `prefers-color-scheme`); inherited by every element inside. */
  declare theme: JrmcTheme;

  readonly #provider = new ContextProvider(this, {
    context: jrmcContext,
    initialValue: { connection: null, locale: 'fr', account: null, creditVersion: 0, clockOffsetMs: 0, clockVersion: 0, theme: 'auto' } as JrmcContextValue,
  });

  /** What every element inside receives; setting it hands the new value down. */
  get context(): JrmcContextValue {
    return this.#provider.value;
  }

  set context(value: JrmcContextValue) {
    this.#provider.setValue(value);
  }

  readonly #clock = new ApiClock();
  #ownConnection: { key: string; connection: JrmcConnection } | undefined;
  // What the provider itself calls: the account (balance) and the sandbox clock.
  #api: { connection: JrmcConnection; account: AccountResource; sandbox: SandboxResource } | undefined;
  #tick: ReturnType<typeof setInterval> | undefined;

  override connectedCallback(): void {
    super.connectedCallback();
    for (const type of CREDIT_EVENTS) this.addEventListener(type, this.#onCreditMayHaveChanged);
    if (!isServer) document.addEventListener('visibilitychange', this.#onVisibility);
    this.#startTick();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    for (const type of CREDIT_EVENTS) this.removeEventListener(type, this.#onCreditMayHaveChanged);
    if (!isServer) document.removeEventListener('visibilitychange', this.#onVisibility);
    clearInterval(this.#tick);
  }

  override willUpdate(changed: Map<PropertyKey, unknown>): void {
    if (changed.has('client') || changed.has('baseUrl') || changed.has('sessionUrl') || changed.has('locale') || changed.has('theme') || changed.has('clockUrl') || changed.has('validateResponses')) {
      const connection = this.#resolveConnection();
      const connectionChanged = connection !== this.context.connection;
      const theme = THEMES.includes(this.theme) ? this.theme : 'auto';
      this.context = { ...this.context, connection, locale: localeOf(this.locale), theme, ...(connectionChanged ? { account: null } : {}) };
      if (connection && (connectionChanged || changed.has('clockUrl'))) void this.refresh();
    }
    if (changed.has('clockInterval')) this.#startTick();
  }

  override render() {
    return html`<slot></slot>`;
  }

  /** Reads the API's time and reloads the account (balance), then tells every component inside. */
  async refresh(): Promise<void> {
    await Promise.all([this.#syncClock(), this.#loadAccount()]);
  }

  #resolveConnection(): JrmcConnection | null {
    if (this.client) return this.client.connection;
    if (!this.baseUrl || !this.sessionUrl) return null;
    const key = `${this.baseUrl}|${this.sessionUrl}|${String(this.validateResponses)}`;
    if (this.#ownConnection?.key !== key) {
      const sessionUrl = this.sessionUrl;
      // The request options are read at each call: a rotated CSRF token needs no new client.
      const getToken = () => requestSessionToken(sessionUrl, {
        headers: this.sessionRequest.headers,
        credentials: this.sessionRequest.credentials ?? (this.sessionCredentials || undefined),
      });
      // Every response tells the server's time: the production clock comes for free.
      const observingFetch: typeof fetch = async (input, init) => {
        const sentAt = Date.now();
        const response = await fetch(input, init);
        this.#clock.observe(response, sentAt, Date.now());
        return response;
      };
      try {
        this.#ownConnection = { key, connection: createJrmcConnection({ baseUrl: this.baseUrl, getToken, fetch: observingFetch, validateResponses: this.validateResponses }) };
      } catch (error) {
        // Options that cannot work (e.g. validation asked of a production build): say so, connect nothing.
        this.#ownConnection = undefined;
        this.dispatchEvent(new JrmcErrorEvent({ error, message: errorMessage(localeOf(this.locale), error) }));
        return null;
      }
    }
    return this.#ownConnection.connection;
  }

  /** The provider's own resources on the current connection. */
  #apiOf(connection: JrmcConnection): { account: AccountResource; sandbox: SandboxResource } {
    if (this.#api?.connection !== connection) this.#api = { connection, ...bindResources(connection, { account: AccountResource, sandbox: SandboxResource }) };
    return this.#api;
  }

  async #syncClock(): Promise<void> {
    const connection = this.context.connection;
    if (!connection) return;
    try {
      await this.#clock.sync({ sandbox: this.#apiOf(connection).sandbox, clockUrl: this.clockUrl || undefined });
      // Always a new version: a day may have turned even when the offset did not move.
      if (connection === this.context.connection) this.context = { ...this.context, clockOffsetMs: this.#clock.offsetMs, clockVersion: this.context.clockVersion + 1 };
    } catch (error) {
      this.dispatchEvent(new JrmcErrorEvent({ error, message: errorMessage(localeOf(this.locale), error) }));
    }
  }

  async #loadAccount(): Promise<void> {
    const connection = this.context.connection;
    if (!connection) return;
    try {
      const account = await this.#apiOf(connection).account.retrieve();
      if (connection === this.context.connection) this.context = { ...this.context, account, creditVersion: this.context.creditVersion + 1 };
    } catch (error) {
      this.dispatchEvent(new JrmcErrorEvent({ error, message: errorMessage(localeOf(this.locale), error) }));
    }
  }

  #startTick(): void {
    clearInterval(this.#tick);
    this.#tick = undefined;
    if (isServer || !this.isConnected || !(this.clockInterval > 0)) return;
    this.#tick = setInterval(() => void this.#syncClock(), this.clockInterval);
  }

  #onCreditMayHaveChanged = (): void => {
    void this.refresh();
  };

  #onVisibility = (): void => {
    if (!document.hidden) void this.#syncClock();
  };
}
