import iconv from 'iconv-lite';
import type { LookupFunction } from '../crawlers/fetch/address-guard.js';
import { crawl, LOOPBACK_ALLOWED } from './crawl-harness.js';
import { closedPort, faults } from './fault-server.js';
import { articleHtml, rss, startLoopbackServer, type LoopbackServer } from './loopback-server.js';

const MB = 1024 * 1024;

/** Resolves nothing, like DNS for `nonexistent.invalid` (RFC 6761), without asking any server. */
const failingDns: LookupFunction = (hostname, _options, callback) => {
  callback(Object.assign(new Error(`getaddrinfo ENOTFOUND ${hostname}`), { code: 'ENOTFOUND' }), []);
};

describe('crawler under faults (loopback fault server)', () => {
  let server: LoopbackServer;
  beforeEach(async () => {
    server = await startLoopbackServer();
  });
  afterEach(async () => {
    await server.close();
  });

  const article = (title: string) => articleHtml(title, `${title}: ein Absatz über Modelle und Chips.`);

  it('records each broken page with its reason, bounded, and stores the good ones', async () => {
    const hugeSent = { bytes: 0 };
    const pages: Record<string, import('./loopback-server.js').Handler> = {
      '/trickle.html': faults.trickle(50),
      '/silent.html': faults.silent(),
      '/reset.html': faults.reset(),
      '/truncated.html': faults.truncated(),
      '/500.html': faults.status(500),
      '/502.html': faults.status(502),
      '/503.html': faults.status(503, { 'retry-after': '0' }),
      '/429.html': faults.status(429, { 'retry-after': '1' }),
      '/loop.html': faults.redirect('/loop.html'),
      '/chain/1.html': faults.redirect('/chain/2.html'),
      '/bomb.html': faults.gzipBomb(200 * MB),
      '/huge.html': faults.hugePage(50 * MB, hugeSent),
      '/binary.html': faults.binaryAsHtml(),
      // windows-1252 bytes declared as UTF-8, and the same with no charset at all.
      '/wrong-charset.html': faults.bytes(
        iconv.encode(article('Größere Verzögerung'), 'windows-1252'),
        'text/html; charset=utf-8',
      ),
      '/no-charset.html': faults.bytes(
        iconv.encode(article('Übernahme geprüft'), 'windows-1252'),
        'text/html',
      ),
      '/malformed.html': faults.bytes(
        Buffer.from(
          '<html><head><title>Kaputt</title><body><article><h1>Kaputt<p>Text <b><i>ohne</b> Ende <div',
        ),
        'text/html',
      ),
      '/good-1.html': faults.bytes(Buffer.from(article('Erster Bericht')), 'text/html; charset=utf-8'),
      '/good-2.html': faults.bytes(Buffer.from(article('Zweiter Bericht')), 'text/html; charset=utf-8'),
    };
    for (let hop = 2; hop < 20; hop++)
      server.route(`/chain/${hop}.html`, faults.redirect(`/chain/${hop + 1}.html`));
    for (const [path, handler] of Object.entries(pages)) server.route(path, handler);
    server.route('/feed.xml', (_q, res) => {
      res
        .writeHead(200, { 'content-type': 'application/rss+xml' })
        .end(rss(server.baseUrl, Object.keys(pages)));
    });

    const outcome = await crawl(
      server,
      { feeds: [`${server.baseUrl}/feed.xml`] },
      { timeoutSeconds: 2, maxRetries: 2, maxBytes: 1_000_000, maxRedirects: 5 },
    );

    const reasons = Object.fromEntries(outcome.failures.map((f) => [new URL(f.url).pathname, f.reason]));
    expect(reasons).toEqual({
      '/trickle.html': "Timeout awaiting 'request' for 2000ms after 3 attempts",
      '/silent.html': 'request timed out after 2 seconds. after 3 attempts',
      '/reset.html': 'read ECONNRESET after 3 attempts',
      '/truncated.html': 'The server aborted pending request after 3 attempts',
      '/500.html': 'HTTP 500 after 3 attempts',
      '/502.html': 'HTTP 502 after 3 attempts',
      '/503.html': 'HTTP 503 after 3 attempts',
      '/429.html': 'HTTP 429 after 3 attempts',
      '/loop.html': 'too many redirects (more than 5)',
      '/chain/1.html': 'too many redirects (more than 5)',
      '/bomb.html': 'response too large: over 1000000 bytes',
      '/huge.html': 'response too large: over 1000000 bytes',
      '/binary.html': 'binary content served as text/html',
    });
    const texts = Object.fromEntries(outcome.pages.map((p) => [new URL(p.url).pathname, p.html]));
    expect(Object.keys(texts).sort()).toEqual([
      '/good-1.html',
      '/good-2.html',
      '/malformed.html',
      '/no-charset.html',
      '/wrong-charset.html',
    ]);
    expect(texts['/wrong-charset.html']).toContain('Größere Verzögerung');
    expect(texts['/no-charset.html']).toContain('Übernahme geprüft');
    // The 50 MB page was cut off near the limit, not read to the end.
    expect(hugeSent.bytes).toBeLessThan(10 * MB);
    // Retries are bounded: three attempts per failing status, none for the refused ones.
    const hits = (path: string) => server.log.filter((r) => r.path === path).length;
    expect(hits('/500.html')).toBe(3);
    expect(hits('/429.html')).toBe(3);
    expect(hits('/binary.html')).toBe(1);
    expect(hits('/huge.html')).toBe(1);
    expect(hits('/loop.html')).toBe(6);
    expect(hits('/chain/6.html')).toBe(1);
    expect(hits('/chain/7.html')).toBe(0);
  });

  it('records discovery faults (a feed that is an HTML page, a self-referencing sitemap index, a gzip bomb sitemap) and goes on', async () => {
    server.route('/feed.xml', faults.bytes(Buffer.from(article('Startseite')), 'text/html'));
    server.route('/sitemap-index.xml', (_q, res) => {
      res
        .writeHead(200, { 'content-type': 'application/xml' })
        .end(
          `<?xml version="1.0"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><sitemap><loc>${server.baseUrl}/sitemap-index.xml</loc></sitemap><sitemap><loc>${server.baseUrl}/bomb.xml.gz</loc></sitemap><sitemap><loc>${server.baseUrl}/news.xml</loc></sitemap></sitemapindex>`,
        );
    });
    server.route('/bomb.xml.gz', faults.gzipFileBomb(100 * MB));
    server.route('/news.xml', (_q, res) => {
      res
        .writeHead(200, { 'content-type': 'application/xml' })
        .end(
          `<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><loc>${server.baseUrl}/ok.html</loc></url></urlset>`,
        );
    });
    server.route('/ok.html', faults.bytes(Buffer.from(article('Gut')), 'text/html; charset=utf-8'));
    const outcome = await crawl(
      server,
      { feeds: [`${server.baseUrl}/feed.xml`], sitemaps: [`${server.baseUrl}/sitemap-index.xml`] },
      { maxBytes: 1_000_000 },
    );
    expect(outcome.pages.map((p) => new URL(p.url).pathname)).toEqual(['/ok.html']);
    const reasons = Object.fromEntries(outcome.failures.map((f) => [new URL(f.url).pathname, f.reason]));
    expect(reasons['/feed.xml']).toMatch(
      /^feed: feed: not an RSS, Atom or RDF feed \(root element <html>\)|^feed: .*not an RSS/,
    );
    expect(reasons['/bomb.xml.gz']).toMatch(/^sitemap: /);
    expect(server.log.filter((r) => r.path === '/sitemap-index.xml')).toHaveLength(1);
    expect(server.log.filter((r) => r.path === '/bomb.xml.gz')).toHaveLength(1);
  });

  it('records a host that is down and a name DNS cannot resolve, without retrying forever', async () => {
    const port = await closedPort();
    const down = await crawl(
      { baseUrl: `http://127.0.0.1:${port}` },
      { feeds: [`http://127.0.0.1:${port}/feed.xml`] },
      { maxRetries: 1 },
    );
    expect(down.unreachable).toEqual([
      { url: `http://127.0.0.1:${port}/feed.xml`, reason: expect.stringMatching(/ECONNREFUSED/) as string },
    ]);
    const nowhere = await crawl(
      { baseUrl: 'http://nonexistent.invalid' },
      { feeds: ['http://nonexistent.invalid/feed.xml'] },
      { addresses: { ...LOOPBACK_ALLOWED, lookup: failingDns } },
    );
    expect(nowhere.unreachable).toEqual([
      {
        url: 'http://nonexistent.invalid/feed.xml',
        reason: expect.stringMatching(/ENOTFOUND nonexistent\.invalid/) as string,
      },
    ]);
  });
});
