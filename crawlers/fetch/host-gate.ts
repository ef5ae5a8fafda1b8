/**
 * Per-host politeness: at most `concurrency` requests in flight per host, at least `intervalMs` between
 * the starts of two requests to one host and between the end of one and the start of the next (so a
 * Crawl-delay holds however long responses take), and no request before a host's `notBefore` time (set from
 * Retry-After). Hosts are independent, so a slow site never holds up the others.
 */
export class HostGate {
  readonly #hosts = new Map<
    string,
    { active: number; nextStart: number; interval: number; waiters: (() => void)[] }
  >();
  readonly #concurrency: number;
  readonly #defaultIntervalMs: number;
  readonly #now: () => number;
  readonly #sleep: (ms: number) => Promise<void>;

  constructor(
    options: {
      concurrency?: number;
      intervalMs?: number;
      now?: () => number;
      sleep?: (ms: number) => Promise<void>;
    } = {},
  ) {
    this.#concurrency = Math.max(1, options.concurrency ?? 1);
    this.#defaultIntervalMs = options.intervalMs ?? 0;
    this.#now = options.now ?? Date.now;
    this.#sleep = options.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms)));
  }

  #state(host: string) {
    let state = this.#hosts.get(host);
    if (!state) {
      state = { active: 0, nextStart: 0, interval: this.#defaultIntervalMs, waiters: [] };
      this.#hosts.set(host, state);
    }
    return state;
  }

  /** Sets a host's minimum interval (e.g. its robots.txt Crawl-delay) when longer than the default. */
  setInterval(host: string, intervalMs: number): void {
    const state = this.#state(host);
    state.interval = Math.max(this.#defaultIntervalMs, intervalMs);
  }

  /** Holds back every request to `host` until `at` (epoch ms), e.g. after a 429 with Retry-After. */
  notBefore(host: string, at: number): void {
    const state = this.#state(host);
    state.nextStart = Math.max(state.nextStart, at);
  }

  /** Waits for a slot on `host`; the caller must call the returned release exactly once. */
  async acquire(host: string): Promise<() => void> {
    const state = this.#state(host);
    while (state.active >= this.#concurrency) {
      await new Promise<void>((resolve) => state.waiters.push(resolve));
    }
    state.active += 1;
    for (;;) {
      const wait = state.nextStart - this.#now();
      if (wait <= 0) break;
      await this.#sleep(wait);
    }
    state.nextStart = this.#now() + state.interval;
    let released = false;
    return () => {
      if (released) return;
      released = true;
      state.active -= 1;
      state.nextStart = Math.max(state.nextStart, this.#now() + state.interval);
      state.waiters.shift()?.();
    };
  }
}
