import { provide } from '@lit/context';
import { createJrmcClient, type JrmcClient, type TokenResult } from '@jrmc/core';
import { html, LitElement } from 'lit';
import { property, state } from 'lit/decorators.js';
import { jrmcContext, type JrmcContextValue } from '../context/jrmc-context.js';
import { JrmcErrorEvent } from '../events/jrmc-events.js';
import { localeOf, type Locale } from '../i18n/translate.js';
import { errorMessage } from '../shared/error-message.js';

// Events after which the balance may have moved: the provider reloads the account for everyone.
const CREDIT_EVENTS = ['jrmc-letter-sent', 'jrmc-letter-scheduled', 'jrmc-letter-cancelled', 'jrmc-letter-rescheduled', 'jrmc-credit-changed'] as const;

/**
 * Hands the JRMC client, the locale and the account to every JRMC component inside it.
 *
 * Give it a ready `client`, or a `base-url` and a `session-url`: it then fetches short-lived session
 * tokens from your own backend (which holds the API key) and refreshes them — the browser never holds
 * an API key.
 *
 * @summary Connects the JRMC components inside it to the API.
 * @slot - The JRMC components (and anything else).
 * @event jrmc-error - The account could not be loaded.
 */
export class JrmcProvider extends LitElement {
  /** A ready client (takes precedence over `base-url` / `session-url`). */
  @property({ attribute: false }) accessor client: JrmcClient | null = null;

  /** API root, e.g. the sandbox's `http://localhost:4010`. */
  @property({ attribute: 'base-url' }) accessor baseUrl = '';

  /** Your backend's endpoint answering `{ token, expiresAt }` (POST, same-origin cookies sent). */
  @property({ attribute: 'session-url' }) accessor sessionUrl = '';

  /** `fr` (default) or `en`. */
  @property({ reflect: true }) accessor locale: Locale = 'fr';

  @provide({ context: jrmcContext })
  @state()
  accessor context: JrmcContextValue = { client: null, locale: 'fr', account: null, creditVersion: 0 };

  #ownClient: { key: string; client: JrmcClient } | undefined;

  override connectedCallback(): void {
    super.connectedCallback();
    for (const type of CREDIT_EVENTS) this.addEventListener(type, this.#onCreditMayHaveChanged);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    for (const type of CREDIT_EVENTS) this.removeEventListener(type, this.#onCreditMayHaveChanged);
  }

  override willUpdate(changed: Map<PropertyKey, unknown>): void {
    if (changed.has('client') || changed.has('baseUrl') || changed.has('sessionUrl') || changed.has('locale')) {
      const client = this.#resolveClient();
      const clientChanged = client !== this.context.client;
      this.context = { ...this.context, client, locale: localeOf(this.locale), ...(clientChanged ? { account: null } : {}) };
      if (clientChanged && client) void this.#loadAccount();
    }
  }

  override render() {
    return html`<slot></slot>`;
  }

  /** Reloads the account (balance) and tells every component inside. */
  async refresh(): Promise<void> {
    await this.#loadAccount();
  }

  #resolveClient(): JrmcClient | null {
    if (this.client) return this.client;
    if (!this.baseUrl || !this.sessionUrl) return null;
    const key = `${this.baseUrl}|${this.sessionUrl}`;
    if (this.#ownClient?.key !== key) {
      const sessionUrl = this.sessionUrl;
      const getToken = async (): Promise<TokenResult> => {
        const response = await fetch(sessionUrl, { method: 'POST', credentials: 'same-origin', headers: { Accept: 'application/json' } });
        if (!response.ok) throw new Error(`session endpoint answered ${response.status}`);
        return (await response.json()) as TokenResult;
      };
      this.#ownClient = { key, client: createJrmcClient({ baseUrl: this.baseUrl, getToken }) };
    }
    return this.#ownClient.client;
  }

  async #loadAccount(): Promise<void> {
    const client = this.context.client;
    if (!client) return;
    try {
      const account = await client.account.retrieve();
      if (client === this.context.client) this.context = { ...this.context, account, creditVersion: this.context.creditVersion + 1 };
    } catch (error) {
      this.dispatchEvent(new JrmcErrorEvent({ error, message: errorMessage(localeOf(this.locale), error) }));
    }
  }

  #onCreditMayHaveChanged = (): void => {
    void this.#loadAccount();
  };
}
