import { z } from 'zod';
import { NotFoundError } from '../../core/errors.js';
import { ENTITY_KINDS } from '../../nlp/types.js';
import { upsertSources } from '../../store/crawl-state.js';
import {
  addAlias,
  createEntity,
  mergeEntities,
  promoteEntity,
  removeAlias,
  updateEntity,
} from '../../store/entity-admin.js';
import { readEntity } from '../../store/entity-reads.js';
import { setEventHidden } from '../../store/event-admin.js';
import { readSources } from '../../store/source-reads.js';
import { requireApiKey } from '../auth.js';
import { errorResponses, keyRequired, typed, type RouteContext } from '../route-context.js';
import { entityDetail, entityId, languageCode, numericId, sourceView } from '../schemas.js';

const httpUrl = z.url({ protocol: /^https?$/, error: 'an http(s) URL' });
const aliasText = z.string().trim().min(1).max(200);

/**
 * The write routes, all behind an API key: sources, entities and aliases, promoting a discovered
 * candidate, merging two entities, hiding a wrong event. Each answers with the changed thing as a read
 * would show it.
 */
export function registerWriteRoutes({ app, db, reads }: RouteContext): void {
  const api = typed(app);
  const common = { onRequest: requireApiKey, config: { write: true } };
  const entityOrFail = (id: string) => {
    const entity = readEntity(reads, id);
    if (!entity) throw new NotFoundError(`no entity with id "${id}"`);
    return entity;
  };

  api.put(
    '/v1/sources/:id',
    {
      ...common,
      schema: {
        tags: ['write'],
        summary: 'Create or replace a source (an outlet to crawl)',
        security: keyRequired,
        params: z.object({ id: z.string().regex(/^[a-z0-9][a-z0-9-]{0,63}$/, 'a slug such as heise-de') }),
        body: z
          .object({
            name: z.string().min(1).max(200),
            language: languageCode,
            category: z.string().min(1).max(50),
            homepage: httpUrl,
            feeds: z.array(httpUrl).max(50).default([]),
            sitemaps: z.array(httpUrl).max(50).default([]),
            sections: z.array(httpUrl).max(50).default([]),
            intervalMinutes: z.number().int().min(5).max(10_080).default(60),
            enabled: z.boolean().default(true),
          })
          .strict(),
        response: { 200: sourceView, ...errorResponses(400, 401, 429) },
      },
    },
    async (request) => {
      await upsertSources(db, [{ id: request.params.id, ...request.body }]);
      const source = readSources(reads).find((s) => s.id === request.params.id);
      if (!source) throw new Error('source vanished after upsert');
      return source;
    },
  );

  api.patch(
    '/v1/sources/:id',
    {
      ...common,
      schema: {
        tags: ['write'],
        summary: 'Enable or disable a source, or change its crawl interval',
        security: keyRequired,
        params: z.object({ id: z.string().min(1).max(100) }),
        body: z
          .object({
            enabled: z.boolean().optional(),
            intervalMinutes: z.number().int().min(5).max(10_080).optional(),
          })
          .strict(),
        response: { 200: sourceView, ...errorResponses(400, 401, 404, 429) },
      },
    },
    async (request) => {
      const { count } = await db.source.updateMany({
        where: { id: request.params.id },
        data: {
          ...(request.body.enabled === undefined ? {} : { enabled: request.body.enabled }),
          ...(request.body.intervalMinutes === undefined
            ? {}
            : { intervalMinutes: request.body.intervalMinutes }),
        },
      });
      const source = readSources(reads).find((s) => s.id === request.params.id);
      if (count === 0 || !source)
        throw new NotFoundError(`no source with id "${request.params.id}"; list them with GET /v1/sources`);
      return source;
    },
  );

  api.post(
    '/v1/entities',
    {
      ...common,
      schema: {
        tags: ['write'],
        summary: 'Create a curated entity (organization, model or chip) with aliases',
        security: keyRequired,
        body: z
          .object({
            id: entityId,
            kind: z.enum(ENTITY_KINDS),
            name: z.string().trim().min(1).max(200),
            developer: entityId.nullable().optional().describe('id of the company that makes it'),
            family: z.string().max(100).nullable().optional(),
            aliases: z.array(aliasText).max(100).default([]),
          })
          .strict(),
        response: { 201: entityDetail, ...errorResponses(400, 401, 404, 409, 429) },
      },
    },
    async (request, reply) => {
      await createEntity(db, request.body);
      return reply.code(201).send(entityOrFail(request.body.id));
    },
  );

  api.patch(
    '/v1/entities/:id',
    {
      ...common,
      schema: {
        tags: ['write'],
        summary: 'Change an entity’s name, kind, developer or family',
        security: keyRequired,
        params: z.object({ id: entityId }),
        body: z
          .object({
            name: z.string().trim().min(1).max(200).optional(),
            kind: z.enum(ENTITY_KINDS).optional(),
            developer: entityId.nullable().optional(),
            family: z.string().max(100).nullable().optional(),
          })
          .strict(),
        response: { 200: entityDetail, ...errorResponses(400, 401, 404, 409, 429) },
      },
    },
    async (request) => {
      await updateEntity(db, request.params.id, request.body);
      return entityOrFail(request.params.id);
    },
  );

  api.post(
    '/v1/entities/:id/aliases',
    {
      ...common,
      schema: {
        tags: ['write'],
        summary: 'Add an alias to an entity (adding a known alias changes nothing)',
        security: keyRequired,
        params: z.object({ id: entityId }),
        body: z.object({ alias: aliasText }).strict(),
        response: { 200: entityDetail, ...errorResponses(400, 401, 404, 429) },
      },
    },
    async (request) => {
      await addAlias(db, request.params.id, request.body.alias);
      return entityOrFail(request.params.id);
    },
  );

  api.delete(
    '/v1/entities/:id/aliases/:alias',
    {
      ...common,
      schema: {
        tags: ['write'],
        summary: 'Remove an alias from an entity',
        security: keyRequired,
        params: z.object({ id: entityId, alias: aliasText }),
        response: { 200: entityDetail, ...errorResponses(400, 401, 404, 429) },
      },
    },
    async (request) => {
      await removeAlias(db, request.params.id, request.params.alias);
      return entityOrFail(request.params.id);
    },
  );

  api.post(
    '/v1/entities/:id/merge',
    {
      ...common,
      schema: {
        tags: ['write'],
        summary:
          'Merge this entity into another: aliases, mentions and events move, duplicate events join, the id keeps resolving',
        security: keyRequired,
        params: z.object({ id: entityId }),
        body: z.object({ into: entityId }).strict(),
        response: { 200: entityDetail, ...errorResponses(400, 401, 404, 409, 429) },
      },
    },
    async (request) => {
      await mergeEntities(db, request.params.id, request.body.into);
      return entityOrFail(request.body.into);
    },
  );

  api.post(
    '/v1/entities/:id/promote',
    {
      ...common,
      schema: {
        tags: ['write'],
        summary:
          'Promote a discovered candidate to a curated entity under its id (to file it under another id, merge it into that one)',
        security: keyRequired,
        params: z.object({ id: entityId }),
        response: { 200: entityDetail, ...errorResponses(400, 401, 404, 409, 429) },
      },
    },
    async (request) => {
      await promoteEntity(db, request.params.id);
      return entityOrFail(request.params.id);
    },
  );

  api.patch(
    '/v1/events/:id',
    {
      ...common,
      schema: {
        tags: ['write'],
        summary: 'Hide a wrongly extracted event from all reads (or show it again)',
        security: keyRequired,
        params: z.object({ id: numericId }),
        body: z
          .object({ hidden: z.boolean(), reason: z.string().trim().min(1).max(500).optional() })
          .strict(),
        response: {
          200: z.object({ id: z.number().int(), hidden: z.boolean(), reason: z.string().nullable() }),
          ...errorResponses(400, 401, 404, 429),
        },
      },
    },
    async (request) => {
      const reason = request.body.reason ?? null;
      await setEventHidden(db, request.params.id, request.body.hidden, reason);
      return {
        id: request.params.id,
        hidden: request.body.hidden,
        reason: request.body.hidden ? reason : null,
      };
    },
  );
}
