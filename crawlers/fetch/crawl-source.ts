import { gunzipSync } from 'node:zlib';
import {
  Configuration,
  HttpCrawler,
  type HttpCrawlingContext,
  Log,
  LogLevel,
  NonRetryableError,
  RequestQueue,
} from '@crawlee/http';
import type { Logger } from '../../core/logger.js';
import { findArticleLinks, findFeedLinks } from '../discovery/find-links.js';
import { parseFeed } from '../discovery/parse-feed.js';
import { parseSitemap } from '../discovery/parse-sitemap.js';
import { canonicalizeUrl } from '../extract/canonical-url.js';
import { decodeHtml } from '../extract/decode-html.js';
import type { SourceConfig } from '../sources/source-schema.js';
import { BLOCKED_ADDRESS, guardedRequestOptions, urlProblem, type AddressPolicy } from './address-guard.js';
import type { HostGate } from './host-gate.js';
import { looksBinary } from './looks-binary.js';
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

/** Where a failure happened: an article page, or a discovery document (feed, sitemap, section, homepage). */
export type FailureKind = 'page' | 'discovery';

export interface CrawlCallbacks {
  /** Stored ETag / Last-Modified of a URL, sent as If-None-Match / If-Modified-Since. */
  validators(url: string): Promise<{ etag: string | null; lastModified: string | null } | null>;
  onArticle(page: FetchedPage): Promise<void>;
  onNotModified(url: string, validators: { etag: string | null; lastModified: string | null }): Promise<void>;
  /** Something that could not be fetched or read, with the reason; never fatal. */
  onFailure(url: string, reason: string, kind: FailureKind): Promise<void>;
  /**
   * A URL robots.txt keeps us from (`disallowed`), or whose robots.txt could not be read (`unreachable`,
   * with the reason in `detail`: the site is down, DNS failed, ...).
   */
  onDisallowed(url: string, why: 'disallowed' | 'unreachable', detail?: string): Promise<void>;
  onDiscovered(count: number): void;
  /**
   * Each request attempt's outcome for the host's health: `answered` when the host gave a usable answer
   * (any status but 5xx and 429, even a 404), not when it timed out, reset, refused or answered 5xx/429.
   */
  onAttempt?(url: string, outcome: { answered: boolean; error?: string | undefined }): void;
}

export interface CrawlLimits {
  /**
   * Requests in flight at once for this source. Each source is usually one host, so this is also the
   * per-host concurrency; the shared {@link HostGate} enforces the per-host limit across sources.
   */
  maxConcurrency: number;
  /** Articles taken from discovery per run. */
  maxArticles: number;
  timeoutSeconds: number;
  maxBytes: number;
  maxRedirects: number;
  retry: RetryPolicy;
  /** The longest robots.txt Crawl-delay honoured; a longer one is capped to this. */
  maxCrawlDelayMs: number;
}

/** An article link as discovery found it, with what the feed or sitemap said about it. */
export interface ArticleLink {
  url: string;
  title: string | null;
  publishedAt: string | null;
}

/**
 * One half of a crawl, for work split across processes (jobs/distributed/): `discover` reads only the
 * source's feeds, sitemaps and sections and hands the article links over instead of fetching them;
 * `articles` fetches only the given links (discovered elsewhere). Without a part, a crawl does both.
 */
export type CrawlPart =
  | { kind: 'discover'; handOff(links: ArticleLink[]): Promise<void> }
  | { kind: 'articles'; links: ArticleLink[] };

export interface CrawlSourceDeps {
  source: SourceConfig;
  part?: CrawlPart | undefined;
  userAgent: string;
  limits: CrawlLimits;
  gate: HostGate;
  robots: RobotsRules;
  log: Logger;
  /** Private hosts the crawler may reach; every other URL and connection must be public. */
  addresses: AddressPolicy;
  /** Aborting stops the crawl after the requests in flight; the result then says `aborted`. */
  signal?: AbortSignal | undefined;
}

