import type { Config } from '../core/config.js';
import type { Logger } from '../core/logger.js';
import { sourceSchema, type SourceConfig } from '../crawlers/sources/source-schema.js';
import { listSourceRecords } from '../store/crawl-state.js';
import type { Db } from '../store/database.js';
import { dueSources } from './due-sources.js';
import { runCrawl } from './run-crawl.js';
import { startScheduler, type Scheduler } from './scheduler.js';

/**
 * The sources as the database has them now (the registry file imported at start-up plus sources added
 * through the API, with enabled flags and intervals as operators set them) and their last runs. A row
 * that no longer fits the registry schema is logged and left out rather than stopping the schedule.
 */
export async function scheduledSources(
  db: Db,
  log: Logger,
): Promise<{ sources: SourceConfig[]; lastRun: Map<string, Date> }> {
  const rows = await listSourceRecords(db);
  const sources: SourceConfig[] = [];
  const lastRun = new Map<string, Date>();
  for (const row of rows) {
    const parsed = sourceSchema.safeParse(row);
    if (!parsed.success) {
      log.warn({ source: row.id, problem: parsed.error.issues[0]?.message }, 'source left out: invalid');
      continue;
    }
    sources.push(parsed.data);
    if (row.lastRunAt) lastRun.set(row.id, row.lastRunAt);
  }
  return { sources, lastRun };
}

/**
 * The recurring crawl: on every tick of CRAWL_SCHEDULE, crawls the enabled sources whose own interval
 * has passed since their last recorded run, reading the sources from the database each time so API
 * changes apply without a restart. Runs never overlap (see {@link startScheduler}).
 */
export function startCrawlSchedule(deps: {
  db: Db;
  log: Logger;
  config: Config;
  /** Crawl only these source ids (`crawl --source ID`); all when absent. */
  only?: ReadonlySet<string> | undefined;
}): Scheduler {
  return startScheduler({
    name: 'crawl',
    expression: deps.config.CRAWL_SCHEDULE,
    log: deps.log,
    job: async (signal) => {
      const { sources, lastRun } = await scheduledSources(deps.db, deps.log);
      const chosen = deps.only ? sources.filter((source) => deps.only?.has(source.id)) : sources;
      const due = dueSources(chosen, lastRun, new Date());
      if (due.length === 0) {
        deps.log.debug({ sources: chosen.length }, 'no source due');
        return;
      }
      deps.log.info({ due: due.map((source) => source.id) }, `crawling ${due.length} due sources`);
      await runCrawl({ db: deps.db, log: deps.log, settings: deps.config, sources: due, signal });
    },
  });
}
