import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** What a {@link LatestRequestController} asks, and when. */
export interface LatestRequestConfig<T> {
  /** What the request depends on, as one string; `''` while there is nothing to ask. A new key asks again. */
  key: () => string;
  /** Asks; `signal` aborts when a newer key replaces this request or the host leaves the page. */
  run: (signal: AbortSignal) => Promise<T>;
  /** Told the answer of the current key (never a superseded one's), before the host updates with it. */
  onValue?: (value: T) => void;
  /** Told why the current key's request failed (never a superseded one's), before the host updates. */
  onError?: (error: unknown) => void;
}

/**
 * The answer to the latest request a host needs (a quote for the choice on screen, a letter's preview): asked again
 * whenever its key changes — checked as the host updates, after `willUpdate` —, the previous request aborted and its
 * late answer ignored, so the screen never shows the price of a choice the user has left. The builder, the paper-mail
 * form and the tracker all ask this way; it does what they used `@lit/task` for in a few lines (the task library
 * weighs 1.7 kB minified on a page).
 */
export class LatestRequestController<T> implements ReactiveController {
  /** The answer to the current key, once it has arrived. */
  value: T | null = null;
  /** The last answer that arrived, whatever its key: what a view may keep showing while a newer one loads. */
  lastValue: T | null = null;
  /** Why the current key's request failed; `undefined` while it has not. */
  error: unknown = undefined;
  /** Whether the current key's answer is still awaited. */
  pending = false;

  readonly #host: ReactiveControllerHost;
  readonly #config: LatestRequestConfig<T>;
  #key = '';
  #abort: AbortController | null = null;

  constructor(host: ReactiveControllerHost, config: LatestRequestConfig<T>) {
    this.#host = host;
    this.#config = config;
    host.addController(this);
  }

  hostUpdate(): void {
    const key = this.#config.key();
    if (key === this.#key) return;
    this.#key = key;
    this.#abort?.abort();
    this.#abort = null;
    this.value = null;
    this.error = undefined;
    this.pending = key !== '';
    if (!this.pending) {
      this.lastValue = null;
      return;
    }
    const abort = (this.#abort = new AbortController());
    const settle = (value: T | null, error: unknown) => {
      if (abort !== this.#abort) return false; // a newer key was asked meanwhile
      this.value = value;
      if (error === undefined) this.lastValue = value;
      this.error = error;
      this.pending = false;
      this.#host.requestUpdate();
      return true;
    };
    this.#config.run(abort.signal).then(
      (value) => settle(value, undefined) && this.#config.onValue?.(value),
      (error: unknown) => settle(null, error) && this.#config.onError?.(error),
    );
  }

  hostDisconnected(): void {
    // Back in the page, the host asks again.
    this.#abort?.abort();
    this.#abort = null;
    this.#key = '';
    this.pending = false;
  }
}
