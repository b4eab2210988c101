import { html, isServer, nothing, type ReactiveController, type ReactiveControllerHost } from 'lit';

/** What to ask before an action that costs money or cannot be undone. */
export interface ConfirmRequest {
  title: string;
  /** The amount and the consequence, in plain words. */
  message: string;
  confirmLabel: string;
  cancelLabel: string;
}

/** The element a {@link ConfirmController} asks in: it renders the dialog in its own render root. */
export type ConfirmHost = ReactiveControllerHost & { readonly renderRoot: ParentNode };

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
  readonly #host: ConfirmHost;
  readonly #config: ConfirmConfig;
  #request: (ConfirmRequest & { resolve: (confirmed: boolean) => void }) | null = null;

  constructor(host: ConfirmHost, config: ConfirmConfig) {
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
    // Found by its id in the host's render root rather than through lit's `ref` directive, which would bring the
    // async-directive machinery (about 1 kB gzip) to every page with a confirmation for this one lookup.
    const dialog = this.#request ? this.#host.renderRoot.querySelector<HTMLDialogElement>(`dialog[data-confirm="${this.#config.id}"]`) : null;
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
      data-confirm=${id}
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
