import { silentLogger } from '../core/logger.js';
import type { AddressPolicy } from '../crawlers/fetch/address-guard.js';
import { crawlSource, type CrawlCallbacks, type FetchedPage } from '../crawlers/fetch/crawl-source.js';
import { createRobotsFetcher } from '../crawlers/fetch/fetch-robots.js';
import { HostGate } from '../crawlers/fetch/host-gate.js';
import { RobotsRules } from '../crawlers/fetch/robots-rules.js';
import type { SourceConfig } from '../crawlers/sources/source-schema.js';

export const AGENT = 'modelwatch-test/1 (+https://example.org/contact)';

/** The loopback test sites are private addresses: tests allow 127.0.0.1 explicitly, as an intranet would. */
export const LOOPBACK_ALLOWED: AddressPolicy = { allowHosts: ['127.0.0.1'] };

export interface Outcome {
  pages: FetchedPage[];
  notModified: string[];
  failures: { url: string; reason: string }[];
  disallowed: string[];
  /** Why a site's robots.txt could not be read, per URL held back. */
  unreachable: { url: string; reason: string }[];
  discovered: number;
}

/**
 * Crawls one source of a loopback site through {@link crawlSource} (robots.txt through the real guarded
 * fetcher) and collects what the callbacks saw.
 */
export async function crawl(
  server: { baseUrl: string },
  source: Partial<SourceConfig>,
  options: {
    intervalMs?: number;
    maxBytes?: number;
    timeoutSeconds?: number;
    maxRedirects?: number;
    maxRetries?: number;
    validators?: CrawlCallbacks['validators'];
    addresses?: AddressPolicy;
  } = {},
): Promise<Outcome> {
  const outcome: Outcome = {
    pages: [],
    notModified: [],
    failures: [],
    disallowed: [],
    unreachable: [],
    discovered: 0,
  };
  const gate = new HostGate({ intervalMs: options.intervalMs ?? 0 });
  const addresses = options.addresses ?? LOOPBACK_ALLOWED;
  const timeoutSeconds = options.timeoutSeconds ?? 10;
  const robots = new RobotsRules(
    createRobotsFetcher({ userAgent: AGENT, gate, timeoutSeconds, addresses }),
    'modelwatch-test',
  );
  await crawlSource(
    {
      source: {
        id: 'fixture',
        name: 'Fixture',
        language: 'de',
        category: 'tech',
        homepage: `${server.baseUrl}/`,
        feeds: [],
        sitemaps: [],
        sections: [],
        intervalMinutes: 60,
        enabled: true,
        ...source,
      },
      userAgent: AGENT,
      gate,
      robots,
      log: silentLogger,
      addresses,
      limits: {
        maxConcurrency: 1,
        maxArticles: 5000,
        timeoutSeconds,
        maxBytes: options.maxBytes ?? 1_000_000,
        maxRedirects: options.maxRedirects ?? 3,
        retry: { maxRetries: options.maxRetries ?? 3, baseDelayMs: 20, maxDelayMs: 5000 },
        maxCrawlDelayMs: 5000,
      },
    },
    {
      validators: options.validators ?? (() => Promise.resolve(null)),
      onArticle: (page) => Promise.resolve(void outcome.pages.push(page)),
      onNotModified: (url) => Promise.resolve(void outcome.notModified.push(url)),
      onFailure: (url, reason) => Promise.resolve(void outcome.failures.push({ url, reason })),
      onDisallowed: (url, why, detail) => {
        outcome.disallowed.push(url);
        if (why === 'unreachable') outcome.unreachable.push({ url, reason: detail ?? '' });
        return Promise.resolve();
      },
      onDiscovered: (count) => {
        outcome.discovered += count;
      },
    },
  );
  return outcome;
}
