import fastifyCompress from '@fastify/compress';
import fastifyRateLimit from '@fastify/rate-limit';
import Fastify, { type FastifyBaseLogger, type FastifyInstance } from 'fastify';
import { validatorCompiler } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { loadConfig, type Config } from '../core/config.js';
import { UserError } from '../core/errors.js';
import { addressPolicy } from '../crawlers/fetch/address-guard.js';
import type { Logger } from '../core/logger.js';
import type { Db } from '../store/database.js';
import { openReadStore } from '../store/read-store.js';
import { installAuth } from './auth.js';
import { installEtags } from './etag.js';
import { frameworkErrorReply, installErrorHandling } from './errors.js';
import { serializeJson } from './json-serializer.js';
import { installMetrics } from './metrics.js';
import { BODY_LIMIT_BYTES, installSecurityHeaders } from './security-headers.js';
import { responseExamples } from './openapi-examples.js';
import { installOpenApi, operation } from './openapi.js';
import { errorResponses, typed, type RouteContext } from './route-context.js';
import { registerArticleRoutes } from './routes/article-routes.js';
import { registerEntityRoutes } from './routes/entity-routes.js';
import { registerEventRoutes } from './routes/event-routes.js';
import { registerReleaseRoutes } from './routes/release-routes.js';
import { registerSearchRoutes } from './routes/search-routes.js';
import { registerSourceRoutes } from './routes/source-routes.js';
import { registerSubscriptionRoutes } from './routes/subscription-routes.js';
import { registerUnsubscribeRoutes } from './routes/unsubscribe-routes.js';
import { registerWriteRoutes } from './routes/write-routes.js';
import { registerWebPage } from './web-page.js';

/** The API's settings from {@link Config}. */
export type ApiConfig = Pick<
  Config,
  | 'API_READ_ACCESS'
  | 'API_RATE_LIMIT_PER_MINUTE'
  | 'API_ANONYMOUS_RATE_LIMIT_PER_MINUTE'
  | 'API_CACHE_MAX_AGE_SECONDS'
  | 'CRAWL_ALLOW_HOSTS'
>;

export interface AppDeps {
  db: Db;
  log: Logger;
  /** Defaults to the defaults of {@link loadConfig} (open reads, rate limits on, 60 s caching). */
  config?: ApiConfig | undefined;
}

declare module 'fastify' {
  interface FastifyContextConfig {
    /** Set on write routes: answers are never cached. */
    write?: boolean;
  }
}

const API_VERSION = '1.0.0';

/**
 * Builds the HTTP API as a Fastify instance without listening, so tests call `app.inject()` and the
 * server entry point alone decides where to listen. It opens its own read path to the database behind
 * `db` (store/read-store.ts: a read-only SQLite connection or a PostgreSQL pool, closed with the app);
 * writes go through `db`.
 */
