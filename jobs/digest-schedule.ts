import type { Config } from '../core/config.js';
import type { Logger } from '../core/logger.js';
import type { WatchItemProvider } from '../digest/watch-items.js';
import type { Db } from '../store/database.js';
import { activeSubscriptions } from '../store/subscriptions.js';
import { digestLinks } from './digest-links.js';
import type { MailTransport } from './mail-transport.js';
import { startScheduler, type Scheduler } from './scheduler.js';
import { runDigests, type DigestDeps } from './send-digests.js';

/** How often the sweep retries failed digests, catches missed hours and picks up new send slots. */
export const DIGEST_SWEEP_SCHEDULE = '*/10 * * * *';

export interface DigestSchedule {
  /** Re-reads the subscriptions' send slots: starts cron jobs for new ones, stops unused ones. */
  refresh(): Promise<void>;
  /** The slots with a cron job, as "HH Zone". */
  slots(): string[];
  /** Runs the sweep now (unless one is running); resolves when it is done. */
  sweepNow(): Promise<boolean>;
  stop(): Promise<void>;
}

/** The cron expression of a send slot: minute 0 of the hour (read in the slot's zone). */
export function slotExpression(sendHour: number): string {
  return `0 ${sendHour} * * *`;
}

/** The digest run's dependencies from the configuration: store, transport, links, retries, saved searches. */
export function digestDeps(options: {
  db: Db;
  log: Logger;
  config: Config;
  transport: MailTransport;
  watchItems?: WatchItemProvider | undefined;
}): DigestDeps {
  const { db, config } = options;
  return {
    db,
    log: options.log,
    transport: options.transport,
    mailFrom: config.MAIL_FROM,
    linksFor: digestLinks(db, config),
    watchItems: options.watchItems,
    retry: {
      attempts: config.DIGEST_SEND_ATTEMPTS,
      baseMs: config.DIGEST_RETRY_BASE_MS,
      retryMinutes: config.DIGEST_RETRY_MINUTES,
    },
  };
}

/** A send slot (hour and zone), or none: every subscriber whose digest is due (the sweep). */
export type SlotAction = (slot?: { sendHour: number; timeZone: string }) => Promise<void>;

/**
 * Sends digests on time: one node-cron job per send slot (hour and time zone) in use, which sends the
 * digests of that slot's subscribers at that hour in that zone; plus a sweep every ten minutes that
 * re-reads the slots (subscriptions change through the API), retries failed digests whose backoff has
 * passed and sends any due digest a stopped process missed. The ledger makes all of it safe to overlap,
 * also across processes.
 */
export async function startDigestSchedule(options: {
  db: Db;
  log: Logger;
  config: Config;
  transport: MailTransport;
  watchItems?: WatchItemProvider | undefined;
}): Promise<DigestSchedule> {
  const log = options.log.child({ job: 'digest' });
  const deps = digestDeps({ ...options, log });
  return startSendSlots({
    db: options.db,
    log,
    act: async (slot) => {
      const summary = await runDigests(deps, { slot, dueOnly: true });
      if (!slot && summary.sent + summary.failed > 0)
        log.info({ ...summary, results: undefined }, 'digest sweep');
    },
  });
}

/**
 * The clock of digests, whatever does the sending: `act` runs with the slot at each slot's hour in its
 * zone, and without a slot on the ten-minute sweep (after re-reading the slots). Embedded, `act` sends
 * ({@link startDigestSchedule}); with PostgreSQL workers, the scheduler's `act` queues digest jobs.
 */
export async function startSendSlots(options: {
  db: Db;
  log: Logger;
  act: SlotAction;
}): Promise<DigestSchedule> {
  const { db, log, act } = options;
  const jobs = new Map<string, Scheduler>();
  const refresh = async () => {
    const wanted = new Map(
      (await activeSubscriptions(db)).map((s) => [`${String(s.sendHour).padStart(2, '0')} ${s.timeZone}`, s]),
    );
    for (const [key, job] of jobs)
      if (!wanted.has(key)) {
        jobs.delete(key);
        await job.stop();
      }
    for (const [key, { sendHour, timeZone }] of wanted) {
      if (jobs.has(key)) continue;
      const slot = { sendHour, timeZone };
      jobs.set(
        key,
        startScheduler({
          name: `digest ${key}`,
          expression: slotExpression(sendHour),
          timezone: timeZone,
          log,
          job: () => act(slot),
        }),
      );
    }
  };
  await refresh();
  const sweep = startScheduler({
    name: 'digest sweep',
    expression: DIGEST_SWEEP_SCHEDULE,
    log,
    job: async () => {
      await refresh();
      await act();
    },
  });
  return {
    refresh,
    slots: () => [...jobs.keys()].sort(),
    sweepNow: () => sweep.trigger(),
    stop: async () => {
      await sweep.stop();
      await Promise.all([...jobs.values()].map((job) => job.stop()));
      jobs.clear();
    },
  };
}
