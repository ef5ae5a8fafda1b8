import type { FastifyInstance, FastifyRequest } from 'fastify';
import { UserError } from '../core/errors.js';
import { findApiKey, hashApiKey, touchApiKey, type ApiKeyInfo } from '../store/api-keys.js';
import type { Db } from '../store/database.js';

declare module 'fastify' {
  interface FastifyRequest {
    /** The valid API key the request carries, or null for an anonymous request. */
    apiKey: ApiKeyInfo | null;
    /** Why the request will be refused once the rate limiter has counted it, if it will be. */
    authProblem: string | null;
  }
}

/** How long a looked-up key is trusted before it is read again (so a revocation takes effect within it). */
export const KEY_CACHE_MS = 10_000;

/** The key a request carries: `Authorization: Bearer <key>` or `X-API-Key: <key>`. */
export function presentedKey(request: FastifyRequest): string | null {
  const auth = request.headers.authorization;
  if (typeof auth === 'string' && /^bearer\s+/i.test(auth)) return auth.replace(/^bearer\s+/i, '').trim();
  const header = request.headers['x-api-key'];
  return typeof header === 'string' && header.length > 0 ? header.trim() : null;
}

const unauthorized = (message: string) => new UserError(message, { status: 401 });

/**
 * Resolves the API key of every request (cached for {@link KEY_CACHE_MS}) into `request.apiKey`. A key
 * that is presented but wrong or revoked is a 401 on any route, so a client learns at once that its key
 * is bad; with `readAccess: 'key'`, reads under /v1 need a key too. The 401 is given in preHandler, after
 * the rate limiter (an onRequest hook registered later) has counted the request against the client's
 * address, so guessing keys is rate-limited like any anonymous traffic.
 */
export function installAuth(app: FastifyInstance, db: Db, options: { readAccess: 'open' | 'key' }): void {
  const cache = new Map<string, { info: ApiKeyInfo | null; until: number }>();
  app.decorateRequest('apiKey', null);
  app.decorateRequest('authProblem', null);
  app.addHook('onRequest', async (request) => {
    const key = presentedKey(request);
    if (key !== null) {
      const hash = hashApiKey(key);
      const now = Date.now();
      let entry = cache.get(hash);
      if (!entry || entry.until < now) {
        const info = await findApiKey(db, key);
        // Last-used bookkeeping must never fail a read (the database may be busy with a crawl).
        if (info) {
          touchApiKey(db, info.id, new Date(now)).catch((error: unknown) => {
            request.log.warn({ err: error }, 'could not record key use');
          });
        }
        // Evict the oldest entry rather than clearing all, so a flood of wrong keys cannot push the
        // valid ones out of the cache.
        if (cache.size >= 1000) {
          const oldest = cache.keys().next();
          if (!oldest.done) cache.delete(oldest.value);
        }
        entry = { info, until: now + KEY_CACHE_MS };
        cache.set(hash, entry);
      }
      request.apiKey = entry.info;
      if (!entry.info) {
        request.authProblem =
          'the API key is not valid or was revoked; create one with `npx modelwatch apikey create NAME`';
      }
      return;
    }
    if (options.readAccess === 'key' && request.url.startsWith('/v1'))
      request.authProblem = 'this API needs a key for reads: send `Authorization: Bearer <key>`';
  });
  app.addHook('preHandler', async (request) => {
    if (request.authProblem !== null) throw unauthorized(request.authProblem);
    return Promise.resolve();
  });
}

/** Route hook for writes: answers 401 unless the request carries a valid API key. */
export async function requireApiKey(request: FastifyRequest): Promise<void> {
  // a key that was sent but is wrong: say so, not that a key is missing (this hook runs before preHandler)
  if (request.authProblem !== null && presentedKey(request) !== null) throw unauthorized(request.authProblem);
  if (!request.apiKey)
    throw unauthorized(
      'writes need an API key: send `Authorization: Bearer <key>` (create one with `npx modelwatch apikey create NAME`)',
    );
  return Promise.resolve();
}
