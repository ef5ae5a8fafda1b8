import type { Config } from '../core/config.js';
import { userAgent } from '../core/config.js';
import type { Logger } from '../core/logger.js';
import { addressPolicy } from '../crawlers/fetch/address-guard.js';
import { crawlSource } from '../crawlers/fetch/crawl-source.js';
import { createRobotsFetcher } from '../crawlers/fetch/fetch-robots.js';
import { HostGate } from '../crawlers/fetch/host-gate.js';
import { RobotsRules } from '../crawlers/fetch/robots-rules.js';
import type { SourceConfig } from '../crawlers/sources/source-schema.js';
import {
  closeInterruptedRuns,
  fetchRecordSql,
  emptyRunCounts,
  finishRun,
  getUrlValidators,
  recordFetch,
  startRun,
  upsertSources,
  type RunCounts,
  type RunStatus,
} from '../store/crawl-state.js';
import { databaseFileOf, isPostgres, type Db } from '../store/database.js';
import { acquireCrawlLock } from './crawl-lock.js';
import { crawlLimits } from './crawl-limits.js';
import { createKnowledgeBaseCache, loadKnowledgeBase } from '../store/knowledge-base-sync.js';
import { backOffReason, createHostTallies } from './host-breaker.js';
import { ingestPage, type StageObserver } from './ingest-page.js';
import { createPagePool, type PagePool } from './page-pool.js';
import { retryOnLockConflict } from '../store/lock-retry.js';
import { robotsRefusalReason, unreachableHostReason } from './run-outcome.js';

/** The longest rest of a failing host, however many runs it failed. */
const MAX_BACKOFF_MS = 24 * 60 * 60_000;

export type CrawlSettings = Pick<
  Config,
  | 'CRAWL_USER_AGENT'
  | 'CRAWL_CONTACT_URL'
  | 'CRAWL_MAX_CONCURRENCY'
  | 'CRAWL_PER_HOST_CONCURRENCY'
  | 'CRAWL_DELAY_MS'
  | 'CRAWL_MAX_ARTICLES_PER_SOURCE'
  | 'CRAWL_TIMEOUT_SECONDS'
  | 'CRAWL_MAX_BYTES'
  | 'CRAWL_MAX_REDIRECTS'
  | 'CRAWL_MAX_RETRIES'
  | 'CRAWL_RETRY_BASE_MS'
  | 'CRAWL_MAX_WAIT_SECONDS'
  | 'CRAWL_ALLOW_HOSTS'
  | 'CRAWL_HOST_BACKOFF_MINUTES'
  | 'CRAWL_WORKER_THREADS'
>;

export interface SourceRunSummary extends RunCounts {
  source: string;
  runId: number;
  /** Fetched again but with the same content (servers that send no validators). */
  unchanged: number;
  /** Exact copies of an article already stored under another URL. */
  duplicates: number;
  skipped: number;
  disallowed: number;
  /**
   * How the run ended: ok; failed when the crawl broke or its host did not answer at all (robots.txt
   * unreachable and nothing fetched); backed-off when the host was resting; interrupted.
   */
  status: RunStatus;
  /** Why a run that did not end ok ended so, when it is known. */
  reason?: string;
}

/**
 * Crawls each enabled source once and ingests what it finds, recording a run per source with its
 * counts and failures. Sources run side by side (CRAWL_MAX_CONCURRENCY at a time) while one shared
 * host gate and robots.txt cache keep every host's politeness, even when sources share a host. A
 * failing page or source is recorded and the rest goes on; the function throws only when the database
 * itself fails, or when another process is crawling the same SQLite file (see {@link acquireCrawlLock}).
 * With CRAWL_WORKER_THREADS > 0, extraction and analysis run on that many worker threads (started for
 * the crawl, stopped after it) while this thread fetches and stores; `observe` hears each page's time
 * per stage (the crawl benchmark reports them).
 */