type Label = 'feed' | 'sitemap' | 'section' | 'home' | 'article';

interface RequestData {
  etag?: string | null;
  lastModified?: string | null;
  hint?: { title: string | null; publishedAt: string | null };
  /** Set when the body was cut off at the size limit. */
  tooLarge?: number;
}

const HTML_TYPES = new Set(['text/html', 'application/xhtml+xml']);

function header(value: string | string[] | undefined): string | null {
  return (Array.isArray(value) ? value[0] : value) ?? null;
}

/**
 * Crawlee reads a connection reset (and other socket errors) as a broken proxy and retries it up to ten
 * times on top of the request retries, losing the reason. We use no proxy: a reset is a network error of
 * the site, retried by our own policy like any other.
 */
class DirectHttpCrawler extends HttpCrawler<HttpCrawlingContext> {
  protected override isProxyError(): boolean {
    return false;
  }
}

/**
 * The callbacks with every call that writes (article, not modified, failure) remembered until it
 * settles, and `settled()` to wait for those still running. Aborting crawlee's pool neither waits for its
 * running handlers nor stops requests already sent, so once `settled()` was called, later calls are
 * dropped: the page is handed back (fetched again next run), and the caller may close the store.
 */
function trackCallbacks(given: CrawlCallbacks): { callbacks: CrawlCallbacks; settled: () => Promise<void> } {
  const running = new Set<Promise<void>>();
  let closed = false;
  const track = (start: () => Promise<void>): Promise<void> => {
    if (closed) return Promise.resolve();
    const call = start();
    running.add(call);
    const done = () => running.delete(call);
    call.then(done, done);
    return call;
  };
  return {
    callbacks: {
      ...given,
      onArticle: (page) => track(() => given.onArticle(page)),
      onNotModified: (url, validators) => track(() => given.onNotModified(url, validators)),
      onFailure: (url, reason, kind) => track(() => given.onFailure(url, reason, kind)),
    },
    settled: async () => {
      closed = true;
      while (running.size > 0) await Promise.allSettled([...running]);
    },
  };
}

/** How often crawlee samples CPU and memory load (its default, 1 s, spawns `ps` every second). */
const SYSTEM_INFO_INTERVAL_MS = 5_000;

/**
 * Crawls one source once: its feeds, news sitemaps (indexes and gzip included) and section pages, or
 * its homepage's announced feeds and article links when it lists none of those; then the articles they
 * link.
 *
 * Politeness: robots.txt (Disallow and Crawl-delay for our agent), one request at a time per host with
 * a minimum interval (the shared {@link HostGate}), our own User-Agent, Retry-After on 429/503 and
 * exponential backoff on 5xx and network errors. Conditional GET with the stored validators turns an
 * unchanged article into a 304. Limits: response size (counted while the body streams in), timeout,
 * redirects; non-HTML articles are skipped. Every failure reaches `onFailure` with its reason and never
 * aborts the run.
 *
 * Crawlee's HttpCrawler is used rather than CheerioCrawler because extraction needs the raw bytes and
 * parses the page itself; parsing it here too would be wasted work. Each run uses a fresh in-memory
 * queue so scheduled re-crawls are not de-duplicated away; durable state lives with the caller.
 */
