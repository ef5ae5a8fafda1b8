import type { CrawlLimits } from '../crawlers/fetch/crawl-source.js';
import type { CrawlSettings } from './run-crawl.js';

/**
 * The per-source crawl limits the settings describe, one definition for the embedded crawl
 * (run-crawl.ts) and the distributed workers (distributed/crawl-worker.ts).
 */
export function crawlLimits(settings: CrawlSettings): CrawlLimits {
  return {
    maxConcurrency: settings.CRAWL_PER_HOST_CONCURRENCY,
    maxArticles: settings.CRAWL_MAX_ARTICLES_PER_SOURCE,
    timeoutSeconds: settings.CRAWL_TIMEOUT_SECONDS,
    maxBytes: settings.CRAWL_MAX_BYTES,
    maxRedirects: settings.CRAWL_MAX_REDIRECTS,
    retry: {
      maxRetries: settings.CRAWL_MAX_RETRIES,
      baseDelayMs: settings.CRAWL_RETRY_BASE_MS,
      maxDelayMs: settings.CRAWL_MAX_WAIT_SECONDS * 1000,
    },
    maxCrawlDelayMs: settings.CRAWL_MAX_WAIT_SECONDS * 1000,
  };
}
