import { isPostgresUrl } from '../../core/config.js';
import { UserError } from '../../core/errors.js';
import { startCrawlDispatch, queueDueSources } from '../../jobs/distributed/crawl-dispatch.js';
import { startCrawlQueue } from '../../jobs/distributed/crawl-queue.js';
import { startCrawlWorker } from '../../jobs/distributed/crawl-worker.js';
import { createLeadership } from '../../jobs/distributed/leadership.js';
import { withStartLock } from '../../jobs/distributed/start-lock.js';
import { upsertSources } from '../../store/crawl-state.js';
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
 * `worker`: takes crawl jobs from the PostgreSQL queues until SIGINT or SIGTERM, then finishes the jobs
 * in hand (a job cut off anyway returns to the queue after WORKER_JOB_TIMEOUT_SECONDS).
 */
export async function runWorker(context: Context): Promise<void> {
  requirePostgres(context, 'worker');
  const stop = listenForStop();
  const db = await withStartLock(context.config.DATABASE_URL, () => openStore(context));
  try {
    const boss = await startCrawlQueue(context.config.DATABASE_URL, context.config, context.log);
    const worker = await startCrawlWorker({ db, boss, log: context.log, settings: context.config });
    await stop.stopped;
    enforceShutdownDeadline(context.log);
    context.log.info('stopping: finishing the jobs in hand');
    await worker.stop();
  } finally {
    await db.$disconnect();
  }
}

/**
 * `scheduler [--once] [--sources FILE]`: imports the source registry, then queues discovery of the due
 * sources on every CRAWL_SCHEDULE tick while it leads (one leader per database), until stopped; with
 * --once, queues the due sources once, prints them and exits.
 */
export async function runScheduler(
  context: Context,
  options: { once: boolean; sources?: string | undefined },
): Promise<void> {
  requirePostgres(context, 'scheduler');
  const sources = selectSources(context, options.sources, undefined);
  if (!options.once && context.config.CRAWL_SCHEDULE === 'off')
    throw new UserError('CRAWL_SCHEDULE is off; set a cron expression, or use scheduler --once');
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
      process.stdout.write(
        `queued ${queued.length} sources${queued.length ? `: ${queued.join(', ')}` : ''}\n`,
      );
      await boss.stop({ graceful: false, close: true });
      return;
    }
    const leadership = createLeadership(context.config.DATABASE_URL, context.log);
    const schedule = startCrawlDispatch({ db, boss, log: context.log, leadership, config: context.config });
    void schedule.trigger();
    await stop.stopped;
    enforceShutdownDeadline(context.log);
    await schedule.stop();
    await boss.stop({ graceful: false, close: true });
  } finally {
    await db.$disconnect();
  }
}
