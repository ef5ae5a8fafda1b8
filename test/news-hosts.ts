import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { SourceConfig } from '../crawlers/sources/source-schema.js';
import { newsArticle } from '../scripts/bench/news-articles.js';

/** One request a host received: which host (host:port), path, and when (ms since the epoch). */
export interface HostRequest {
  host: string;
  path: string;
  at: number;
}

export interface NewsHosts {
  /** One source per host, each listing its articles in one sitemap. */
  sources: SourceConfig[];
  requests: HostRequest[];
  close(): Promise<void>;
}

function serveHost(first: number, count: number, requests: HostRequest[]): Promise<http.Server> {
  let base = '';
  const server = http.createServer((req, res) => {
    const path = req.url ?? '/';
    requests.push({ host: base.slice('http://'.length), path, at: Date.now() });
    const article = /^\/news\/(\d+)\.html$/.exec(path);
    const index = Number(article?.[1] ?? -1);
    if (path === '/robots.txt')
      res.writeHead(200, { 'content-type': 'text/plain' }).end('User-agent: *\nAllow: /\n');
    else if (path === '/sitemap.xml') {
      const urls = Array.from(
        { length: count },
        (_, i) => `<url><loc>${base}/news/${first + i}.html</loc></url>`,
      );
      res.writeHead(200, { 'content-type': 'application/xml' }).end(`<urlset>${urls.join('')}</urlset>`);
    } else if (index >= first && index < first + count)
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(newsArticle(index, base).html);
    else res.writeHead(404).end();
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => {
      base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
      resolve(server);
    }),
  );
}

/**
 * `hosts` loopback news sites (one port each, so each is its own host for politeness) serving
 * `perHost` distinct articles each (scripts/bench/news-articles.ts: real-looking text of our own that
 * names models and chips), numbered across hosts so no two articles are alike. Every request is recorded.
 */
export async function startNewsHosts(hosts: number, perHost: number): Promise<NewsHosts> {
  const requests: HostRequest[] = [];
  const servers = await Promise.all(
    Array.from({ length: hosts }, (_, h) => serveHost(h * perHost, perHost, requests)),
  );
  const sources = servers.map((server, h): SourceConfig => {
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    return {
      id: `news-${h}`,
      name: `News ${h}`,
      language: 'en',
      category: 'tech',
      homepage: `${base}/`,
      feeds: [],
      sitemaps: [`${base}/sitemap.xml`],
      sections: [],
      intervalMinutes: 60,
      enabled: true,
    };
  });
  return {
    sources,
    requests,
    close: async () => {
      await Promise.all(
        servers.map(
          (server) =>
            new Promise<void>((resolve) => {
              server.closeAllConnections();
              server.close(() => {
                resolve();
              });
            }),
        ),
      );
    },
  };
}
