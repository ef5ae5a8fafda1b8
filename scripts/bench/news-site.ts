import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { SourceConfig } from '../../crawlers/sources/source-schema.js';
import { newsArticle } from './news-articles.js';

export interface BenchSite {
  baseUrl: string;
  requests: () => number;
  close(): Promise<void>;
}

/**
 * A loopback news site with `count` distinct articles (news-articles.ts) listed in a sitemap index of news sitemaps (500 per file),
 * for crawl benchmarks. Pages are rendered on request, so the site costs little memory.
 */
export async function startBenchSite(count: number): Promise<BenchSite> {
  let requests = 0;
  let base = '';
  const perSitemap = 500;
  const server = http.createServer((req, res) => {
    requests += 1;
    const path = req.url ?? '/';
    if (path === '/robots.txt') {
      res.writeHead(200, { 'content-type': 'text/plain' }).end('User-agent: *\nAllow: /\n');
      return;
    }
    if (path === '/sitemap-index.xml') {
      const files = Math.ceil(count / perSitemap);
      const body = Array.from(
        { length: files },
        (_, i) => `<sitemap><loc>${base}/sitemap-${i}.xml</loc></sitemap>`,
      ).join('');
      res.writeHead(200, { 'content-type': 'application/xml' }).end(`<sitemapindex>${body}</sitemapindex>`);
      return;
    }
    const sitemap = /^\/sitemap-(\d+)\.xml$/.exec(path);
    if (sitemap) {
      const start = Number(sitemap[1]) * perSitemap;
      const urls = Array.from({ length: Math.max(0, Math.min(perSitemap, count - start)) }, (_, i) => {
        const { published } = newsArticle(start + i, base);
        return `<url><loc>${base}/news/${start + i}.html</loc><lastmod>${published}</lastmod></url>`;
      }).join('');
      res.writeHead(200, { 'content-type': 'application/xml' }).end(`<urlset>${urls}</urlset>`);
      return;
    }
    const article = /^\/news\/(\d+)\.html$/.exec(path);
    if (article && Number(article[1]) < count) {
      res
        .writeHead(200, { 'content-type': 'text/html; charset=utf-8' })
        .end(newsArticle(Number(article[1]), base).html);
      return;
    }
    res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    baseUrl: base,
    requests: () => requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => {
          resolve();
        });
      }),
  };
}

/** The source a crawl benchmark gives modelwatch for the site at `baseUrl`: its sitemap index, nothing else. */
export function benchSource(baseUrl: string): SourceConfig {
  return {
    id: 'bench',
    name: 'Bench News',
    language: 'en',
    category: 'tech',
    homepage: `${baseUrl}/`,
    feeds: [],
    sitemaps: [`${baseUrl}/sitemap-index.xml`],
    sections: [],
    intervalMinutes: 60,
    enabled: true,
  };
}
