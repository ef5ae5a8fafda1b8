import http from 'node:http';
import type { AddressInfo } from 'node:net';
import zlib from 'node:zlib';
import type { Handler } from './loopback-server.js';

/**
 * Faults a hostile or broken web server commits, as handlers for {@link startLoopbackServer} routes. Each
 * is our own small imitation of something crawlers meet in the wild; `sent` counters let tests prove a
 * fault was cut off early (bounded memory) rather than read to the end.
 */
export const faults = {
  /** Headers at once, then one byte every `intervalMs`, for far longer than any timeout. */
  trickle(intervalMs = 100): Handler {
    return (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html' });
      const timer = setInterval(() => res.write('a'), intervalMs);
      res.on('close', () => {
        clearInterval(timer);
      });
    };
  },

  /** Accepts the request and never answers. */
  silent(): Handler {
    return (_req, res) => {
      res.on('close', () => undefined);
    };
  },

  /** Resets the connection (TCP RST) before any answer. */
  reset(): Handler {
    return (req) => {
      req.socket.resetAndDestroy();
    };
  },

  /** Announces `length` bytes, sends a tenth of them, and hangs up. */
  truncated(length = 10_000): Handler {
    return (req, res) => {
      res.writeHead(200, { 'content-type': 'text/html', 'content-length': String(length) });
      res.write(`<html><body><article><p>${'x'.repeat(length / 10)}`, () => {
        req.socket.destroy();
      });
    };
  },

  /** Answers `status` (with extra headers, e.g. Retry-After) to every request. */
  status(status: number, headers: Record<string, string> = {}): Handler {
    return (_req, res) => {
      res.writeHead(status, { 'content-type': 'text/html', ...headers }).end(`<h1>${status}</h1>`);
    };
  },

  /** Redirects to `location` (a path on the same server, or a full URL). */
  redirect(location: string): Handler {
    return (_req, res) => {
      res.writeHead(302, { location }).end();
    };
  },

  /** `size` bytes of zeros, gzip-compressed to a few kilobytes, as Content-Encoding of an HTML page. */
  gzipBomb(size: number): Handler {
    const packed = zlib.gzipSync(Buffer.alloc(size, ' '), { level: 9 });
    return (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html', 'content-encoding': 'gzip' }).end(packed);
    };
  },

  /** A gzip file (a `.xml.gz` sitemap) that inflates to `size` bytes. */
  gzipFileBomb(size: number): Handler {
    const packed = zlib.gzipSync(Buffer.alloc(size, ' '), { level: 9 });
    return (_req, res) => {
      res.writeHead(200, { 'content-type': 'application/gzip' }).end(packed);
    };
  },

  /**
   * A page of `size` bytes streamed without Content-Length (so only counting can stop it); `sent.bytes`
   * tells how much went out before the client hung up.
   */
  hugePage(size: number, sent: { bytes: number }): Handler {
    return (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html' });
      const chunk = Buffer.alloc(64 * 1024, 'a');
      const pump = () => {
        while (sent.bytes < size) {
          sent.bytes += chunk.length;
          if (!res.write(chunk)) {
            res.once('drain', pump);
            return;
          }
        }
        res.end();
      };
      res.on('close', () => res.removeAllListeners('drain'));
      pump();
    };
  },

  /** Bytes of an image, declared as text/html. */
  binaryAsHtml(): Handler {
    const png = Buffer.from([
      0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52,
    ]);
    return (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html' }).end(Buffer.concat([png, Buffer.alloc(2000, 7)]));
    };
  },

  /** Raw bytes with a given Content-Type header (a wrong or missing charset). */
  bytes(body: Buffer, contentType: string | null): Handler {
    return (_req, res) => {
      res.writeHead(200, contentType ? { 'content-type': contentType } : {}).end(body);
    };
  },
};

/** A loopback port nothing listens on: a host that is down (connections are refused). */
export async function closedPort(): Promise<number> {
  const server = http.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) =>
    server.close(() => {
      resolve();
    }),
  );
  return port;
}
