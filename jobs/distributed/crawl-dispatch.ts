import type PgBoss from 'pg-boss';
import type { Config } from '../../core/config.js';
import type { Logger } from '../../core/logger.js';
import type { Db } from '../../store/database.js';
import { scheduledSources } from '../crawl-schedule.js';
import { dueSources } from '../due-sources.js';
import { startScheduler, type Scheduler } from '../scheduler.js';
import { QUEUES, type DiscoverJob } from './crawl-queue.js';
import type { Leadership } from './leadership.js';

/**
 * Queues a discovery job for each source that is due: enabled, and neither run (lastRunAt) nor queued by
 * this scheduler (`queuedAt`, updated here) within its interval. Jobs are keyed by source id, so a
 * source already waiting is not queued twice even by two schedulers. Returns the ids queued.
 */
export async function queueDueSources(deps: {
  db: Db;
  boss: PgBoss;
  log: Logger;
  queuedAt: Map<string, Date>;
  now: Date;
}): Promise<string[]> {
  const { sources, lastRun } = await scheduledSources(deps.db, deps.log);
  const latest = new Map(lastRun);
  for (const [id, at] of deps.queuedAt) {
    const run = latest.get(id);
    if (!run || run < at) latest.set(id, at);
  }
  const due = dueSources(sources, latest, deps.now);
  for (const source of due) {
    await deps.boss.send(QUEUES.discover, { sourceId: source.id } satisfies DiscoverJob, {
      singletonKey: source.id,
    });
    deps.queuedAt.set(source.id, deps.now);
  }
  return due.map((source) => source.id);
}

/**
 * The distributed crawl's scheduler: on every tick of CRAWL_SCHEDULE, the process that holds the
 * leadership queues the due sources (see {@link queueDueSources}); other scheduler processes stand by
 * and take over when the leader goes away. Stopping waits for a tick in progress and gives up the lead.
 */
export function startCrawlDispatch(deps: {
  db: Db;
  boss: PgBoss;
  log: Logger;
  leadership: Leadership;
  config: Pick<Config, 'CRAWL_SCHEDULE'>;
}): Scheduler {
  const queuedAt = new Map<string, Date>();
  let wasLeading = false;
  const scheduler = startScheduler({
    name: 'crawl-dispatch',
    expression: deps.config.CRAWL_SCHEDULE,
    log: deps.log,
    job: async () => {
      const leading = await deps.leadership.lead();
      if (leading !== wasLeading)
        deps.log.info(leading ? 'leading the crawl schedule' : 'another scheduler leads; standing by');
      wasLeading = leading;
      if (!leading) return;
      const queued = await queueDueSources({ ...deps, queuedAt, now: new Date() });
      if (queued.length > 0)
        deps.log.info({ sources: queued }, `queued discovery of ${queued.length} sources`);
    },
  });
  return {
    trigger: () => scheduler.trigger(),
    stop: async () => {
      await scheduler.stop();
      await deps.leadership.release();
    },
  };
}
