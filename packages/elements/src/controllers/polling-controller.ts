import { isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';

/** What {@link PollingController} runs and how often. */
export interface PollingConfig {
  /** Loads once; the controller waits for it before planning the next run. */
  task: () => Promise<void>;
  /** Whether there is still something to watch (e.g. the letter's status is not final yet). */
  active: () => boolean;
  /** First delay in ms; it doubles after each run without change, up to `maxMs`. */
  initialMs: number;
  maxMs: number;
}

/**
 * Runs a task again and again while the host is connected, its tab visible and `active()` true: soon at
 * first, then less and less often (doubling up to a ceiling); `reset()` starts over at the first delay
 * (something just changed, so more may follow). A hidden tab stops it; coming back runs the task at once.
 */
export class PollingController implements ReactiveController {
  readonly #host: ReactiveControllerHost;
  readonly #config: PollingConfig;
  #delay: number;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #connected = false;

  constructor(host: ReactiveControllerHost, config: PollingConfig) {
    this.#host = host;
    this.#config = { ...config };
    this.#delay = config.initialMs;
    host.addController(this);
  }

  /** The delay before the next run, in ms. */
  get value(): number {
    return this.#delay;
  }

  /** Whether a run is planned. */
  get planned(): boolean {
    return this.#timer !== undefined;
  }

  hostConnected(): void {
    if (isServer) return;
    this.#connected = true;
    document.addEventListener('visibilitychange', this.#onVisibility);
  }

  hostDisconnected(): void {
    this.#connected = false;
    if (!isServer) document.removeEventListener('visibilitychange', this.#onVisibility);
    this.stop();
  }

  /** Changes the first delay; applies now if it is shorter than the current one. */
  setInitialDelay(ms: number): void {
    this.#config.initialMs = ms;
    this.#delay = Math.min(this.#delay, ms);
    if (this.planned) this.schedule();
  }

  /** Plans the next run, unless there is nothing to watch, the host is gone or the tab hidden. */
  schedule(): void {
    this.stop();
    if (!this.#connected || document.hidden || !this.#config.active()) return;
    this.#timer = setTimeout(async () => {
      this.#timer = undefined;
      // Back off before running: a task that sees a change calls reset(), which then wins.
      this.#delay = Math.min(this.#delay * 2, this.#config.maxMs);
      try {
        await this.#config.task();
      } finally {
        this.schedule();
        this.#host.requestUpdate();
      }
    }, this.#delay);
  }

  /** Starts over at the first delay (the watched thing just changed). */
  reset(): void {
    this.#delay = this.#config.initialMs;
  }

  stop(): void {
    clearTimeout(this.#timer);
    this.#timer = undefined;
  }

  #onVisibility = (): void => {
    if (document.hidden) this.stop();
    else if (this.#config.active()) {
      this.reset();
      void this.#config.task().finally(() => this.schedule());
    }
  };
}
