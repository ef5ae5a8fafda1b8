import type { Config } from '../core/config.js';
import { userAgent } from '../core/config.js';
import type { Logger } from '../core/logger.js';
import { crawlSource } from '../crawlers/fetch/crawl-source.js';
import type { SourceConfig } from '../crawlers/sources/source-schema.js';
import {
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
  | 'CRAWL_MAX_ARTICLES_PER_SOURCE'
  | 'CRAWL_TIMEOUT_SECONDS'
>;

export interface SourceRunSummary extends RunCounts {
  source: string;
  runId: number;
  skipped: number;
}

/**
 * Crawls each enabled source once and ingests what it finds, recording a run per source with its
 * counts and failures. A failing page or source is recorded and the rest goes on; the function only
 * throws when the database itself fails.
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
  const summaries: SourceRunSummary[] = [];
  for (const source of sources) {
    const log = deps.log.child({ source: source.id });
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
      skipped: 0,
      errors: [],
    };
    const fail = async (url: string, reason: string) => {
      counts.failed += 1;
      counts.errors.push({ url, reason });
      log.warn({ url, reason }, 'page failed');
      if (!reason.startsWith('feed:')) await recordFetch(db, source.id, url, { status: 0, error: reason });
    };
    let status: 'ok' | 'failed' = 'ok';
    try {
      await crawlSource(
        {
          source,
          userAgent: userAgent(settings),
          maxConcurrency: settings.CRAWL_MAX_CONCURRENCY,
          maxArticles: settings.CRAWL_MAX_ARTICLES_PER_SOURCE,
          timeoutSeconds: settings.CRAWL_TIMEOUT_SECONDS,
          log,
        },
        {
          validators: (url) => getUrlValidators(db, url),
          onDiscovered: (count) => {
            counts.discovered += count;
          },
          onNotModified: async (url) => {
            counts.notModified += 1;
            await recordFetch(db, source.id, url, { status: 304 });
          },
          onFailure: fail,
          onArticle: async (page) => {
            counts.fetched += 1;
            try {
              const result = await ingestPage(db, source, page);
              if (result.status === 'new') counts.created += 1;
              else if (result.status === 'updated') counts.updated += 1;
              else if (result.status === 'skipped') counts.skipped += 1;
              await recordFetch(db, source.id, page.url, {
                status: page.status,
                etag: page.etag,
                lastModified: page.lastModified,
              });
            } catch (error) {
              await fail(page.url, `ingest: ${(error as Error).message.split('\n')[0] ?? 'failed'}`);
            }
            const done = counts.fetched + counts.notModified + counts.failed;
            if (done % 25 === 0) log.info({ done, total: counts.discovered }, 'crawl progress');
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
        failed: counts.failed,
      },
      'source crawled',
    );
    summaries.push(counts);
  }
  return summaries;
}
