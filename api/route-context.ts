import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Db } from '../store/database.js';
import type { ReadConnection } from '../store/read-connection.js';
import { errorBodySchema } from './errors.js';

/** What every route module receives: the app (with the zod type provider), the store and its read connection. */
export interface RouteContext {
  app: FastifyInstance;
  db: Db;
  reads: ReadConnection;
}

/** The app with zod schemas typing requests. */
export function typed(app: FastifyInstance) {
  return app.withTypeProvider<ZodTypeProvider>();
}

/** Documented error answers for a route: each status answers with the {error, message, details} body. */
export function errorResponses(...statuses: number[]) {
  return Object.fromEntries(statuses.map((status) => [status, errorBodySchema]));
}

/** OpenAPI security requirement of the write routes. */
export const keyRequired = [{ bearerAuth: [] }, { apiKeyHeader: [] }];
