import { gzipSync } from 'node:zlib';
import iconv from 'iconv-lite';
import { AGENT, crawl } from './crawl-harness.js';
import { articleHtml, rss, startLoopbackServer, type LoopbackServer } from './loopback-server.js';

describe('crawler against a loopback site', () => {
  let server: LoopbackServer;
  beforeEach(async () => {
    server = await startLoopbackServer();
  });
  afterEach(async () => {
    await server.close();
  });

  const html = (title: string) => (_req: unknown, res: import('node:http').ServerResponse) => {
    res
      .writeHead(200, { 'content-type': 'text/html; charset=utf-8' })
      .end(articleHtml(title, `${title} text.`));
  };

  it('respects robots.txt Disallow and Crawl-delay for its agent, and sends its User-Agent', async () => {
    server.route('/robots.txt', (_q, res) => {
      res
        .writeHead(200, { 'content-type': 'text/plain' })
        .end('User-agent: modelwatch-test\nDisallow: /private/\nCrawl-delay: 1\n');
    });
    server.route('/feed.xml', (_q, res) => {
      res
        .writeHead(200, { 'content-type': 'application/rss+xml' })
        .end(rss(server.baseUrl, ['/a/1.html', '/private/2.html', '/a/3.html']));
    });
    server.route('/a/1.html', html('Eins'));
    server.route('/a/3.html', html('Drei'));
    server.route('/private/2.html', html('Geheim'));
    const outcome = await crawl(server, { feeds: [`${server.baseUrl}/feed.xml`] });
    expect(outcome.pages.map((p) => new URL(p.url).pathname).sort()).toEqual(['/a/1.html', '/a/3.html']);
    expect(outcome.disallowed).toEqual([`${server.baseUrl}/private/2.html`]);
    expect(server.log.some((r) => r.path.startsWith('/private'))).toBe(false);
    const pageHits = server.log.filter((r) => r.path !== '/robots.txt');
    for (let i = 1; i < pageHits.length; i++) {
      expect((pageHits[i]?.at ?? 0) - (pageHits[i - 1]?.at ?? 0)).toBeGreaterThanOrEqual(990);
    }
    expect(server.log.every((r) => r.headers['user-agent'] === AGENT)).toBe(true);
  });

  it('sends the stored validators and reports 304 as not modified', async () => {
    server.route('/feed.xml', (_q, res) => {
      res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(rss(server.baseUrl, ['/a/1.html']));
    });
    server.route('/a/1.html', (req, res) => {
      if (
        req.headers['if-none-match'] === '"v1"' &&
        req.headers['if-modified-since'] === 'Thu, 14 Aug 2025 08:00:00 GMT'
      ) {
        res.writeHead(304, { etag: '"v1"' }).end();
      } else res.writeHead(200, { 'content-type': 'text/html', etag: '"v1"' }).end(articleHtml('Eins', 'x'));
    });
    const first = await crawl(server, { feeds: [`${server.baseUrl}/feed.xml`] });
    expect(first.pages[0]?.etag).toBe('"v1"');
    const second = await crawl(
      server,
      { feeds: [`${server.baseUrl}/feed.xml`] },
      {
        validators: () => Promise.resolve({ etag: '"v1"', lastModified: 'Thu, 14 Aug 2025 08:00:00 GMT' }),
      },
    );
    expect(second.pages).toEqual([]);
    expect(second.notModified).toEqual([`${server.baseUrl}/a/1.html`]);
  });

  it('collapses tracking-parameter variants of one link into one fetch', async () => {
    server.route('/feed.xml', (_q, res) => {
      res
        .writeHead(200, { 'content-type': 'application/rss+xml' })
        .end(
          rss(server.baseUrl, [
            '/a/1.html?utm_source=rss&utm_medium=feed',
            '/a/1.html',
            '/a/1.html#comments',
          ]),
        );
    });
    server.route('/a/1.html', html('Eins'));
    const outcome = await crawl(server, { feeds: [`${server.baseUrl}/feed.xml`] });
    expect(outcome.pages.map((p) => p.url)).toEqual([`${server.baseUrl}/a/1.html`]);
    expect(server.log.filter((r) => r.path.startsWith('/a/1.html'))).toHaveLength(1);
  });

  it('decodes an ISO-8859-1 page to correct umlauts', async () => {
    server.route('/feed.xml', (_q, res) => {
      res
        .writeHead(200, { 'content-type': 'application/rss+xml' })
        .end(rss(server.baseUrl, ['/latin1.html']));
    });
    server.route('/latin1.html', (_q, res) => {
      const page = articleHtml(
        'Größere Verzögerung für Künstliche Intelligenz',
        'Die Überraschung: Huaweis Chips für Übungsläufe.',
      );
      res
        .writeHead(200, { 'content-type': 'text/html; charset=ISO-8859-1' })
        .end(iconv.encode(page, 'latin1'));
    });
    const outcome = await crawl(server, { feeds: [`${server.baseUrl}/feed.xml`] });
    expect(outcome.pages[0]?.html).toContain('Größere Verzögerung für Künstliche Intelligenz');
    expect(outcome.pages[0]?.html).toContain('Die Überraschung');
  });

  it('retries a 500 with backoff and then succeeds', async () => {
    server.route('/feed.xml', (_q, res) => {
      res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(rss(server.baseUrl, ['/flaky.html']));
    });
    server.route('/flaky.html', (req, res, hit) => {
      if (hit === 1) res.writeHead(500).end('boom');
      else html('Wieder da')(req, res);
    });
    const outcome = await crawl(server, { feeds: [`${server.baseUrl}/feed.xml`] });
    expect(outcome.pages).toHaveLength(1);
    expect(outcome.failures).toEqual([]);
    const hits = server.log.filter((r) => r.path === '/flaky.html');
    expect(hits).toHaveLength(2);
    expect((hits[1]?.at ?? 0) - (hits[0]?.at ?? 0)).toBeGreaterThanOrEqual(20);
  });

  it('waits as long as Retry-After asks after a 429', async () => {
    server.route('/feed.xml', (_q, res) => {
      res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(rss(server.baseUrl, ['/busy.html']));
    });
    server.route('/busy.html', (req, res, hit) => {
      if (hit === 1) res.writeHead(429, { 'retry-after': '1' }).end();
      else html('Später')(req, res);
    });
    const outcome = await crawl(server, { feeds: [`${server.baseUrl}/feed.xml`] });
    expect(outcome.pages).toHaveLength(1);
    const hits = server.log.filter((r) => r.path === '/busy.html');
    expect(hits).toHaveLength(2);
    expect((hits[1]?.at ?? 0) - (hits[0]?.at ?? 0)).toBeGreaterThanOrEqual(990);
  });

  it('honours a Retry-After longer than the request timeout without losing the host', async () => {
    server.route('/feed.xml', (_q, res) => {
      res
        .writeHead(200, { 'content-type': 'application/rss+xml' })
        .end(rss(server.baseUrl, ['/later.html', '/next.html']));
    });
    server.route('/later.html', (req, res, hit) => {
      if (hit === 1) res.writeHead(503, { 'retry-after': '3' }).end();
      else html('Endlich')(req, res);
    });
    server.route('/next.html', html('Danach'));
    const outcome = await crawl(server, { feeds: [`${server.baseUrl}/feed.xml`] }, { timeoutSeconds: 1 });
    expect(outcome.failures).toEqual([]);
    expect(outcome.pages.map((p) => new URL(p.url).pathname).sort()).toEqual(['/later.html', '/next.html']);
    const hits = server.log.filter((r) => r.path === '/later.html');
    expect((hits[1]?.at ?? 0) - (hits[0]?.at ?? 0)).toBeGreaterThanOrEqual(2990);
  });

  it('gives up on a persistent failure with the reason, and goes on with the rest', async () => {
    server.route('/feed.xml', (_q, res) => {
      res
        .writeHead(200, { 'content-type': 'application/rss+xml' })
        .end(rss(server.baseUrl, ['/down.html', '/gone.html', '/ok.html']));
    });
    server.route('/down.html', (_q, res) => res.writeHead(502).end());
    server.route('/ok.html', html('Gut'));
    const outcome = await crawl(server, { feeds: [`${server.baseUrl}/feed.xml`] });
    expect(outcome.pages.map((p) => new URL(p.url).pathname)).toEqual(['/ok.html']);
    expect(outcome.failures).toEqual(
      expect.arrayContaining([
        { url: `${server.baseUrl}/down.html`, reason: 'HTTP 502 after 4 attempts' },
        { url: `${server.baseUrl}/gone.html`, reason: 'HTTP 404' },
      ]),
    );
  });

  it('records a network failure and a timeout with their reasons after retrying', async () => {
    server.route('/feed.xml', (_q, res) => {
      res
        .writeHead(200, { 'content-type': 'application/rss+xml' })
        .end(
          `<rss><channel><item><link>${server.baseUrl}/reset.html</link></item><item><link>${server.baseUrl}/slow.html</link></item></channel></rss>`,
        );
    });
    server.route('/reset.html', (req) => req.socket.destroy());
    server.route('/slow.html', () => undefined);
    const outcome = await crawl(server, { feeds: [`${server.baseUrl}/feed.xml`] }, { timeoutSeconds: 1 });
    const reasons = Object.fromEntries(outcome.failures.map((f) => [new URL(f.url).pathname, f.reason]));
    expect(reasons['/reset.html']).toMatch(/socket hang up|ECONNRESET/);
    expect(server.log.filter((r) => r.path === '/reset.html')).toHaveLength(4);
    expect(reasons['/slow.html']).toMatch(/timed out|timeout/i);
    expect(server.log.filter((r) => r.path === '/slow.html').length).toBeGreaterThan(1);
  });

  it('reads a gzip-compressed news sitemap behind a sitemap index', async () => {
    server.route('/sitemap-index.xml', (_q, res) => {
      res
        .writeHead(200, { 'content-type': 'application/xml' })
        .end(`<sitemapindex><sitemap><loc>${server.baseUrl}/news.xml.gz</loc></sitemap></sitemapindex>`);
    });
    server.route('/news.xml.gz', (_q, res) => {
      const xml = `<urlset xmlns:news="http://www.google.com/schemas/sitemap-news/0.9"><url><loc>${server.baseUrl}/s/1.html</loc>
        <news:news><news:publication_date>2025-08-14</news:publication_date></news:news></url></urlset>`;
      res.writeHead(200, { 'content-type': 'application/x-gzip' }).end(gzipSync(xml));
    });
    server.route('/s/1.html', html('Aus der Sitemap'));
    const outcome = await crawl(server, { sitemaps: [`${server.baseUrl}/sitemap-index.xml`] });
    expect(outcome.pages.map((p) => new URL(p.url).pathname)).toEqual(['/s/1.html']);
    expect(outcome.pages[0]?.feedItem.publishedAt).toBe('2025-08-14T00:00:00.000Z');
  });

  it('keeps what a malformed feed still offers and records the error', async () => {
    server.route('/feed.xml', (_q, res) => {
      res
        .writeHead(200, { 'content-type': 'application/rss+xml' })
        .end(
          `<rss><channel><item><link>${server.baseUrl}/good.html</link></item><item><title>kaputt</title></item><item><link>`,
        );
    });
    server.route('/good.html', html('Lesbar'));
    const outcome = await crawl(server, { feeds: [`${server.baseUrl}/feed.xml`] });
    expect(outcome.pages).toHaveLength(1);
    expect(outcome.failures.some((f) => f.reason.startsWith('feed:'))).toBe(true);
  });

  it('refuses an oversized page and a binary one without losing the others', async () => {
    server.route('/feed.xml', (_q, res) => {
      res
        .writeHead(200, { 'content-type': 'application/rss+xml' })
        .end(rss(server.baseUrl, ['/huge.html', '/chunked-huge.html', '/image.html', '/fine.html']));
    });
    server.route('/huge.html', (_q, res) => {
      res
        .writeHead(200, { 'content-type': 'text/html', 'content-length': String(300_000) })
        .end('x'.repeat(300_000));
    });
    server.route('/chunked-huge.html', (_q, res) => {
      res.writeHead(200, { 'content-type': 'text/html' });
      res.write('y'.repeat(150_000));
      res.end('y'.repeat(150_000));
    });
    server.route('/image.html', (_q, res) =>
      res.writeHead(200, { 'content-type': 'image/png' }).end(Buffer.alloc(100)),
    );
    server.route('/fine.html', html('Passt'));
    const outcome = await crawl(server, { feeds: [`${server.baseUrl}/feed.xml`] }, { maxBytes: 100_000 });
    expect(outcome.pages.map((p) => new URL(p.url).pathname)).toEqual(['/fine.html']);
    const reasons = Object.fromEntries(outcome.failures.map((f) => [new URL(f.url).pathname, f.reason]));
    expect(reasons['/huge.html']).toMatch(/too large/);
    expect(reasons['/chunked-huge.html']).toMatch(/too large/);
    expect(reasons['/image.html']).toMatch(/image\/png/);
  });

  it('discovers feeds announced on the homepage when the source lists none', async () => {
    server.route('/', (_q, res) => {
      res
        .writeHead(200, { 'content-type': 'text/html' })
        .end(
          `<html><head><link rel="alternate" type="application/rss+xml" href="/feed.xml"></head><body></body></html>`,
        );
    });
    server.route('/feed.xml', (_q, res) => {
      res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(rss(server.baseUrl, ['/a/1.html']));
    });
    server.route('/a/1.html', html('Gefunden'));
    const outcome = await crawl(server, {});
    expect(outcome.pages.map((p) => new URL(p.url).pathname)).toEqual(['/a/1.html']);
  });
});