export async function crawlSource(
  deps: CrawlSourceDeps,
  given: CrawlCallbacks,
): Promise<{ aborted: boolean }> {
  const { source, limits, gate, robots, log } = deps;
  const { callbacks, settled } = trackCallbacks(given);
  const config = new Configuration({
    persistStorage: false,
    purgeOnStart: true,
    // Crawlee samples the system for its autoscaling every tick, spawning `ps` for the memory figure (a
    // process per second per source crawled); a sample every few seconds is enough for its overload check.
    systemInfoIntervalMillis: SYSTEM_INFO_INTERVAL_MS,
  });
  const queue = await RequestQueue.open(
    `run-${source.id}-${Date.now()}-${Math.random().toString(36).slice(2)}`,
    {
      config,
    },
  );
  /** Gate slots per attempt: a pending wait that crawlee gave up on must not keep its slot. */
  const slots = new Map<string, { release: (() => void) | null; cancelled: boolean }>();
  const attemptKey = (request: { uniqueKey: string; retryCount: number }) =>
    `${request.uniqueKey}#${request.retryCount}`;
  const freeSlot = (request: { uniqueKey: string; retryCount: number }) => {
    const slot = slots.get(attemptKey(request));
    if (!slot) return;
    slot.cancelled = true;
    slot.release?.();
    slots.delete(attemptKey(request));
  };
  let articlesQueued = 0;

  const enqueue = async (url: string, label: Label, data: RequestData = {}): Promise<boolean> => {
    const refused = urlProblem(url, deps.addresses);
    if (refused) {
      if (label === 'article') await callbacks.onFailure(url, refused, 'page');
      else await callbacks.onFailure(url, `${label}: ${refused}`, 'discovery');
      return false;
    }
    const verdict = await robots.check(url);
    if (verdict !== 'allowed') {
      const detail = verdict === 'unreachable' ? await robots.unreachableReason(url) : null;
      await callbacks.onDisallowed(url, verdict, detail ?? undefined);
      return false;
    }
    const uniqueKey = label === 'article' ? url : `${label}:${url}`;
    const added = await queue.addRequest({ url, uniqueKey, label, userData: data });
    return !added.wasAlreadyPresent;
  };

  const enqueueArticles = async (items: ArticleLink[]) => {
    if (deps.part?.kind === 'discover') {
      const links = items
        .slice(0, Math.max(0, limits.maxArticles - articlesQueued))
        .map((item) => ({ ...item, url: canonicalizeUrl(item.url) }));
      articlesQueued += links.length;
      await deps.part.handOff(links);
      callbacks.onDiscovered(links.length);
      return;
    }
    let added = 0;
    for (const item of items) {
      if (articlesQueued >= limits.maxArticles) break;
      articlesQueued += 1;
      const url = canonicalizeUrl(item.url);
      const validators = await callbacks.validators(url);
      if (
        await enqueue(url, 'article', {
          ...validators,
          hint: { title: item.title, publishedAt: item.publishedAt },
        })
      ) {
        added += 1;
      } else {
        articlesQueued -= 1;
      }
    }
    callbacks.onDiscovered(added);
  };

  /** Parsing a document we fetched fine will fail the same way again: never retry it. */
  const readOnce = <T>(what: string, read: () => T): T => {
    try {
      return read();
    } catch (error) {
      throw new NonRetryableError(`${what}: ${(error as Error).message}`);
    }
  };

  const guarded = guardedRequestOptions(deps.addresses);
  /** Errors without an answer (timeouts, resets, refused connections) count against the host's health. */
  const noteNetworkFailure = (request: { url: string; userData: unknown }, error: Error) => {
    const code = (error as NodeJS.ErrnoException).code;
    const answered =
      /^HTTP \d/.test(error.message) ||
      error instanceof NonRetryableError ||
      code === BLOCKED_ADDRESS ||
      code === 'ERR_TOO_MANY_REDIRECTS' ||
      (request.userData as RequestData).tooLarge !== undefined;
    if (!answered)
      callbacks.onAttempt?.(request.url, { answered: false, error: error.message.split('\n')[0] });
  };
  const maxWaitSeconds = (limits.retry.maxDelayMs + limits.maxCrawlDelayMs) / 1000;
  const crawler = new DirectHttpCrawler(
    {
      requestQueue: queue,
      maxConcurrency: Math.max(1, limits.maxConcurrency),
      // Start at the configured concurrency (the host gate keeps politeness): crawlee's default starts at 1
      // and adds one slot per 10 s, so a crawl of a few minutes never used the slots it was given.
      autoscaledPoolOptions: { desiredConcurrency: Math.max(1, limits.maxConcurrency) },
      maxRequestRetries: limits.retry.maxRetries,
      navigationTimeoutSecs: limits.timeoutSeconds,
      // The handler timeout also covers the wait for the host gate (Retry-After, Crawl-delay).
      requestHandlerTimeoutSecs: limits.timeoutSeconds * 2 + maxWaitSeconds,
      useSessionPool: false,
      persistCookiesPerSession: false,
      // We judge content types ourselves (a 304 often has none; feeds come with many types).
      additionalMimeTypes: ['*/*'],
      ignoreHttpErrorStatusCodes: Array.from({ length: 100 }, (_, i) => 500 + i),
      log: new Log({ level: LogLevel.OFF }),
      preNavigationHooks: [
        async ({ request }, gotOptions) => {
          const host = new URL(request.url).host;
          gate.setInterval(host, Math.min(await robots.crawlDelayMs(request.url), limits.maxCrawlDelayMs));
          const slot: { release: (() => void) | null; cancelled: boolean } = {
            release: null,
            cancelled: false,
          };
          slots.set(attemptKey(request), slot);
          const release = await gate.acquire(host);
          if (slot.cancelled) {
            release();
            throw new Error('gave up waiting for the host');
          }
          slot.release = release;
          const data = request.userData as RequestData;
          const headers: Record<string, string> = { 'user-agent': deps.userAgent };
          if (data.etag) headers['if-none-match'] = data.etag;
          if (data.lastModified) headers['if-modified-since'] = data.lastModified;
          gotOptions.headers = { ...gotOptions.headers, ...headers };
          gotOptions.useHeaderGenerator = false;
          gotOptions.maxRedirects = limits.maxRedirects;
          Object.assign(gotOptions, guarded);
        },
      ],
      postNavigationHooks: [
        ({ request, response }) => {
          const declared = Number(header(response.headers['content-length']) ?? 0);
          if (declared > limits.maxBytes) {
            response.destroy();
            throw new NonRetryableError(`response too large: ${declared} bytes (limit ${limits.maxBytes})`);
          }
          let received = 0;
          response.on('data', (chunk: Buffer) => {
            received += chunk.length;
            if (received > limits.maxBytes && !(request.userData as RequestData).tooLarge) {
              (request.userData as RequestData).tooLarge = received;
              request.noRetry = true;
              response.destroy(new Error(`response too large: over ${limits.maxBytes} bytes`));
            }
          });
        },
      ],
      requestHandler: async ({ request, response, body, contentType }) => {
        freeSlot(request);
        const status = response.statusCode ?? 0;
        const host = new URL(request.url).host;
        callbacks.onAttempt?.(request.url, {
          answered: status < 500 && status !== 429,
          error: `HTTP ${status}`,
        });
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
        const label = (request.label ?? 'article') as Label;
        const loadedUrl = request.loadedUrl;
        const contentTypeHeader = header(response.headers['content-type']);
        if (label === 'article') {
          if (status === 304) {
            await callbacks.onNotModified(request.uniqueKey, {
              etag: header(response.headers.etag),
              lastModified: header(response.headers['last-modified']),
            });
            return;
          }
          if (!HTML_TYPES.has(contentType.type))
            throw new NonRetryableError(`not an HTML page (${contentType.type})`);
          if (looksBinary(bytes)) throw new NonRetryableError(`binary content served as ${contentType.type}`);
          const data = request.userData as RequestData;
          const html = readOnce('decoding', () => decodeHtml(bytes, contentTypeHeader));
          await callbacks.onArticle({
            url: request.uniqueKey,
            loadedUrl,
            status,
            contentType: contentType.type,
            html,
            etag: header(response.headers.etag),
            lastModified: header(response.headers['last-modified']),
            feedItem: data.hint ?? { title: null, publishedAt: null },
          });
          return;
        }
        const unpacked = readOnce(label, () =>
          bytes[0] === 0x1f && bytes[1] === 0x8b
            ? gunzipSync(bytes, { maxOutputLength: limits.maxBytes * 10 })
            : bytes,
        );
        if (label === 'feed') {
          const feed = readOnce('feed', () => parseFeed(decodeHtml(unpacked, contentTypeHeader), loadedUrl));
          for (const error of feed.errors)
            await callbacks.onFailure(request.url, `feed: ${error}`, 'discovery');
          await enqueueArticles(feed.items);
          log.debug({ feed: request.url, items: feed.items.length }, 'feed read');
          return;
        }
        if (label === 'sitemap') {
          const map = readOnce('sitemap', () => parseSitemap(unpacked.toString('utf8'), loadedUrl));
          for (const error of map.errors)
            await callbacks.onFailure(request.url, `sitemap: ${error}`, 'discovery');
          for (const child of map.sitemaps) await enqueue(child, 'sitemap');
          const newestFirst = [...map.urls].sort((a, b) =>
            (b.publishedAt ?? '').localeCompare(a.publishedAt ?? ''),
          );
          await enqueueArticles(newestFirst);
          return;
        }
        const html = readOnce(label, () => decodeHtml(unpacked, contentTypeHeader));
        if (label === 'home') for (const feed of findFeedLinks(html, loadedUrl)) await enqueue(feed, 'feed');
        await enqueueArticles(
          findArticleLinks(html, loadedUrl).map((url) => ({ url, title: null, publishedAt: null })),
        );
      },
      errorHandler: ({ request }, error) => {
        freeSlot(request);
        // A refused address or a redirect loop answers the same way every time: not worth another attempt.
        const code = (error as NodeJS.ErrnoException).code;
        if (code === BLOCKED_ADDRESS || code === 'ERR_TOO_MANY_REDIRECTS') request.noRetry = true;
        noteNetworkFailure(request, error);
        if (!/^HTTP \d/.test(error.message) && !(error instanceof NonRetryableError) && !request.noRetry) {
          const decision = decideRetry(
            { status: null, message: error.message },
            request.retryCount,
            limits.retry,
          );
          if (decision.retry) gate.notBefore(new URL(request.url).host, Date.now() + decision.delayMs);
        }
      },
      failedRequestHandler: async ({ request }, error) => {
        freeSlot(request);
        noteNetworkFailure(request, error);
        const label = (request.label ?? 'article') as Label;
        const tooLarge = (request.userData as RequestData).tooLarge;
        const message = error.message.split('\n')[0] ?? 'failed';
        let reason = message.replace(/, retrying in \d+ ms$/, '');
        if ((error as NodeJS.ErrnoException).code === 'ERR_TOO_MANY_REDIRECTS')
          reason = `too many redirects (more than ${limits.maxRedirects})`;
        if (tooLarge) reason = `response too large: over ${limits.maxBytes} bytes`;
        else if (request.retryCount > 0 && !/after \d+ attempts$/.test(reason)) {
          reason = `${reason} after ${request.retryCount + 1} attempts`;
        }
        if (label === 'article') await callbacks.onFailure(request.uniqueKey, reason, 'page');
        else await callbacks.onFailure(request.url, `${label}: ${reason}`, 'discovery');
      },
    },
    config,
  );

  const onAbort = () => {
    void crawler.autoscaledPool?.abort();
  };
  deps.signal?.addEventListener('abort', onAbort, { once: true });
  try {
    const start: [string, Label][] = [
      ...source.feeds.map((url): [string, Label] => [url, 'feed']),
      ...source.sitemaps.map((url): [string, Label] => [url, 'sitemap']),
      ...source.sections.map((url): [string, Label] => [url, 'section']),
    ];
    if (start.length === 0) start.push([source.homepage, 'home']);
    if (deps.part?.kind === 'articles') await enqueueArticles(deps.part.links);
    else for (const [url, label] of start) await enqueue(url, label);
    if (!deps.signal?.aborted) await crawler.run();
  } finally {
    deps.signal?.removeEventListener('abort', onAbort);
    for (const slot of slots.values()) slot.release?.();
    await settled();
    await queue.drop();
  }
  return { aborted: deps.signal?.aborted ?? false };
}
