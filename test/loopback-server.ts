import http from 'node:http';
import type { AddressInfo } from 'node:net';

export type Handler = (req: http.IncomingMessage, res: http.ServerResponse, hit: number) => void;

export interface LoopbackServer {
  baseUrl: string;
  /** Every request: path, time (ms since epoch), headers. */
  log: { path: string; at: number; headers: http.IncomingHttpHeaders }[];
  /** Sets or replaces the handler of one path. */
  route(path: string, handler: Handler): void;
  close(): Promise<void>;
}

/**
 * A programmable HTTP server on 127.0.0.1 for crawler tests: each path answers through its own handler,
 * which also learns how many times the path was hit (for 500-then-success and 429 sequences).
 */
export async function startLoopbackServer(): Promise<LoopbackServer> {
  const routes = new Map<string, Handler>();
  const hits = new Map<string, number>();
  const log: LoopbackServer['log'] = [];
  const server = http.createServer((req, res) => {
    const path = req.url ?? '/';
    log.push({ path, at: Date.now(), headers: req.headers });
    const key = path.split('?')[0] ?? path;
    const hit = (hits.get(key) ?? 0) + 1;
    hits.set(key, hit);
    const handler = routes.get(key);
    if (handler) handler(req, res, hit);
    else res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    baseUrl: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    log,
    route: (path, handler) => routes.set(path, handler),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => {
          resolve();
        });
      }),
  };
}

/** A minimal article page of our own writing. */
export function articleHtml(title: string, body: string, extraHead = ''): string {
  return `<!doctype html><html lang="de"><head><meta charset="utf-8"><title>${title}</title>${extraHead}</head>
<body><article><h1>${title}</h1><p>${body}</p><p>${body}</p><p>${body}</p></article></body></html>`;
}

export function rss(base: string, paths: string[]): string {
  return `<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>t</title>${paths
    .map((p) => `<item><title>${p}</title><link>${base}${p}</link></item>`)
    .join('')}</channel></rss>`;
}
