import { gunzipSync } from 'node:zlib';
import { Configuration, HttpCrawler, Log, LogLevel, NonRetryableError, RequestQueue } from '@crawlee/http';
import type { Logger } from '../../core/logger.js';
import { findArticleLinks, findFeedLinks } from '../discovery/find-links.js';
import { parseFeed } from '../discovery/parse-feed.js';
import { parseSitemap } from '../discovery/parse-sitemap.js';
import { canonicalizeUrl } from '../extract/canonical-url.js';
import { decodeHtml } from '../extract/decode-html.js';
import type { SourceConfig } from '../sources/source-schema.js';
import type { HostGate } from './host-gate.js';
import { decideRetry, type RetryPolicy } from './retry-policy.js';
import type { RobotsRules } from './robots-rules.js';

/** A fetched article page, decoded from its raw bytes (so a charset declared only in the page is honoured). */
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
  /** What the feed or sitemap said about the item, a fallback for pages that lack it. */
  feedItem: { title: string | null; publishedAt: string | null };
}

export interface CrawlCallbacks {
  /** Stored ETag / Last-Modified of a URL, sent as If-None-Match / If-Modified-Since. */
  validators(url: string): Promise<{ etag: string | null; lastModified: string | null } | null>;
  onArticle(page: FetchedPage): Promise<void>;
  onNotModified(url: string): Promise<void>;
  /** A page or feed that could not be fetched or read, with the reason; never fatal. */
  onFailure(url: string, reason: string): Promise<void>;
  /** A URL robots.txt does not allow us to fetch. */
  onDisallowed(url: string): Promise<void>;
  onDiscovered(count: number): void;
}

export interface CrawlLimits {
  /** Requests in flight at once for this source (the host gate still limits each host). */
  maxConcurrency: number;
  /** Articles taken from discovery per run. */
  maxArticles: number;
  timeoutSeconds: number;
  maxBytes: number;
  maxRedirects: number;
  retry: RetryPolicy;
}

export interface CrawlSourceDeps {
  source: SourceConfig;
  userAgent: string;
  limits: CrawlLimits;
  gate: HostGate;
  robots: RobotsRules;
  log: Logger;
}

type Label = 'feed' | 'sitemap' | 'section' | 'home' | 'article';

interface RequestData {
  etag?: string | null;
  lastModified?: string | null;
  hint?: { title: string | null; publishedAt: string | null };
}

const XML_TYPES = [
  'application/rss+xml',
  'application/atom+xml',
  'application/rdf+xml',
  'text/xml',
  'application/xml',
];
const GZIP_TYPES = ['application/gzip', 'application/x-gzip', 'application/octet-stream'];
/** Error pages often come as text/plain; accepting it lets the status, not the type, explain the failure. */
const TEXT_TYPES = ['text/plain'];
const HTML_TYPES = new Set(['text/html', 'application/xhtml+xml']);

function header(value: string | string[] | undefined): string | null {
  return (Array.isArray(value) ? value[0] : value) ?? null;
}

function maybeGunzip(bytes: Buffer): Buffer {
  return bytes[0] === 0x1f && bytes[1] === 0x8b ? gunzipSync(bytes) : bytes;
}

/**
 * Crawls one source once: its feeds, news sitemaps (indexes and gzip included) and section pages, or
 * its homepage's announced feeds and article links when it lists none of those; then the articles they
 * link.
 *
 * Politeness: robots.txt (Disallow and Crawl-delay for our agent), one request at a time per host with
 * a minimum interval (the shared {@link HostGate}), our own User-Agent, Retry-After on 429/503 and
 * exponential backoff on 5xx and network errors. Conditional GET with the stored validators turns an
 * unchanged article into a 304. Limits: response size, timeout, redirects; non-HTML articles are
 * skipped. Every failure reaches `onFailure` with its reason and never aborts the run.
 *
 * Crawlee's HttpCrawler is used rather than CheerioCrawler because extraction needs the raw bytes and
 * parses the page itself; parsing it here too would be wasted work. Each run uses a fresh in-memory
 * queue so scheduled re-crawls are not de-duplicated away; durable state lives with the caller.
 */
