import type { Config } from '../core/config.js';
import type { Logger } from '../core/logger.js';
import type { SourceConfig } from '../crawlers/sources/source-schema.js';
import type { Db } from '../store/database.js';
import { dueSources } from './due-sources.js';
import { runCrawl } from './run-crawl.js';
import { startScheduler, type Scheduler } from './scheduler.js';

/**
 * The recurring crawl: on every tick of CRAWL_SCHEDULE, crawls the sources whose own interval has
 * passed since their last recorded run. Runs never overlap (see {@link startScheduler}).
 */
export function startCrawlSchedule(deps: {
  db: Db;
  log: Logger;
  config: Config;
  sources: readonly SourceConfig[];
}): Scheduler {
  return startScheduler({
    name: 'crawl',
    expression: deps.config.CRAWL_SCHEDULE,
    log: deps.log,
    job: async (signal) => {
      const rows = await deps.db.source.findMany({ select: { id: true, lastRunAt: true } });
      const lastRun = new Map(
        rows.flatMap((row) => (row.lastRunAt ? [[row.id, row.lastRunAt] as const] : [])),
      );
      const due = dueSources(deps.sources, lastRun, new Date());
      if (due.length === 0) return;
      await runCrawl({ db: deps.db, log: deps.log, settings: deps.config, sources: due, signal });
    },
  });
}
