import { Configuration, HttpCrawler, Log, LogLevel, RequestQueue } from 'crawlee';
import type { Logger } from '../../core/logger.js';
import { parseFeed } from '../discovery/parse-feed.js';
import { canonicalizeUrl } from '../extract/canonical-url.js';
import { decodeHtml } from '../extract/decode-html.js';
import type { SourceConfig } from '../sources/source-schema.js';

/** A fetched article page, handed to the caller as raw bytes so charset detection sees the real bytes. */
export interface FetchedPage {
  /** The URL as linked (canonicalised), which keys the per-URL crawl state. */
  url: string;
  /** The URL after redirects. */
  loadedUrl: string;
  status: number;
  contentType: string | null;
  html: string;
  etag: string | null;
  lastModified: string | null;
  /** What the feed said about the item, a fallback for pages that lack it. */
  feedItem: { title: string | null; publishedAt: string | null };
}

export interface CrawlCallbacks {
  /** Stored ETag / Last-Modified of a URL, sent as If-None-Match / If-Modified-Since. */
  validators(url: string): Promise<{ etag: string | null; lastModified: string | null } | null>;
  onArticle(page: FetchedPage): Promise<void>;
  onNotModified(url: string): Promise<void>;
  onFailure(url: string, reason: string): Promise<void>;
  onDiscovered(count: number): void;
}

export interface CrawlSourceOptions {
  source: SourceConfig;
  userAgent: string;
  maxConcurrency: number;
  maxArticles: number;
  timeoutSeconds: number;
  log: Logger;
}

const FEED_TYPES = [
  'application/rss+xml',
  'application/atom+xml',
  'application/rdf+xml',
  'text/xml',
  'application/xml',
];

function header(value: string | string[] | undefined): string | null {
  if (Array.isArray(value)) return value[0] ?? null;
  return value ?? null;
}

/**
 * Crawls one source once: its feeds, then the articles they link, politely (robots.txt, one host at a
 * time per the concurrency setting, our own User-Agent) and conditionally (If-None-Match /
 * If-Modified-Since from the stored validators). Each run uses a fresh in-memory queue so scheduled
 * re-crawls are not de-duplicated away; durable state lives with the caller. Failures are reported per
 * URL through `onFailure` and never abort the run.
 *
 * Crawlee's HttpCrawler is used rather than CheerioCrawler because extraction needs the raw bytes (the
 * charset may be declared only inside the page) and parses the page itself, so parsing it here too
 * would be wasted work.
 */
export async function crawlSource(options: CrawlSourceOptions, callbacks: CrawlCallbacks): Promise<void> {
  const { source, log } = options;
  const config = new Configuration({ persistStorage: false, purgeOnStart: true });
  const queue = await RequestQueue.open(
    `run-${source.id}-${Date.now()}-${Math.random().toString(36).slice(2)}`,
    {
      config,
    },
  );
  let enqueuedArticles = 0;

  const crawler = new HttpCrawler(
    {
      requestQueue: queue,
      maxConcurrency: Math.max(1, options.maxConcurrency),
      maxRequestRetries: 2,
      navigationTimeoutSecs: options.timeoutSeconds,
      requestHandlerTimeoutSecs: options.timeoutSeconds * 2,
      useSessionPool: false,
      persistCookiesPerSession: false,
      respectRobotsTxtFile: { userAgent: options.userAgent.split('/')[0] ?? '*' },
      additionalMimeTypes: FEED_TYPES,
      log: new Log({ level: LogLevel.OFF }),
      preNavigationHooks: [
        (_context, gotOptions) => {
          const validators = _context.request.userData as {
            etag?: string | null;
            lastModified?: string | null;
          };
          const headers: Record<string, string> = { 'user-agent': options.userAgent };
          if (validators.etag) headers['if-none-match'] = validators.etag;
          if (validators.lastModified) headers['if-modified-since'] = validators.lastModified;
          gotOptions.headers = { ...gotOptions.headers, ...headers };
          gotOptions.useHeaderGenerator = false;
        },
      ],
      requestHandler: async ({ request, response, body, contentType }) => {
        const status = response.statusCode ?? 0;
        const label = request.label ?? 'feed';
        if (label === 'feed') {
          const feed = parseFeed(
            decodeHtml(toBytes(body), header(response.headers['content-type'])),
            request.loadedUrl,
          );
          for (const error of feed.errors) await callbacks.onFailure(request.url, `feed: ${error}`);
          const fresh = feed.items.slice(0, Math.max(0, options.maxArticles - enqueuedArticles));
          callbacks.onDiscovered(fresh.length);
          for (const item of fresh) {
            const url = canonicalizeUrl(item.url);
            const validators = await callbacks.validators(url);
            const added = await queue.addRequest({
              url,
              uniqueKey: url,
              label: 'article',
              userData: { ...validators, feedTitle: item.title, feedPublishedAt: item.publishedAt },
            });
            if (!added.wasAlreadyPresent) enqueuedArticles += 1;
          }
          log.info({ source: source.id, feed: request.url, items: feed.items.length }, 'feed read');
          return;
        }
        if (status === 304) {
          await callbacks.onNotModified(request.uniqueKey);
          return;
        }
        const data = request.userData as { feedTitle?: string | null; feedPublishedAt?: string | null };
        await callbacks.onArticle({
          url: request.uniqueKey,
          loadedUrl: request.loadedUrl,
          status,
          contentType: contentType.type,
          html: decodeHtml(toBytes(body), header(response.headers['content-type'])),
          etag: header(response.headers.etag),
          lastModified: header(response.headers['last-modified']),
          feedItem: { title: data.feedTitle ?? null, publishedAt: data.feedPublishedAt ?? null },
        });
      },
      failedRequestHandler: async ({ request }, error) => {
        await callbacks.onFailure(request.uniqueKey, error.message.split('\n')[0] ?? 'failed');
      },
    },
    config,
  );

  await crawler.run(source.feeds.map((url) => ({ url, uniqueKey: `feed:${url}`, label: 'feed' })));
  await queue.drop();
}

function toBytes(body: string | Buffer): Uint8Array {
  return typeof body === 'string' ? Buffer.from(body, 'utf8') : body;
}
