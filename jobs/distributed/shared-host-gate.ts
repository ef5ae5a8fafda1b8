import type { Logger } from '../../core/logger.js';
import { HostGate } from '../../crawlers/fetch/host-gate.js';
import type { Db } from '../../store/database.js';
import { holdHostBack, releaseHostTurn, takeHostTurn } from '../../store/host-slots.js';

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** How often a worker asks again for a host another worker is fetching from. */
const POLL_MS = 20;

/**
 * A {@link HostGate} whose politeness holds across processes: every request takes its host's turn in the
 * database ({@link takeHostTurn}), so across all workers one request per host is in flight, and the next
 * starts no earlier than the host's interval (CRAWL_DELAY_MS or its Crawl-delay) after the previous
 * answer, as the embedded gate does within one process. Retry-After and retry back-offs are stored for
 * every worker. This process's own gate still queues its lanes per host, so they do not all poll.
 */
export class SharedHostGate extends HostGate {
  readonly #db: Db;
  readonly #log: Logger;
  readonly #defaultIntervalMs: number;
  readonly #leaseMs: number;
  readonly #intervals = new Map<string, number>();
  #holds: Promise<void> = Promise.resolve();

  constructor(options: { db: Db; log: Logger; intervalMs: number; leaseMs: number }) {
    super({ concurrency: 1, intervalMs: 0 });
    this.#db = options.db;
    this.#log = options.log;
    this.#defaultIntervalMs = options.intervalMs;
    this.#leaseMs = options.leaseMs;
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
    const releaseLocal = await super.acquire(host);
    try {
      await this.#holds;
      const token = await this.#takeTurn(host);
      let released = false;
      return () => {
        if (released) return;
        released = true;
        const interval = this.#intervals.get(host) ?? this.#defaultIntervalMs;
        void releaseHostTurn(this.#db, host, token, interval)
          .catch((error: unknown) => {
            this.#log.warn({ host, err: error }, 'could not release a host turn; its lease will run out');
          })
          .finally(releaseLocal);
      };
    } catch (error) {
      releaseLocal();
      throw error;
    }
  }

  async #takeTurn(host: string): Promise<bigint> {
    for (;;) {
      const answer = await takeHostTurn(this.#db, host, this.#leaseMs);
      if ('token' in answer) return answer.token;
      await sleep(answer.leased ? POLL_MS : Math.max(1, answer.retryInMs));
    }
  }
}
