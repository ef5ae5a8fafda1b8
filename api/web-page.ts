import fs from 'node:fs';
import path from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply } from 'fastify';
import { NotFoundError } from '../core/errors.js';
import { packageRoot } from '../core/package-root.js';

/** Where the analyst page's files are: the hand-written ones and the modules tsc compiles from web/src. */
export interface WebPageFiles {
  /** index.html, styles.css and icons (web/public). */
  publicDir: string;
  /** The page's ES modules (dist/web, built by `npm run build`, `npm ci` and `npm test`). */
  scriptDir: string;
}

/** The page's files inside this package. */
export function defaultWebPageFiles(): WebPageFiles {
  const root = packageRoot();
  return { publicDir: path.join(root, 'web', 'public'), scriptDir: path.join(root, 'dist', 'web') };
}

/**
 * The page may load scripts, styles, images and API answers from its own origin only: no inline script,
 * no inline style, no plugins, no framing. Article text reaches the page only as text nodes, so this is
 * a second wall, not the first.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self'",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

const FILE_NAME = /^[a-z0-9][a-z0-9-]*\.(css|js|svg)$/;

/**
 * Serves the analyst page: `GET /` (index.html), `/assets/<file>` (styles) and `/js/<file>` (the compiled
 * ES modules), each with {@link CONTENT_SECURITY_POLICY}. Only flat file names are served, so no request
 * can reach another folder. The files are not rate-limited: one page load fetches a dozen of them.
 */
export function registerWebPage(app: FastifyInstance, files: WebPageFiles = defaultWebPageFiles()): void {
  void app.register((page, _options, done) => {
    void page.register(fastifyStatic, { root: files.publicDir, serve: false });
    page.addHook('onSend', (_request, reply, payload, next) => {
      void reply.header('content-security-policy', CONTENT_SECURITY_POLICY);
      void reply.header('x-content-type-options', 'nosniff');
      void reply.header('referrer-policy', 'no-referrer');
      next(null, payload);
    });
    const route = { schema: { hide: true }, config: { rateLimit: false as const } };
    const serve = (reply: FastifyReply, dir: string, file: string) => {
      if (!FILE_NAME.test(file) || !fs.existsSync(path.join(dir, file)))
        throw new NotFoundError(`no file "${file}" on the analyst page; open / instead`);
      return reply.sendFile(file, dir);
    };
    page.get('/', route, (_request, reply) => reply.sendFile('index.html', files.publicDir));
    page.get<{ Params: { file: string } }>('/assets/:file', route, (request, reply) =>
      serve(reply, files.publicDir, request.params.file),
    );
    page.get<{ Params: { file: string } }>('/js/:file', route, (request, reply) =>
      serve(reply, files.scriptDir, request.params.file),
    );
    done();
  });
}
