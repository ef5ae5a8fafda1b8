import type PgBoss from 'pg-boss';
import type { Config } from '../../core/config.js';
import { userAgent } from '../../core/config.js';
import type { Logger } from '../../core/logger.js';
import { addressPolicy } from '../../crawlers/fetch/address-guard.js';
import { crawlSource, type CrawlCallbacks, type CrawlPart } from '../../crawlers/fetch/crawl-source.js';
import { createRobotsFetcher } from '../../crawlers/fetch/fetch-robots.js';
import { RobotsRules } from '../../crawlers/fetch/robots-rules.js';
import type { SourceConfig } from '../../crawlers/sources/source-schema.js';
import {
  closeInterruptedRuns,
  emptyRunCounts,
  finishRun,
  getUrlValidators,
  recordFetch,
  startRun,
} from '../../store/crawl-state.js';
import type { Db } from '../../store/database.js';
import {
  createKnowledgeBaseCache,
  loadKnowledgeBase,
  type KnowledgeBaseCache,
} from '../../store/knowledge-base-sync.js';
import { crawlLimits } from '../crawl-limits.js';
import type { CrawlSettings } from '../run-crawl.js';
import { scheduledSources } from '../crawl-schedule.js';
import { backOffReason } from '../host-breaker.js';
import { ingestPage, type PreparePage } from '../ingest-page.js';
import { createPagePool } from '../page-pool.js';
import { QUEUES, queueArticles, type ArticleJob, type DiscoverJob } from './crawl-queue.js';
import { SharedHostGate } from './shared-host-gate.js';
import { robotsRefusalReason, unreachableHostReason } from '../run-outcome.js';

export type WorkerSettings = CrawlSettings & Pick<Config, 'WORKER_BATCH_SIZE'>;

/** Other workers may add entities; a worker reloads the knowledge base at least this often. */
const KNOWLEDGE_MAX_AGE_MS = 10_000;

export interface CrawlWorker {
  /** Takes no more jobs and waits for the jobs in hand to finish (what SIGTERM does). */
  stop(): Promise<void>;
}

/** What one worker process shares across its jobs: politeness, robots.txt, knowledge base, page pool. */
interface WorkerCrawl {
  db: Db;
  boss: PgBoss;
  log: Logger;
  settings: WorkerSettings;
  now: () => Date;
  common: Omit<Parameters<typeof crawlSource>[0], 'source' | 'part' | 'log'>;
  knowledge: KnowledgeBaseCache;
  prepare?: PreparePage;
  sources(): Promise<Map<string, SourceConfig>>;
}

function prepareWorker(deps: Omit<WorkerCrawl, 'common' | 'knowledge' | 'sources' | 'prepare'>): WorkerCrawl {
  const { settings, db, log } = deps;
  const agent = userAgent(settings);
  const addresses = addressPolicy(settings.CRAWL_ALLOW_HOSTS);
  const gate = new SharedHostGate({
    db,
    log,
    intervalMs: settings.CRAWL_DELAY_MS,
    // a request's lease outlives its longest answer (timeout) plus the slack of a busy worker
    leaseMs: (settings.CRAWL_TIMEOUT_SECONDS + 10) * 1000,
  });
  const fetchRobots = createRobotsFetcher({
    userAgent: agent,
    gate,
    timeoutSeconds: settings.CRAWL_TIMEOUT_SECONDS,
    addresses,
  });
  const robots = new RobotsRules(fetchRobots, settings.CRAWL_USER_AGENT.split('/')[0] ?? '*');
  const cache = createKnowledgeBaseCache(() => loadKnowledgeBase(db));
  let loadedAt = 0;
  const knowledge: KnowledgeBaseCache = {
    get: () => {
      if (Date.now() - loadedAt > KNOWLEDGE_MAX_AGE_MS) {
        cache.invalidate();
        loadedAt = Date.now();
      }
      return cache.get();
    },
    invalidate: () => {
      cache.invalidate();
    },
  };
  const sources = async () => {
    const { sources: list } = await scheduledSources(db, log);
    return new Map(list.map((source) => [source.id, source]));
  };
  return {
    ...deps,
    common: { userAgent: agent, gate, robots, addresses, limits: crawlLimits(settings) },
    knowledge,
    sources,
  };
}