export async function crawlSource(deps: CrawlSourceDeps, callbacks: CrawlCallbacks): Promise<void> {
  const { source, limits, gate, robots, log } = deps;
  const config = new Configuration({ persistStorage: false, purgeOnStart: true });
  const queue = await RequestQueue.open(
    `run-${source.id}-${Date.now()}-${Math.random().toString(36).slice(2)}`,
    {
      config,
    },
  );
  const releases = new Map<string, () => void>();
  const release = (id: string) => {
    releases.get(id)?.();
    releases.delete(id);
  };
  let articlesQueued = 0;

  const enqueue = async (url: string, label: Label, data: RequestData = {}): Promise<boolean> => {
    if (!(await robots.isAllowed(url))) {
      await callbacks.onDisallowed(url);
      return false;
    }
    const uniqueKey = label === 'article' ? url : `${label}:${url}`;
    const added = await queue.addRequest({ url, uniqueKey, label, userData: data });
    return !added.wasAlreadyPresent;
  };

  const enqueueArticles = async (
    items: { url: string; title: string | null; publishedAt: string | null }[],
  ) => {
    const room = Math.max(0, limits.maxArticles - articlesQueued);
    let added = 0;
    for (const item of items) {
      if (added >= room) break;
      const url = canonicalizeUrl(item.url);
      const validators = await callbacks.validators(url);
      if (
        await enqueue(url, 'article', {
          ...validators,
          hint: { title: item.title, publishedAt: item.publishedAt },
        })
      ) {
        added += 1;
      }
    }
    articlesQueued += added;
    callbacks.onDiscovered(added);
  };

  const crawler = new HttpCrawler(
    {
      requestQueue: queue,
      maxConcurrency: Math.max(1, limits.maxConcurrency),
      maxRequestRetries: limits.retry.maxRetries,
      navigationTimeoutSecs: limits.timeoutSeconds,
      requestHandlerTimeoutSecs: limits.timeoutSeconds * 2,
      useSessionPool: false,
      persistCookiesPerSession: false,
      additionalMimeTypes: [...XML_TYPES, ...GZIP_TYPES, ...TEXT_TYPES],
      ignoreHttpErrorStatusCodes: Array.from({ length: 100 }, (_, i) => 500 + i),
      log: new Log({ level: LogLevel.OFF }),
      preNavigationHooks: [
        async ({ request }, gotOptions) => {
          const host = new URL(request.url).host;
          gate.setInterval(host, await robots.crawlDelayMs(request.url));
          releases.set(request.uniqueKey, await gate.acquire(host));
          const data = request.userData as RequestData;
          const headers: Record<string, string> = { 'user-agent': deps.userAgent };
          if (data.etag) headers['if-none-match'] = data.etag;
          if (data.lastModified) headers['if-modified-since'] = data.lastModified;
          gotOptions.headers = { ...gotOptions.headers, ...headers };
          gotOptions.useHeaderGenerator = false;
          gotOptions.maxRedirects = limits.maxRedirects;
        },
      ],
      postNavigationHooks: [
        ({ request, response }) => {
          release(request.uniqueKey);
          const length = Number(header(response.headers['content-length']) ?? 0);
          if (length > limits.maxBytes) {
            response.destroy();
            throw new NonRetryableError(`response too large: ${length} bytes (limit ${limits.maxBytes})`);
          }
        },
      ],
      requestHandler: async ({ request, response, body, contentType }) => {
        const status = response.statusCode ?? 0;
        const host = new URL(request.url).host;
        if (status >= 400) {
          const decision = decideRetry(
            { status, retryAfter: header(response.headers['retry-after']) },
            request.retryCount,
            limits.retry,
          );
          if (!decision.retry) throw new NonRetryableError(decision.reason);
          gate.notBefore(host, Date.now() + decision.delayMs);
          throw new Error(`${decision.reason}, retrying in ${decision.delayMs} ms`);
        }
        const bytes = typeof body === 'string' ? Buffer.from(body) : body;
        if (bytes.length > limits.maxBytes) {
          throw new NonRetryableError(`response too large: ${bytes.length} bytes (limit ${limits.maxBytes})`);
        }
        const label = (request.label ?? 'article') as Label;
        const loadedUrl = request.loadedUrl;
        const contentTypeHeader = header(response.headers['content-type']);
        if (label === 'article') {
          if (status === 304) {
            await callbacks.onNotModified(request.uniqueKey);
            return;
          }
          if (!HTML_TYPES.has(contentType.type))
            throw new NonRetryableError(`not an HTML page (${contentType.type})`);
          const data = request.userData as RequestData;
          await callbacks.onArticle({
            url: request.uniqueKey,
            loadedUrl,
            status,
            contentType: contentType.type,
            html: decodeHtml(bytes, contentTypeHeader),
            etag: header(response.headers.etag),
            lastModified: header(response.headers['last-modified']),
            feedItem: data.hint ?? { title: null, publishedAt: null },
          });
          return;
        }
        if (label === 'feed') {
          const feed = parseFeed(decodeHtml(maybeGunzip(bytes), contentTypeHeader), loadedUrl);
          for (const error of feed.errors) await callbacks.onFailure(request.url, `feed: ${error}`);
          await enqueueArticles(feed.items);
          log.debug({ feed: request.url, items: feed.items.length }, 'feed read');
          return;
        }
        if (label === 'sitemap') {
          const map = parseSitemap(maybeGunzip(bytes).toString('utf8'), loadedUrl);
          for (const error of map.errors) await callbacks.onFailure(request.url, `sitemap: ${error}`);
          for (const child of map.sitemaps) await enqueue(child, 'sitemap');
          const newestFirst = [...map.urls].sort((a, b) =>
            (b.publishedAt ?? '').localeCompare(a.publishedAt ?? ''),
          );
          await enqueueArticles(newestFirst);
          return;
        }
        const html = decodeHtml(bytes, contentTypeHeader);
        if (label === 'home') for (const feed of findFeedLinks(html, loadedUrl)) await enqueue(feed, 'feed');
        await enqueueArticles(
          findArticleLinks(html, loadedUrl).map((url) => ({ url, title: null, publishedAt: null })),
        );
      },
      errorHandler: async ({ request }, error) => {
        release(request.uniqueKey);
        if (!/^HTTP \d/.test(error.message) && !(error instanceof NonRetryableError)) {
          const decision = decideRetry(
            { status: null, message: error.message },
            request.retryCount,
            limits.retry,
          );
          if (decision.retry) gate.notBefore(new URL(request.url).host, Date.now() + decision.delayMs);
        }
        await Promise.resolve();
      },
      failedRequestHandler: async ({ request }, error) => {
        release(request.uniqueKey);
        const message = error.message.split('\n')[0] ?? 'failed';
        const servedType = /served Content-Type ([^\s,]+)/.exec(message)?.[1];
        const reason = servedType
          ? `not a page we read (${servedType})`
          : message.replace(/, retrying in \d+ ms$/, '');
        const label = request.label ?? 'article';
        await callbacks.onFailure(
          request.label === 'article' ? request.uniqueKey : request.url,
          label === 'article' ? reason : `${label}: ${reason}`,
        );
      },
    },
    config,
  );

  const start: [string, Label][] = [
    ...source.feeds.map((url): [string, Label] => [url, 'feed']),
    ...source.sitemaps.map((url): [string, Label] => [url, 'sitemap']),
    ...source.sections.map((url): [string, Label] => [url, 'section']),
  ];
  if (start.length === 0) start.push([source.homepage, 'home']);
  for (const [url, label] of start) await enqueue(url, label);
  await crawler.run();
  await queue.drop();
}
