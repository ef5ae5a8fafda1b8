import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { UserError } from '../core/errors.js';
import type { AddressPolicy } from '../crawlers/fetch/address-guard.js';
import type { Db } from '../store/database.js';
import { resolveEntityId } from '../store/entity-reads.js';
import { sourceExists } from '../store/source-reads.js';
import type { ReadStore } from '../store/read-store.js';
import { errorBodySchema } from './errors.js';

/** What every route module receives: the app (with the zod type provider), the store and its read connection. */
export interface RouteContext {
  app: FastifyInstance;
  db: Db;
  reads: ReadStore;
  /** Private hosts sources may name (CRAWL_ALLOW_HOSTS); any other private address is refused. */
  addresses: AddressPolicy;
}

/** The app with zod schemas typing requests. */
export function typed(app: FastifyInstance) {
  return app.withTypeProvider<ZodTypeProvider>();
}

/** Documented error answers for a route: each status answers with the {error, message, details} body. */
export function errorResponses(...statuses: number[]) {
  return Object.fromEntries(statuses.map((status) => [status, errorBodySchema]));
}

/**
 * OpenAPI security requirement of the write routes.
 * @deprecated The document derives each operation's security from the `onRequest: requireApiKey` hook
 * (api/openapi.ts); a `security` set in a route schema is overwritten. Kept so branches that still set
 * it compile; drop it once none does.
 */
export const keyRequired = [{ bearerAuth: [] }, { apiKeyHeader: [] }];

/**
 * The entity a query filter names (merged ids resolve to their target); an unknown id is a 400 naming
 * the parameter, because an empty answer would hide the typo.
 */
export async function entityFilter(
  reads: ReadStore,
  field: string,
  id: string | undefined,
): Promise<string | undefined> {
  if (id === undefined) return undefined;
  const resolved = await resolveEntityId(reads, id);
  if (resolved === null)
    throw new UserError(`unknown entity "${id}" in ${field}; search ids with GET /v1/entities?q=NAME`, {
      details: [{ in: 'querystring', field, problem: 'no entity with this id' }],
    });
  return resolved;
}

/** A source id from a query filter; an unknown one is a 400 naming the parameter. */
export async function sourceFilter(
  reads: ReadStore,
  field: string,
  id: string | undefined,
): Promise<string | undefined> {
  if (id === undefined || (await sourceExists(reads, id))) return id;
  throw new UserError(`unknown source "${id}" in ${field}; list sources with GET /v1/sources`, {
    details: [{ in: 'querystring', field, problem: 'no source with this id' }],
  });
}
