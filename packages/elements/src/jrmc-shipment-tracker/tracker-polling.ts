/**
 * When to look again at a letter that can still change: soon at first, then less and less often
 * (doubling up to a ceiling), never while the tab is hidden.
 */
export class TrackerPolling {
  #delay: number;
  #timer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly refresh: () => Promise<void>,
    private readonly options: { initialMs: number; maxMs: number },
  ) {
    this.#delay = options.initialMs;
  }

  /** Changes the first delay (applies from the next reset). */
  setInitialDelay(ms: number): void {
    this.options.initialMs = ms;
    this.#delay = Math.min(this.#delay, ms);
  }

  /** Plans the next refresh (after a refresh, or when the tab comes back). */
  schedule(): void {
    this.stop();
    if (typeof document !== 'undefined' && document.hidden) return;
    this.#timer = setTimeout(async () => {
      await this.refresh();
      this.#delay = Math.min(this.#delay * 2, this.options.maxMs);
    }, this.#delay);
  }

  /** Starts over at the initial delay (the letter just changed). */
  reset(): void {
    this.#delay = this.options.initialMs;
  }

  stop(): void {
    clearTimeout(this.#timer);
    this.#timer = undefined;
  }
}
