import type PgBoss from 'pg-boss';
import { isPostgresUrl } from '../../core/config.js';
import { UserError } from '../../core/errors.js';
import { startCrawlDispatch, queueDueSources } from '../../jobs/distributed/crawl-dispatch.js';
import { startCrawlQueue } from '../../jobs/distributed/crawl-queue.js';
import { startCrawlWorker } from '../../jobs/distributed/crawl-worker.js';
import { queueDueDigests, startDigestWorker } from '../../jobs/distributed/digest-jobs.js';
import { digestDeps, startSendSlots, type DigestSchedule } from '../../jobs/digest-schedule.js';
import { createLeadership, type Leadership } from '../../jobs/distributed/leadership.js';
import { withStartLock } from '../../jobs/distributed/start-lock.js';
import { createMailTransport } from '../../jobs/mail-transport.js';
import { savedSearchHits } from '../../jobs/saved-search-hits.js';
import { upsertSources } from '../../store/crawl-state.js';
import type { Db } from '../../store/database.js';
import { openReadStore } from '../../store/read-store.js';
import { openSearchIndex } from '../../store/search/open-search-index.js';
import type { Context } from '../context.js';
import { openStore } from '../open-store.js';
import { enforceShutdownDeadline, listenForStop } from '../stop-signal.js';
import { selectSources } from './crawl.js';

function requirePostgres(context: Context, command: string): void {
  if (!isPostgresUrl(context.config.DATABASE_URL))
    throw new UserError(
      `${command} needs DATABASE_URL=postgresql://...; with SQLite, "crawl" crawls in one process (see docs/postgres.md)`,
    );
}

/**
 * `worker`: takes crawl jobs, and digest jobs when SMTP_URL is set, from the PostgreSQL queues until
 * SIGINT or SIGTERM, then finishes
 * the jobs in hand (a job cut off anyway returns to the queue after WORKER_JOB_TIMEOUT_SECONDS).
 */
export async function runWorker(context: Context): Promise<void> {
  requirePostgres(context, 'worker');
  const stop = listenForStop();
  const db = await withStartLock(context.config.DATABASE_URL, () => openStore(context));
  try {
    const boss = await startCrawlQueue(context.config.DATABASE_URL, context.config, context.log);
    const worker = await startCrawlWorker({ db, boss, log: context.log, settings: context.config });
    const transport = createMailTransport(context.config);
    const reads = openReadStore(db);
    const log = context.log.child({ job: 'digest' });
    try {
      // without SMTP a worker would "send" into its own outbox folder, where no subscriber reads it
      if (context.config.SMTP_URL) {
        const watchItems = savedSearchHits(db, openSearchIndex(reads));
        await startDigestWorker({
          ...digestDeps({ db, log, config: context.config, transport, watchItems }),
          boss,
        });
      } else log.info('not taking digest jobs: SMTP_URL is not set');
      await stop.stopped;
      enforceShutdownDeadline(context.log);
      context.log.info('stopping: finishing the jobs in hand');
    } finally {
      await worker.stop();
      transport.close();
      await reads.close();
    }
  } finally {
    await db.$disconnect();
  }
}

/** The digest clock of a scheduler: at each send slot's hour and on the sweep, the leader queues due digests. */
async function startDigestDispatch(
  context: Context,
  deps: { db: Db; boss: PgBoss; leadership: Leadership },
): Promise<DigestSchedule> {
  const log = context.log.child({ job: 'digest' });
  return startSendSlots({
    db: deps.db,
    log,
    act: async (slot) => {
      if (!(await deps.leadership.lead())) return;
      const queued = await queueDueDigests({ ...deps, now: new Date(), slot });
      if (queued.length > 0) log.info({ digests: queued.length }, `queued ${queued.length} digests`);
    },
  });
}

/**
 * `scheduler [--once] [--sources FILE]`: imports the source registry, then, while it leads (one leader per
 * database) and until stopped, queues discovery of the due sources on every CRAWL_SCHEDULE tick and the
 * due digests at each send hour and on the ten-minute sweep (unless DIGEST_SCHEDULE=off); with --once,
 * queues the due sources and digests once, prints them and exits.
 */
export async function runScheduler(
  context: Context,
  options: { once: boolean; sources?: string | undefined },
): Promise<void> {
  requirePostgres(context, 'scheduler');
  const sources = selectSources(context, options.sources, undefined);
  const crawls = context.config.CRAWL_SCHEDULE !== 'off';
  const digests = context.config.DIGEST_SCHEDULE === 'on';
  if (!options.once && !crawls && !digests)
    throw new UserError('CRAWL_SCHEDULE and DIGEST_SCHEDULE are off; turn one on, or use scheduler --once');
  const stop = listenForStop();
  const db = await withStartLock(context.config.DATABASE_URL, () => openStore(context));
  try {
    await upsertSources(db, sources);
    const boss = await startCrawlQueue(context.config.DATABASE_URL, context.config, context.log);
    if (options.once) {
      const queued = await queueDueSources({
        db,
        boss,
        log: context.log,
        queuedAt: new Map(),
        now: new Date(),
      });
      const mails = digests ? await queueDueDigests({ db, boss, now: new Date() }) : [];
      process.stdout.write(
        `queued ${queued.length} sources${queued.length ? `: ${queued.join(', ')}` : ''}; ${mails.length} digests\n`,
      );
      await boss.stop({ graceful: false, close: true });
      return;
    }
    const leadership = createLeadership(context.config.DATABASE_URL, context.log);
    let digestClock: DigestSchedule | null = null;
    let schedule: ReturnType<typeof startCrawlDispatch> | null = null;
    // a clock that fails to start (a bad time zone, the store down) stops everything already running,
    // so the process exits and releases the leader lock instead of holding it while ignoring SIGTERM
    try {
      digestClock = digests ? await startDigestDispatch(context, { db, boss, leadership }) : null;
      schedule = crawls
        ? startCrawlDispatch({ db, boss, log: context.log, leadership, config: context.config })
        : null;
      void schedule?.trigger();
      void digestClock?.sweepNow();
      await stop.stopped;
      enforceShutdownDeadline(context.log);
    } finally {
      await digestClock?.stop();
      await schedule?.stop();
      await leadership.release();
      await boss.stop({ graceful: false, close: true });
    }
  } finally {
    await db.$disconnect();
  }
}
