import { isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';

export interface AutosaveConfig {
  /** Writes the current state to the server (create or update). Runs one at a time, in order. */
  save: () => Promise<void>;
  /** Wait this long after the last edit before saving (ms). */
  delayMs: number;
}

/**
 * Saves a little after the user stops typing, one save at a time and in order, and saves at once when the page
 * is hidden or the element removed: nothing typed is lost, and two saves never race each other.
 */
export class AutosaveController implements ReactiveController {
  readonly #config: AutosaveConfig;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #chain: Promise<void> = Promise.resolve();
  #dirty = false;

  constructor(host: ReactiveControllerHost, config: AutosaveConfig) {
    this.#config = config;
    host.addController(this);
  }

  /** Whether there are edits not sent yet. */
  get value(): boolean {
    return this.#dirty;
  }

  hostConnected(): void {
    if (isServer) return;
    addEventListener('pagehide', this.#flushOnHide);
    document.addEventListener('visibilitychange', this.#flushOnHide);
  }

  hostDisconnected(): void {
    if (isServer) return;
    removeEventListener('pagehide', this.#flushOnHide);
    document.removeEventListener('visibilitychange', this.#flushOnHide);
    void this.flush();
  }

  /** Something changed: save soon. */
  edited(): void {
    this.#dirty = true;
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => void this.flush(), this.#config.delayMs);
  }

  /** Saves now whatever was not saved yet, and waits for every save under way. */
  async flush(): Promise<void> {
    clearTimeout(this.#timer);
    if (this.#dirty) {
      this.#dirty = false;
      const run = this.#chain.then(() => this.#config.save());
      this.#chain = run.catch(() => undefined);
      await run.catch(() => undefined);
    }
    await this.#chain;
  }

  /** Forget pending edits (the letter was sent, or the user starts over). */
  reset(): void {
    clearTimeout(this.#timer);
    this.#dirty = false;
  }

  #flushOnHide = (): void => {
    if (document.visibilityState === 'hidden') void this.flush();
  };
}