export async function runCrawl(deps: {
  db: Db;
  log: Logger;
  settings: CrawlSettings;
  sources: readonly SourceConfig[];
  now?: () => Date;
  /** Aborting stops the crawl soon; runs in progress are recorded as interrupted. */
  signal?: AbortSignal;
  observe?: StageObserver;
}): Promise<SourceRunSummary[]> {
  const now = deps.now ?? (() => new Date());
  const sources = deps.sources.filter((source) => source.enabled);
  // one crawler per SQLite file; PostgreSQL takes concurrent writers (its workers are issue 13's part)
  const lock = isPostgres(deps.db) ? null : acquireCrawlLock(databaseFileOf(deps.db));
  let pool: PagePool | null = null;
  try {
    const threads = deps.settings.CRAWL_WORKER_THREADS;
    if (threads > 0) pool = createPagePool(threads);
    return await crawlSources({ ...deps, now }, sources, pool);
  } finally {
    await pool?.close();
    lock?.release();
  }
}

async function crawlSources(
  deps: Parameters<typeof runCrawl>[0] & { now: () => Date },
  sources: SourceConfig[],
  pool: PagePool | null,
): Promise<SourceRunSummary[]> {
  const { db, settings, now } = deps;
  await upsertSources(db, deps.sources);
  // The store's entities as of the start (editors' changes, stored candidates), reloaded whenever an
  // article adds an entity or alias, so a candidate found on one page links on the next.
  const knowledge = createKnowledgeBaseCache(() => loadKnowledgeBase(db));
  await knowledge.get();
  const agent = userAgent(settings);
  const gate = new HostGate({
    concurrency: settings.CRAWL_PER_HOST_CONCURRENCY,
    intervalMs: settings.CRAWL_DELAY_MS,
  });
  const addresses = addressPolicy(settings.CRAWL_ALLOW_HOSTS);
  const hosts = createHostTallies({
    baseMs: settings.CRAWL_HOST_BACKOFF_MINUTES * 60_000,
    maxMs: Math.max(settings.CRAWL_HOST_BACKOFF_MINUTES * 60_000, MAX_BACKOFF_MS),
  });
  const fetchRobots = createRobotsFetcher({
    userAgent: agent,
    gate,
    timeoutSeconds: settings.CRAWL_TIMEOUT_SECONDS,
    addresses,
  });
  const robots = new RobotsRules(
    async (url) => {
      const answer = await fetchRobots(url);
      if (!answer || 'error' in answer) hosts.note(url, { answered: false, error: answer?.error });
      else {
        const failed = answer.status >= 500 || answer.status === 429;
        hosts.note(url, { answered: !failed, error: `robots.txt: HTTP ${answer.status}` });
      }
      return answer;
    },
    settings.CRAWL_USER_AGENT.split('/')[0] ?? '*',
  );

  const crawlOne = async (source: SourceConfig): Promise<SourceRunSummary> => {
    const log = deps.log.child({ source: source.id });
    const interrupted = await closeInterruptedRuns(db, source.id, now());
    if (interrupted > 0) log.warn({ interrupted }, 'closed runs left unfinished by an earlier process');
    const runId = await startRun(db, source.id, now());
    const resting = await backOffReason(db, source, now());
    const counts: SourceRunSummary = {
      source: source.id,
      runId,
      ...emptyRunCounts(),
      unchanged: 0,
      duplicates: 0,
      skipped: 0,
      disallowed: 0,
      status: 'ok',
    };
    const fail = async (url: string, reason: string, kind: 'page' | 'discovery') => {
      counts.errors.push({ url, reason });
      if (kind === 'discovery') {
        log.warn({ url, reason }, 'discovery problem');
        return;
      }
      counts.failed += 1;
      log.warn({ url, reason }, 'page failed');
      await recordFetch(db, source.id, url, { status: 0, error: reason });
    };
    const progress = () => {
      const done = counts.fetched + counts.notModified + counts.failed;
      if (done > 0 && done % 25 === 0) log.info({ done, total: counts.discovered }, 'crawl progress');
    };
    if (resting) {
      counts.errors.push({ url: source.homepage, reason: resting });
      counts.status = 'backed-off';
      counts.reason = resting;
      await finishRun(db, runId, source.id, counts, now(), 'backed-off');
      log.warn({ reason: resting }, 'source skipped: its host is backed off');
      return counts;
    }
    let status: RunStatus = 'ok';
    try {
      const { aborted } = await crawlSource(
        {
          source,
          userAgent: agent,
          gate,
          robots,
          log,
          addresses,
          signal: deps.signal,
          limits: crawlLimits(settings),
        },
        {
          validators: (url) => getUrlValidators(db, url),
          onAttempt: (url, outcome) => {
            hosts.note(url, outcome);
          },
          onDiscovered: (count) => {
            counts.discovered += count;
          },
          onDisallowed: (url, why, detail) => {
            counts.disallowed += 1;
            counts.errors.push({ url, reason: robotsRefusalReason(why, detail) });
            return Promise.resolve();
          },
          onNotModified: async (url, validators) => {
            counts.notModified += 1;
            await recordFetch(db, source.id, url, { status: 304, ...validators });
            progress();
          },
          onFailure: async (url, reason, kind) => {
            await fail(url, reason, kind);
            progress();
          },
          onArticle: async (page) => {
            counts.fetched += 1;
            try {
              const fetched = { status: page.status, etag: page.etag, lastModified: page.lastModified };
              const kb = await knowledge.get();
              // another process on the same SQLite file may hold the write lock for a moment
              const result = await retryOnLockConflict(() =>
                ingestPage(db, source, page, kb, {
                  ...(pool ? { prepare: pool.prepare } : {}),
                  ...(deps.observe ? { observe: deps.observe } : {}),
                  alsoWrite: [fetchRecordSql(source.id, page.url, fetched)],
                }),
              );
              if (result.status !== 'skipped' && result.entitiesAdded) knowledge.invalidate();
              if (result.status === 'new') counts.created += 1;
              else if (result.status === 'updated') counts.updated += 1;
              else if (result.status === 'unchanged') counts.unchanged += 1;
              else if (result.status === 'duplicate') counts.duplicates += 1;
              else counts.skipped += 1;
            } catch (error) {
              await fail(page.url, `ingest: ${(error as Error).message.split('\n')[0] ?? 'failed'}`, 'page');
            }
            progress();
          },
        },
      );
      if (aborted) status = 'interrupted';
    } catch (error) {
      status = 'failed';
      counts.reason = (error as Error).message;
      counts.errors.push({ url: source.homepage, reason: counts.reason });
      log.error({ err: error }, 'source crawl failed');
    }
    const unreachable = unreachableHostReason(counts, counts.fetched + counts.notModified);
    if (status === 'ok' && unreachable !== undefined) {
      status = 'failed';
      counts.reason = unreachable;
    }
    counts.status = status;
    await finishRun(db, runId, source.id, counts, now(), status);
    log.info(
      {
        discovered: counts.discovered,
        fetched: counts.fetched,
        notModified: counts.notModified,
        new: counts.created,
        updated: counts.updated,
        unchanged: counts.unchanged,
        duplicates: counts.duplicates,
        skipped: counts.skipped,
        disallowed: counts.disallowed,
        failed: counts.failed,
      },
      status === 'interrupted' ? 'source crawl interrupted' : 'source crawled',
    );
    return counts;
  };

  const summaries: SourceRunSummary[] = new Array<SourceRunSummary>(sources.length);
  let next = 0;
  const lanes = Array.from(
    { length: Math.min(Math.max(1, settings.CRAWL_MAX_CONCURRENCY), sources.length) },
    async () => {
      while (next < sources.length) {
        const index = next++;
        const source = sources[index];
        if (source) summaries[index] = await crawlOne(source);
      }
    },
  );
  await Promise.all(lanes).finally(() => hosts.save(db, now()));
  const total = (key: 'fetched' | 'created' | 'updated' | 'notModified' | 'failed') =>
    summaries.reduce((sum, summary) => sum + summary[key], 0);
  deps.log.info(
    {
      sources: summaries.length,
      fetched: total('fetched'),
      new: total('created'),
      updated: total('updated'),
      notModified: total('notModified'),
      failed: total('failed'),
      interrupted: deps.signal?.aborted ?? false,
    },
    'crawl finished',
  );
  return summaries;
}
