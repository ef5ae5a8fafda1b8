import type { LookupFunction } from '../crawlers/fetch/address-guard.js';
import { crawl } from './crawl-harness.js';
import { articleHtml, rss, startLoopbackServer, type LoopbackServer } from './loopback-server.js';

/** A DNS server that answers 127.0.0.1 for every name it knows: what a hostile or rebinding DNS could do. */
function dnsPointingAtLoopback(names: string[]): LookupFunction {
  return (hostname, _options, callback) => {
    if (names.includes(hostname)) callback(null, [{ address: '127.0.0.1', family: 4 }]);
    else callback(Object.assign(new Error(`getaddrinfo ENOTFOUND ${hostname}`), { code: 'ENOTFOUND' }), []);
  };
}

describe('the crawler refuses private addresses (SSRF guard)', () => {
  let server: LoopbackServer;
  let port: string;
  beforeEach(async () => {
    server = await startLoopbackServer();
    port = new URL(server.baseUrl).port;
    server.route('/feed.xml', (_q, res) => {
      res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(rss(server.baseUrl, ['/a.html']));
    });
    server.route('/a.html', (_q, res) => {
      res.writeHead(200, { 'content-type': 'text/html' }).end(articleHtml('Eins', 'Ein Text.'));
    });
  });
  afterEach(async () => {
    await server.close();
  });

  it('fetches nothing from 127.0.0.1 or the metadata address unless allowed, and says why', async () => {
    const outcome = await crawl(
      server,
      { feeds: [`${server.baseUrl}/feed.xml`, 'http://169.254.169.254/latest/meta-data/'] },
      { addresses: { allowHosts: [] } },
    );
    expect(server.log).toEqual([]);
    expect(outcome.pages).toEqual([]);
    expect(outcome.failures.map((f) => f.reason)).toEqual([
      expect.stringMatching(/^feed: .*private, loopback, link-local or metadata address \(127\.0\.0\.1\)/),
      expect.stringMatching(/^feed: .*\(169\.254\.169\.254\); list the host in CRAWL_ALLOW_HOSTS/),
    ]);
    const allowed = await crawl(server, { feeds: [`${server.baseUrl}/feed.xml`] });
    expect(allowed.pages).toHaveLength(1);
  });

  it('checks the address a name resolves to at connect time', async () => {
    const source = { feeds: [`http://news.example.com:${port}/feed.xml`] };
    const lookup = dnsPointingAtLoopback(['news.example.com']);
    const refused = await crawl(server, source, { addresses: { allowHosts: [], lookup } });
    expect(server.log).toEqual([]);
    expect(refused.failures).toEqual([
      {
        url: `http://news.example.com:${port}/feed.xml`,
        reason: expect.stringMatching(
          /^feed: news\.example\.com resolves to a private, loopback.*\(127\.0\.0\.1\)/,
        ) as string,
      },
    ]);
    // The same name reaches the site once its address is allowed: the fake DNS really routes there.
    const reached = await crawl(server, source, { addresses: { allowHosts: ['127.0.0.1'], lookup } });
    expect(reached.failures).toEqual([]);
    expect(server.log.map((r) => r.path)).toContain('/feed.xml');
  });

  it('checks every redirect hop: to a private literal and to a name resolving to a private address', async () => {
    const lookup = dnsPointingAtLoopback(['public.example.com', 'internal.example.com']);
    server.route('/feed.xml', (_q, res) => {
      res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(
        `<?xml version="1.0"?><rss version="2.0"><channel><title>t</title>
        <item><title>a</title><link>http://public.example.com:${port}/to-literal</link></item>
        <item><title>b</title><link>http://public.example.com:${port}/to-name</link></item>
        </channel></rss>`,
      );
    });
    server.route('/to-literal', (_q, res) => {
      res.writeHead(302, { location: `http://127.0.0.1:${port}/secret` }).end();
    });
    server.route('/to-name', (_q, res) => {
      res.writeHead(302, { location: `http://internal.example.com:${port}/secret` }).end();
    });
    server.route('/secret', (_q, res) => {
      res.writeHead(200, { 'content-type': 'text/html' }).end(articleHtml('Geheim', 'Intern.'));
    });
    const outcome = await crawl(
      server,
      { feeds: [`http://public.example.com:${port}/feed.xml`] },
      { addresses: { allowHosts: ['public.example.com'], lookup } },
    );
    expect(server.log.map((r) => r.path)).not.toContain('/secret');
    expect(outcome.pages).toEqual([]);
    expect(outcome.failures.map((f) => f.reason).sort()).toEqual([
      expect.stringMatching(/^internal\.example\.com resolves to a private/),
      expect.stringMatching(/^redirect refused: http:\/\/127\.0\.0\.1:\d+\/secret points to a private/),
    ]);
  });
});