/**
 * One discovery job: reads the source's feeds, sitemaps and sections and queues a job per article link,
 * recorded as a crawl run of the source (its `discovered` count; the articles are counted where they are
 * fetched). A source whose hosts are backed off is skipped as in the embedded crawl.
 */
async function discover(worker: WorkerCrawl, job: PgBoss.Job<DiscoverJob>): Promise<void> {
  const { db, now } = worker;
  const source = (await worker.sources()).get(job.data.sourceId);
  const log = worker.log.child({ source: job.data.sourceId, job: job.id });
  if (!source?.enabled) {
    log.warn('discovery skipped: the source is unknown or disabled');
    return;
  }
  await closeInterruptedRuns(db, source.id, now());
  const runId = await startRun(db, source.id, now());
  const counts = emptyRunCounts();
  const resting = await backOffReason(db, source, now());
  if (resting) {
    counts.errors.push({ url: source.homepage, reason: resting });
    await finishRun(db, runId, source.id, counts, now(), 'backed-off');
    log.warn({ reason: resting }, 'source skipped: its host is backed off');
    return;
  }
  const part: CrawlPart = {
    kind: 'discover',
    handOff: (links) => queueArticles(worker.boss, source.id, links),
  };
  await crawlSource(
    { ...worker.common, source, part, log },
    {
      validators: () => Promise.resolve(null),
      onArticle: () => Promise.resolve(),
      onNotModified: () => Promise.resolve(),
      onDiscovered: (count) => {
        counts.discovered += count;
      },
      onDisallowed: (url, why, detail) => {
        counts.errors.push({ url, reason: robotsRefusalReason(why, detail) });
        return Promise.resolve();
      },
      onFailure: (url, reason) => {
        counts.errors.push({ url, reason });
        log.warn({ url, reason }, 'discovery problem');
        return Promise.resolve();
      },
    },
  );
  // a host that did not answer at all leaves a failed run, as in the embedded crawl
  const unreachable = unreachableHostReason(counts, counts.discovered);
  await finishRun(db, runId, source.id, counts, now(), unreachable === undefined ? 'ok' : 'failed');
  if (unreachable !== undefined)
    log.warn({ reason: unreachable }, 'discovery failed: the host did not answer');
  else log.info({ queued: counts.discovered }, 'source discovered; article jobs queued');
}

/** Saves of concurrent workers may collide: a deadlock or a unique key another worker just took. */
const CONFLICT = /\b(P2002|P2034|40P01|40001)\b|deadlock|could not serialize/i;
const CONFLICT_ATTEMPTS = 4;

/**
 * Runs `save` again when it lost a race with another worker's save (the loser's transaction was rolled
 * back whole, so trying again is safe), up to {@link CONFLICT_ATTEMPTS} times; `beforeRetry` runs first
 * (the knowledge base may have gained the entity the other worker stored).
 */
async function retryConflicts<T>(save: () => Promise<T>, beforeRetry: () => void): Promise<T> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await save();
    } catch (error) {
      const code = (error as { code?: unknown }).code;
      const text = `${typeof code === 'string' ? code : ''} ${(error as Error).message}`;
      if (attempt >= CONFLICT_ATTEMPTS || !CONFLICT.test(text)) throw error;
      beforeRetry();
      await new Promise((resolve) => setTimeout(resolve, 20 * attempt));
    }
  }
}

