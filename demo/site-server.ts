import { createHash } from 'node:crypto';
import fs from 'node:fs/promises';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { packageRoot } from '../core/package-root.js';
import type { SourceConfig } from '../crawlers/sources/source-schema.js';

export interface SiteServer {
  /** e.g. http://127.0.0.1:40123 */
  baseUrl: string;
  /** Paths requested so far, in order, for tests that check what was fetched. */
  requests: { path: string; headers: http.IncomingHttpHeaders }[];
  close(): Promise<void>;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.xml': 'application/rss+xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
};

/** Canonical host of the sample site: stable across runs although the loopback port is not. */
export const DEMO_CANONICAL_BASE = 'https://demo-news.modelwatch.example';

/** The sources-registry entry for a running sample site: its RSS feed on the loopback server. */
export function demoSource(site: Pick<SiteServer, 'baseUrl'>, id = 'demo-news'): SourceConfig {
  return {
    id,
    name: 'modelwatch sample news site',
    language: 'de',
    category: 'tech',
    homepage: `${site.baseUrl}/`,
    feeds: [`${site.baseUrl}/feed.xml`],
    sitemaps: [],
    sections: [],
    intervalMinutes: 60,
    enabled: true,
  };
}

/** The sample news site shipped with modelwatch (our own writing), served by `demo` and the tests. */
export function demoSiteDir(): string {
  return path.join(packageRoot(), 'demo', 'site');
}

/**
 * Serves a directory of static pages on 127.0.0.1 (a free port). `{{BASE}}` in feeds becomes the
 * server's own base URL so the crawler fetches from it; in pages it becomes `canonicalBase` when given,
 * so canonical URLs (which key articles) stay the same from one run to the next although the port
 * changes. Answers ETag and If-None-Match like a real publisher, so re-crawls see 304.
 */
export async function startSiteServer(
  root: string = demoSiteDir(),
  options: { canonicalBase?: string } = {},
): Promise<SiteServer> {
  const requests: SiteServer['requests'] = [];
  let baseUrl = '';
  const server = http.createServer((req, res) => {
    let urlPath: string;
    try {
      urlPath = decodeURIComponent((req.url ?? '/').split('?')[0] ?? '/');
    } catch {
      res.writeHead(400, { 'content-type': 'text/plain' }).end('bad request path');
      return;
    }
    requests.push({ path: urlPath, headers: req.headers });
    const relative = urlPath.endsWith('/') ? `${urlPath}index.html` : urlPath;
    const file = path.join(root, path.normalize(relative));
    if (!file.startsWith(root)) {
      res.writeHead(400).end();
      return;
    }
    fs.readFile(file, 'utf8').then(
      (text) => {
        const pageBase = path.extname(file) === '.html' ? (options.canonicalBase ?? baseUrl) : baseUrl;
        const body = text.replaceAll('{{BASE}}', pageBase);
        const etag = `"${createHash('sha1').update(body).digest('hex').slice(0, 16)}"`;
        if (req.headers['if-none-match'] === etag) {
          res.writeHead(304, { etag }).end();
          return;
        }
        res
          .writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream', etag })
          .end(body);
      },
      () => res.writeHead(404, { 'content-type': 'text/plain' }).end('not found'),
    );
  });
  // an idle keep-alive socket stays open as long as common servers keep it (nginx: 75 s), not Node's 5 s:
  // a crawl that analyses its first page slowly (V8's regular-expression tier-up in the tests) otherwise
  // sent its next request into a socket the site had just closed, and pages were stored out of order
  server.keepAliveTimeout = 75_000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    baseUrl,
    requests,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => {
          if (error) reject(error);
          else resolve();
        });
      }),
  };
}
