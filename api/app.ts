import Fastify, { type FastifyBaseLogger, type FastifyInstance } from 'fastify';
import type { Logger } from '../core/logger.js';
import type { Db } from '../store/database.js';
import { installErrorHandling } from './errors.js';
import { registerArticleRoutes } from './routes/articles.js';
import { registerEntityRoutes } from './routes/entities.js';

export interface AppDeps {
  db: Db;
  log: Logger;
}

/**
 * Builds the HTTP API as a Fastify instance without listening, so tests call `app.inject()` and the
 * server entry point alone decides where to listen.
 */
export function buildApp(deps: AppDeps): FastifyInstance {
  const logger: FastifyBaseLogger = deps.log;
  const app = Fastify({ loggerInstance: logger });
  installErrorHandling(app);
  app.get('/health', async () => {
    await deps.db.$queryRawUnsafe('SELECT 1');
    return { status: 'ok' };
  });
  app.get('/v1', () => ({
    routes: ['GET /health', 'GET /v1/articles', 'GET /v1/entities', 'GET /v1/entities/:id/timeline'],
  }));
  registerArticleRoutes(app, deps.db);
  registerEntityRoutes(app, deps.db);
  return app;
}