/** The callbacks of one source's article fetches: ingest and record each URL's outcome. */
function articleCallbacks(worker: WorkerCrawl, source: SourceConfig, log: Logger): CrawlCallbacks {
  const { db } = worker;
  const fail = async (url: string, reason: string) => {
    log.warn({ url, reason }, 'page failed');
    await recordFetch(db, source.id, url, { status: 0, error: reason });
  };
  return {
    validators: (url) => getUrlValidators(db, url),
    onDiscovered: () => undefined,
    onDisallowed: (url, why) => {
      log.info({ url, why }, 'page held back by robots.txt');
      return Promise.resolve();
    },
    onNotModified: (url, validators) => recordFetch(db, source.id, url, { status: 304, ...validators }),
    onFailure: fail,
    onArticle: async (page) => {
      const ingest = async () =>
        ingestPage(db, source, page, await worker.knowledge.get(), {
          ...(worker.prepare ? { prepare: worker.prepare } : {}),
        });
      try {
        const result = await retryConflicts(ingest, () => {
          worker.knowledge.invalidate();
        });
        if (result.status !== 'skipped' && result.entitiesAdded) worker.knowledge.invalidate();
        await recordFetch(db, source.id, page.url, {
          status: page.status,
          etag: page.etag,
          lastModified: page.lastModified,
        });
      } catch (error) {
        await fail(page.url, `ingest: ${(error as Error).message.split('\n')[0] ?? 'failed'}`);
      }
    },
  };
}

/**
 * A batch of article jobs: fetched, extracted, analysed and stored per source, sources side by side.
 * A page that fails is recorded against its URL (as in the embedded crawl) and its job completes; only a
 * failure of the worker itself (the database gone) fails the batch, whose jobs pg-boss then retries.
 */
async function fetchArticles(worker: WorkerCrawl, jobs: PgBoss.Job<ArticleJob>[]): Promise<void> {
  const sources = await worker.sources();
  const bySource = new Map<string, ArticleJob[]>();
  for (const job of jobs)
    bySource.set(job.data.sourceId, [...(bySource.get(job.data.sourceId) ?? []), job.data]);
  await Promise.all(
    [...bySource].map(async ([sourceId, links]) => {
      const source = sources.get(sourceId);
      const log = worker.log.child({ source: sourceId });
      if (!source) {
        log.warn({ links: links.length }, 'article jobs dropped: the source is gone');
        return;
      }
      const part: CrawlPart = { kind: 'articles', links };
      await crawlSource({ ...worker.common, source, part, log }, articleCallbacks(worker, source, log));
    }),
  );
  worker.log.info({ jobs: jobs.length }, 'article batch done');
}

/**
 * Starts a crawl worker on pg-boss: one discovery job at a time and CRAWL_MAX_CONCURRENCY batches of up
 * to WORKER_BATCH_SIZE article jobs side by side. Any number of workers on any machines share the
 * queues and, through the database, each host's politeness interval ({@link SharedHostGate}).
 */
export async function startCrawlWorker(deps: {
  db: Db;
  boss: PgBoss;
  log: Logger;
  settings: WorkerSettings;
  now?: () => Date;
}): Promise<CrawlWorker> {
  const pool =
    deps.settings.CRAWL_WORKER_THREADS > 0 ? createPagePool(deps.settings.CRAWL_WORKER_THREADS) : null;
  const worker = prepareWorker({ ...deps, now: deps.now ?? (() => new Date()) });
  if (pool) worker.prepare = pool.prepare;
  const polling = { pollingIntervalSeconds: 0.5 };
  await deps.boss.work<DiscoverJob>(QUEUES.discover, { ...polling, batchSize: 1 }, async (jobs) => {
    for (const job of jobs) await discover(worker, job);
  });
  for (let lane = 0; lane < deps.settings.CRAWL_MAX_CONCURRENCY; lane += 1) {
    await deps.boss.work<ArticleJob>(
      QUEUES.article,
      { ...polling, batchSize: deps.settings.WORKER_BATCH_SIZE },
      (jobs) => fetchArticles(worker, jobs),
    );
  }
  deps.log.info(
    { lanes: deps.settings.CRAWL_MAX_CONCURRENCY, batchSize: deps.settings.WORKER_BATCH_SIZE },
    'crawl worker taking jobs',
  );
  return {
    stop: async () => {
      await deps.boss.stop({ graceful: true, wait: true, close: true });
      await pool?.close();
    },
  };
}
