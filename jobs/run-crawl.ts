import type { Config } from '../core/config.js';
import { userAgent } from '../core/config.js';
import type { Logger } from '../core/logger.js';
import { crawlSource } from '../crawlers/fetch/crawl-source.js';
import { HostGate } from '../crawlers/fetch/host-gate.js';
import { RobotsRules } from '../crawlers/fetch/robots-rules.js';
import type { SourceConfig } from '../crawlers/sources/source-schema.js';
import {
  closeInterruptedRuns,
  finishRun,
  getUrlValidators,
  recordFetch,
  startRun,
  upsertSources,
  type RunCounts,
} from '../store/crawl-state.js';
import type { Db } from '../store/database.js';
import { ingestPage } from './ingest-page.js';

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
}

function robotsFetcher(agent: string, gate: HostGate, timeoutSeconds: number) {
  return async (url: string) => {
    const release = await gate.acquire(new URL(url).host);
    try {
      const response = await fetch(url, {
        headers: { 'user-agent': agent },
        signal: AbortSignal.timeout(timeoutSeconds * 1000),
      });
      return { status: response.status, text: response.ok ? await response.text() : '' };
    } catch {
      return null;
    } finally {
      release();
    }
  };
}

/**
 * Crawls each enabled source once and ingests what it finds, recording a run per source with its
 * counts and failures. Sources run side by side (CRAWL_MAX_CONCURRENCY at a time) while one shared
 * host gate and robots.txt cache keep every host's politeness, even when sources share a host. A
 * failing page or source is recorded and the rest goes on; the function throws only when the database
 * itself fails.
 */
export async function runCrawl(deps: {
  db: Db;
  log: Logger;
  settings: CrawlSettings;
  sources: readonly SourceConfig[];
  now?: () => Date;
}): Promise<SourceRunSummary[]> {
  const { db, settings } = deps;
  const now = deps.now ?? (() => new Date());
  const sources = deps.sources.filter((source) => source.enabled);
  await upsertSources(db, deps.sources);
  const agent = userAgent(settings);
  const gate = new HostGate({
    concurrency: settings.CRAWL_PER_HOST_CONCURRENCY,
    intervalMs: settings.CRAWL_DELAY_MS,
  });
  const robots = new RobotsRules(
    robotsFetcher(agent, gate, settings.CRAWL_TIMEOUT_SECONDS),
    settings.CRAWL_USER_AGENT.split('/')[0] ?? '*',
  );

  const crawlOne = async (source: SourceConfig): Promise<SourceRunSummary> => {
    const log = deps.log.child({ source: source.id });
    const interrupted = await closeInterruptedRuns(db, source.id, now());
    if (interrupted > 0) log.warn({ interrupted }, 'closed runs left unfinished by an earlier process');
    const runId = await startRun(db, source.id, now());
    const counts: SourceRunSummary = {
      source: source.id,
      runId,
      discovered: 0,
      fetched: 0,
      notModified: 0,
      created: 0,
      updated: 0,
      failed: 0,
      unchanged: 0,
      duplicates: 0,
      skipped: 0,
      disallowed: 0,
      errors: [],
    };
    const fail = async (url: string, reason: string) => {
      counts.failed += 1;
      counts.errors.push({ url, reason });
      log.warn({ url, reason }, 'page failed');
      if (!/^(feed|sitemap|section|home):/.test(reason))
        await recordFetch(db, source.id, url, { status: 0, error: reason });
    };
    const progress = () => {
      const done = counts.fetched + counts.notModified + counts.failed;
      if (done > 0 && done % 25 === 0) log.info({ done, total: counts.discovered }, 'crawl progress');
    };
    let status: 'ok' | 'failed' = 'ok';
    try {
      await crawlSource(
        {
          source,
          userAgent: agent,
          gate,
          robots,
          log,
          limits: {
            maxConcurrency: settings.CRAWL_PER_HOST_CONCURRENCY,
            maxArticles: settings.CRAWL_MAX_ARTICLES_PER_SOURCE,
            timeoutSeconds: settings.CRAWL_TIMEOUT_SECONDS,
            maxBytes: settings.CRAWL_MAX_BYTES,
            maxRedirects: settings.CRAWL_MAX_REDIRECTS,
            retry: {
              maxRetries: settings.CRAWL_MAX_RETRIES,
              baseDelayMs: settings.CRAWL_RETRY_BASE_MS,
              maxDelayMs: 120_000,
            },
          },
        },
        {
          validators: (url) => getUrlValidators(db, url),
          onDiscovered: (count) => {
            counts.discovered += count;
          },
          onDisallowed: async (url) => {
            counts.disallowed += 1;
            counts.errors.push({ url, reason: 'disallowed by robots.txt' });
            await Promise.resolve();
          },
          onNotModified: async (url) => {
            counts.notModified += 1;
            await recordFetch(db, source.id, url, { status: 304 });
            progress();
          },
          onFailure: async (url, reason) => {
            await fail(url, reason);
            progress();
          },
          onArticle: async (page) => {
            counts.fetched += 1;
            try {
              const result = await ingestPage(db, source, page);
              if (result.status === 'new') counts.created += 1;
              else if (result.status === 'updated') counts.updated += 1;
              else if (result.status === 'unchanged') counts.unchanged += 1;
              else if (result.status === 'duplicate') counts.duplicates += 1;
              else counts.skipped += 1;
              await recordFetch(db, source.id, page.url, {
                status: page.status,
                etag: page.etag,
                lastModified: page.lastModified,
              });
            } catch (error) {
              await fail(page.url, `ingest: ${(error as Error).message.split('\n')[0] ?? 'failed'}`);
            }
            progress();
          },
        },
      );
    } catch (error) {
      status = 'failed';
      counts.errors.push({ url: source.homepage, reason: (error as Error).message });
      log.error({ err: error }, 'source crawl failed');
    }
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
      'source crawled',
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
  await Promise.all(lanes);
  return summaries;
}