export function buildApp(deps: AppDeps): FastifyInstance {
  const config = deps.config ?? loadConfig({});
  const logger: FastifyBaseLogger = deps.log;
  const app = Fastify({
    loggerInstance: logger,
    bodyLimit: BODY_LIMIT_BYTES,
    frameworkErrors: frameworkErrorReply,
  });
  const reads = openReadStore(deps.db);
  app.addHook('onClose', async () => {
    await reads.close();
  });
  app.setValidatorCompiler(validatorCompiler);
  // Responses are documented by their zod schemas and checked against the OpenAPI document in tests;
  // serialising without re-validating every answer, and reusing the text of memoised views, keeps the
  // hot routes fast.
  app.setSerializerCompiler(() => serializeJson);
  installErrorHandling(app);
  installSecurityHeaders(app);
  installAuth(app, deps.db, { readAccess: config.API_READ_ACCESS });
  installCaching(app, config);

  installEtags(app);
  void app.register(fastifyCompress, { global: true, threshold: 1024, encodings: ['br', 'gzip', 'deflate'] });
  const keyed = config.API_RATE_LIMIT_PER_MINUTE;
  const anonymous = config.API_ANONYMOUS_RATE_LIMIT_PER_MINUTE;
  if (keyed > 0 || anonymous > 0) {
    void app.register(fastifyRateLimit, {
      global: true,
      timeWindow: 60_000,
      keyGenerator: (request) => (request.apiKey ? `key:${request.apiKey.id}` : `ip:${request.ip}`),
      max: (request) => {
        const limit = request.apiKey ? (request.apiKey.rateLimitPerMinute ?? keyed) : anonymous;
        return limit > 0 ? limit : Number.MAX_SAFE_INTEGER;
      },
      errorResponseBuilder: (_request, context) =>
        new UserError(`rate limit of ${context.max} requests per minute reached; retry in ${context.after}`, {
          status: 429,
          details: { limit: context.max, retryAfter: context.after },
        }),
    });
  }
  installOpenApi(app, { version: API_VERSION, readAccess: config.API_READ_ACCESS });
  registerWebPage(app);
  void app.register((api, _options, done) => {
    installMetrics(api, reads);
    const context: RouteContext = {
      app: api,
      db: deps.db,
      reads,
      addresses: addressPolicy(config.CRAWL_ALLOW_HOSTS),
    };
    typed(api).get(
      '/health',
      {
        schema: {
          ...operation({
            id: 'getHealth',
            tag: 'service',
            summary: 'Liveness: ok when the database answers',
            description:
              'Answers {status: "ok"} when the database answers a query; for load balancers and monitors. Never cached, never rate-limited.',
            example: 'GET /health',
            response: responseExamples.getHealth,
          }),
          response: { 200: z.object({ status: z.literal('ok') }), ...errorResponses(429) },
        },
        config: { rateLimit: false },
      },
      async (_request, reply) => {
        await deps.db.$queryRawUnsafe('SELECT 1');
        void reply.header('cache-control', 'no-store');
        return { status: 'ok' as const };
      },
    );
    api.get('/openapi.json', { schema: { hide: true } }, () => api.swagger());
    typed(api).get(
      '/v1',
      {
        schema: {
          ...operation({
            id: 'getApiIndex',
            tag: 'service',
            summary: 'The routes of this API and where its documents are',
            description:
              'Lists every documented route as "METHOD /path" with the addresses of the OpenAPI document and the docs page.',
            example: 'GET /v1',
            response: responseExamples.getApiIndex,
          }),
          response: {
            200: z.object({ openapi: z.string(), docs: z.string(), routes: z.array(z.string()) }),
            ...errorResponses(401, 429),
          },
        },
      },
      () => ({
        openapi: '/openapi.json',
        docs: '/docs',
        routes: Object.entries((api.swagger() as { paths?: Record<string, object> }).paths ?? {}).flatMap(
          ([path, methods]) => Object.keys(methods).map((method) => `${method.toUpperCase()} ${path}`),
        ),
      }),
    );
    registerEntityRoutes(context);
    registerEventRoutes(context);
    registerReleaseRoutes(context);
    registerArticleRoutes(context);
    registerSearchRoutes(context);
    registerSourceRoutes(context);
    registerWriteRoutes(context);
    registerSubscriptionRoutes(context);
    registerUnsubscribeRoutes(context);
    done();
  });
  return app;
}

/**
 * Cache-Control on successful reads: shared caches may keep them for API_CACHE_MAX_AGE_SECONDS (private
 * only when reads need a key); ETags (weak, over the uncompressed body) let clients revalidate cheaply.
 * Writes and errors are never cached.
 */
function installCaching(app: FastifyInstance, config: ApiConfig): void {
  const scope = config.API_READ_ACCESS === 'key' ? 'private' : 'public';
  const value = `${scope}, max-age=${config.API_CACHE_MAX_AGE_SECONDS}`;
  app.addHook('onSend', async (request, reply, payload) => {
    if (reply.hasHeader('cache-control')) return payload;
    const read =
      (request.method === 'GET' || request.method === 'HEAD') && !request.routeOptions.config.write;
    const ok = reply.statusCode === 200 || reply.statusCode === 304;
    void reply.header('cache-control', read && ok ? value : 'no-store');
    if (config.API_READ_ACCESS === 'key') void reply.header('vary', 'Authorization, X-API-Key');
    return payload;
  });
}
