import PgBoss from 'pg-boss';
import type { Config } from '../../core/config.js';
import type { Logger } from '../../core/logger.js';
import type { ArticleLink } from '../../crawlers/fetch/crawl-source.js';

/**
 * The pg-boss queues of the distributed jobs: one discovery job per due source, one job per article link,
 * one digest job per subscriber and local date (jobs/distributed/digest-jobs.ts).
 */
export const QUEUES = {
  discover: 'crawl-discover',
  article: 'crawl-article',
  digest: 'digest-send',
} as const;

export interface DiscoverJob {
  sourceId: string;
}

export interface ArticleJob extends ArticleLink {
  sourceId: string;
}

/** How often a failed or expired job is tried again before pg-boss marks it failed. */
const RETRY_LIMIT = 5;

/**
 * Starts pg-boss on the crawl's PostgreSQL database (its tables live in their own `pgboss` schema, created
 * and migrated by pg-boss) and makes sure the queues exist with the current settings. The queues are
 * "stately": at most one job per key waits and one runs, so a source is never discovered twice at once,
 * a link found again while its job waits is not queued twice, and neither is a subscriber's digest. A job not completed within
 * WORKER_JOB_TIMEOUT_SECONDS (its worker died, or hangs) expires and is retried by another worker; the
 * store is idempotent, so a retry of work that was half done is harmless. Every process supervises
 * (pg-boss lets one of them run each maintenance pass), so expired jobs return even with no scheduler.
 */
export async function startCrawlQueue(
  databaseUrl: string,
  settings: Pick<Config, 'WORKER_JOB_TIMEOUT_SECONDS'>,
  log: Logger,
): Promise<PgBoss> {
  const timeout = settings.WORKER_JOB_TIMEOUT_SECONDS;
  const boss = new PgBoss({
    connectionString: databaseUrl,
    schema: 'pgboss',
    max: 4,
    supervise: true,
    maintenanceIntervalSeconds: Math.max(1, Math.min(60, Math.floor(timeout / 2))),
    schedule: false,
  });
  boss.on('error', (error) => {
    log.error({ err: error }, 'job queue problem');
  });
  await boss.start();
  for (const name of Object.values(QUEUES)) {
    const options = {
      name,
      policy: 'stately' as const,
      retryLimit: RETRY_LIMIT,
      retryDelay: 1,
      expireInSeconds: timeout,
    };
    await boss.createQueue(name, options);
    await boss.updateQueue(name, options);
  }
  return boss;
}

/** Queues article links for the workers, each keyed by its URL (see {@link startCrawlQueue}). */
export async function queueArticles(
  boss: PgBoss,
  sourceId: string,
  links: readonly ArticleLink[],
): Promise<void> {
  if (links.length === 0) return;
  await boss.insert(
    links.map((link) => ({
      name: QUEUES.article,
      data: { sourceId, ...link } satisfies ArticleJob,
      singletonKey: link.url,
    })),
  );
}
