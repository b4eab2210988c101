import { ContextConsumer } from '@lit/context';
import { bindResources, type BoundResources, type JrmcConnection, type ResourceClasses } from '@jrmc/core';
import type { Account } from '@jrmc/core/contract';
import { isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { jrmcContext, NO_PROVIDER, type JrmcContextValue } from '../context/jrmc-context.js';
import { localeOf, localeReady, MESSAGES_LOADED_EVENT, type Locale } from '../i18n/translate.js';

/** How an element connects to the surrounding `<jrmc-provider>`. */
export interface JrmcControllerConfig<R extends ResourceClasses = Record<never, never>> {
  /**
   * The API resources the element calls, e.g. `{ letters: LettersResource }`: {@link JrmcController.client} holds
   * them, bound to the provider's connection. Naming only these keeps the others out of the page's bundle.
   */
  resources?: R;
  /** The element's own `locale` override (empty: the provider's). */
  locale?: () => string;
  /** The element's own `now` override as ISO-8601 (empty: the provider's API time). */
  now?: () => string;
  /** Called when the provider hands a new value (connection, account, credit, clock), before the host updates. */
  onChange?: (value: JrmcContextValue, previous: JrmcContextValue) => void;
}

/**
 * One way for every JRMC element to get the provider's connection, account, locale, clock and theme: a reactive
 * controller that subscribes to `<jrmc-provider>` and asks the host to update when it changes. Without a
 * provider the element is French, has no client and uses the browser's clock.
 *
 * @example
 * readonly jrmc = new JrmcController(this, { resources: { credit: CreditResource }, locale: () => this.locale });
 * async load() { const credit = await this.jrmc.client?.credit.retrieve(); }
 * render() { return html`${formatDay(this.jrmc.locale, parisDate(this.jrmc.now()))}`; }
 */
export class JrmcController<R extends ResourceClasses = Record<never, never>> implements ReactiveController {
  readonly #config: JrmcControllerConfig<R>;
  readonly #host: ReactiveControllerHost;
  #value: JrmcContextValue = NO_PROVIDER;
  #bound: { connection: JrmcConnection; client: BoundResources<R> } | undefined;

  constructor(host: ReactiveControllerHost & HTMLElement, config: JrmcControllerConfig<R> = {}) {
    this.#config = config;
    this.#host = host;
    // The consumer registers itself with the host and requests an update on every new value.
    new ContextConsumer(host, {
      context: jrmcContext,
      subscribe: true,
      callback: (value) => {
        const previous = this.#value;
        this.#value = value;
        this.#config.onChange?.(value, previous);
      },
    });
    host.addController(this);
    this.#holdUpdatesForMessages(host);
  }

  /**
   * English tables load on demand; an element must not show French first and English a moment later. Lit lets an
   * element delay its updates by returning a promise from `scheduleUpdate` — done here once for every element:
   * while the element's language is on its way it keeps what it shows (nothing at first, the previous language on
   * a switch), then renders in the right language.
   */
  #holdUpdatesForMessages(host: ReactiveControllerHost & HTMLElement): void {
    if (isServer) return;
    const element = host as unknown as { scheduleUpdate(): void | Promise<unknown> };
    const schedule = element.scheduleUpdate.bind(element);
    element.scheduleUpdate = () => {
      const ready = localeReady(this.locale);
      return ready === true ? schedule() : ready.then(schedule);
    };
  }

  hostConnected(): void {
    // The context consumer asks the provider on connection by itself; English strings arrive on demand.
    if (!isServer) window.addEventListener(MESSAGES_LOADED_EVENT, this.#redraw);
  }

  hostDisconnected(): void {
    if (!isServer) window.removeEventListener(MESSAGES_LOADED_EVENT, this.#redraw);
  }

  #redraw = (): void => this.#host.requestUpdate();

  /** Everything the provider hands down (or {@link NO_PROVIDER}). */
  get value(): JrmcContextValue {
    return this.#value;
  }

  /** The resources named in the config, bound to the provider's connection (`null` without one). */
  get client(): BoundResources<R> | null {
    const connection = this.#value.connection;
    if (!connection) return null;
    // Bound once per connection: the same resource objects across renders, new ones when the provider reconnects.
    if (this.#bound?.connection !== connection) this.#bound = { connection, client: bindResources(connection, this.#config.resources ?? ({} as R)) };
    return this.#bound.client;
  }

  get account(): Account | null {
    return this.#value.account;
  }

  /** The element's locale if it sets one, else the provider's. */
  get locale(): Locale {
    return localeOf(this.#config.locale?.() || this.#value.locale);
  }

  /** The element's `now` override if valid, else the API's time as the provider measured it. */
  now(): Date {
    const override = this.#config.now?.();
    if (override) {
      const parsed = new Date(override);
      if (!Number.isNaN(parsed.getTime())) return parsed;
    }
    return new Date(Date.now() + this.#value.clockOffsetMs);
  }
}
