import { html, isServer, nothing, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { ref, createRef } from 'lit/directives/ref.js';

/** What to ask before an action that costs money or cannot be undone. */
export interface ConfirmRequest {
  title: string;
  /** The amount and the consequence, in plain words. */
  message: string;
  confirmLabel: string;
  cancelLabel: string;
}

/** How {@link ConfirmController} finds its host's shadow root. */
export interface ConfirmConfig {
  /** Distinguishes several dialogs in one element (ids inside its shadow root). */
  id: string;
}

/**
 * Asks first: a modal `<dialog>` (focus moved into it and trapped by the browser, Escape cancels, the title
 * and message are its accessible name and description) that answers `true` only when the user confirms.
 * The host renders `controller.render()` somewhere in its template.
 *
 * @example
 * if (await this.#confirm.ask({ title, message, confirmLabel, cancelLabel })) await pay();
 */
export class ConfirmController implements ReactiveController {
  readonly #host: ReactiveControllerHost;
  readonly #config: ConfirmConfig;
  readonly #dialog = createRef<HTMLDialogElement>();
  #request: (ConfirmRequest & { resolve: (confirmed: boolean) => void }) | null = null;

  constructor(host: ReactiveControllerHost, config: ConfirmConfig) {
    this.#host = host;
    this.#config = config;
    host.addController(this);
  }

  /** The question on screen, if any. */
  get value(): ConfirmRequest | null {
    return this.#request;
  }

  /** Shows the dialog; resolves `true` on confirm, `false` on cancel or Escape. */
  ask(request: ConfirmRequest): Promise<boolean> {
    this.#request?.resolve(false);
    return new Promise((resolve) => {
      this.#request = { ...request, resolve };
      this.#host.requestUpdate();
    });
  }

  hostUpdated(): void {
    const dialog = this.#dialog.value;
    if (!isServer && this.#request && dialog && !dialog.open) dialog.showModal();
  }

  hostDisconnected(): void {
    this.#answer(false);
  }

  render() {
    const request = this.#request;
    if (!request) return nothing;
    const id = this.#config.id;
    return html`<dialog
      ${ref(this.#dialog)}
      class="confirm"
      part="dialog"
      aria-labelledby="${id}-title"
      aria-describedby="${id}-message"
      @close=${(event: Event) => this.#answer((event.target as HTMLDialogElement).returnValue === 'confirm')}
    >
      <form method="dialog">
        <h2 id="${id}-title">${request.title}</h2>
        <p id="${id}-message">${request.message}</p>
        <div class="confirm-buttons">
          <button type="submit" class="secondary" value="cancel" autofocus>${request.cancelLabel}</button>
          <button type="submit" class="confirm-action" value="confirm">${request.confirmLabel}</button>
        </div>
      </form>
    </dialog>`;
  }

  #answer(confirmed: boolean): void {
    const request = this.#request;
    if (!request) return;
    this.#request = null;
    request.resolve(confirmed);
    this.#host.requestUpdate();
  }
}
