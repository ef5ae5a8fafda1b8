import { HostGate } from '../../crawlers/fetch/host-gate.js';
import type { Logger } from '../../core/logger.js';
import type { Db } from '../../store/database.js';
import { holdHostBack, reserveHostTurn } from '../../store/host-slots.js';

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * A {@link HostGate} whose intervals hold across processes: this process's gate still limits its own
 * requests in flight per host (and honours Retry-After at once), while the interval between the starts
 * of two requests to a host, from any worker, comes from a turn reserved in the database
 * ({@link reserveHostTurn}). Hold-backs (Retry-After, retry back-off) are written there for every worker.
 */
export class SharedHostGate extends HostGate {
  readonly #db: Db;
  readonly #log: Logger;
  readonly #defaultIntervalMs: number;
  readonly #intervals = new Map<string, number>();
  #holds: Promise<void> = Promise.resolve();

  constructor(options: { db: Db; log: Logger; concurrency: number; intervalMs: number }) {
    super({ concurrency: options.concurrency, intervalMs: 0 });
    this.#db = options.db;
    this.#log = options.log;
    this.#defaultIntervalMs = options.intervalMs;
  }

  override setInterval(host: string, intervalMs: number): void {
    this.#intervals.set(host, Math.max(this.#defaultIntervalMs, intervalMs));
  }

  override notBefore(host: string, at: number): void {
    super.notBefore(host, at);
    const delayMs = Math.max(0, Math.round(at - Date.now()));
    this.#holds = this.#holds
      .then(() => holdHostBack(this.#db, host, delayMs))
      .catch((error: unknown) => {
        this.#log.warn({ host, err: error }, 'could not share a host hold-back');
      });
  }

  override async acquire(host: string): Promise<() => void> {
    const release = await super.acquire(host);
    try {
      await this.#holds;
      const wait = await reserveHostTurn(
        this.#db,
        host,
        this.#intervals.get(host) ?? this.#defaultIntervalMs,
      );
      if (wait > 0) await sleep(wait);
      return release;
    } catch (error) {
      release();
      throw error;
    }
  }
}
