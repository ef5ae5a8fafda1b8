import { z } from 'zod';
import { NotFoundError, UserError } from '../../core/errors.js';
import { sourceAddressProblems } from '../../crawlers/sources/source-addresses.js';
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
import { operation } from '../openapi.js';
import { errorResponses, typed, type RouteContext } from '../route-context.js';
import { entityDetail, entityId, languageCode, numericId, sourceView } from '../schemas.js';

const httpUrl = z.url({ protocol: /^https?$/, error: 'an http(s) URL' });
const aliasText = z.string().trim().min(1).max(200);

/**
 * The write routes, all behind an API key: sources, entities and aliases, promoting a discovered
 * candidate, merging two entities, hiding a wrong event. Each answers with the changed thing as a read
 * would show it.
 */
export function registerWriteRoutes({ app, db, reads, addresses }: RouteContext): void {
  const api = typed(app);
  const common = { onRequest: requireApiKey, config: { write: true } };
  const entityOrFail = async (id: string) => {
    const entity = await readEntity(reads, id);
    if (!entity) throw new NotFoundError(`no entity with id "${id}"`);
    return entity;
  };

  api.put(
    '/v1/sources/:id',
    {
      ...common,
      schema: {
        ...operation({
          id: 'upsertSource',
          tag: 'sources',
          summary: 'Create or replace a source',
          description:
            'Creates the source with this id or replaces its description (name, feeds, sitemaps, sections, interval); the scheduler picks it up on its next tick. URLs on private, loopback, link-local or metadata addresses (10.0.0.0/8, 127.0.0.0/8, 169.254.0.0/16, fc00::/7, localhost, *.internal, ...) are refused with a 400 unless the host is listed in CRAWL_ALLOW_HOSTS; the crawler checks the address it connects to as well.',
          example: 'PUT /v1/sources/demo-news',
          body: {
            name: 'modelwatch sample news site',
            language: 'de',
            category: 'tech',
            homepage: 'https://demo-news.modelwatch.example/',
            feeds: ['https://demo-news.modelwatch.example/feed.xml'],
            intervalMinutes: 60,
          },
        }),
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
      const refused = sourceAddressProblems(request.body, addresses);
      const first = refused[0];
      if (first) {
        throw new UserError(`${first.field}: ${first.problem}`, {
          details: refused.map(({ field, problem }) => ({ in: 'body', field, problem })),
        });
      }
      await upsertSources(db, [{ id: request.params.id, ...request.body }]);
      const source = (await readSources(reads)).find((s) => s.id === request.params.id);
      if (!source) throw new Error('source vanished after upsert');
      return source;
    },
  );

  api.patch(
    '/v1/sources/:id',
    {
      ...common,
      schema: {
        ...operation({
          id: 'updateSource',
          tag: 'sources',
          summary: 'Enable or disable a source, or change its crawl interval',
          description: 'Changes only the fields given; a disabled source is not crawled until enabled again.',
          example: 'PATCH /v1/sources/demo-news',
          body: { enabled: false },
        }),
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
      const source = (await readSources(reads)).find((s) => s.id === request.params.id);
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
        ...operation({
          id: 'createEntity',
          tag: 'entities',
          summary: 'Create a curated entity',
          description:
            'Adds an organization, model or chip with its aliases to the knowledge base; the next crawl or reanalyze links articles to it. 409 when the id exists.',
          example: 'POST /v1/entities',
          body: {
            id: 'deepseek-r3',
            kind: 'model',
            name: 'DeepSeek-R3',
            developer: 'deepseek',
            aliases: ['R3'],
          },
        }),
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
      return reply.code(201).send(await entityOrFail(request.body.id));
    },
  );

  api.patch(
    '/v1/entities/:id',
    {
      ...common,
      schema: {
        ...operation({
          id: 'updateEntity',
          tag: 'entities',
          summary: 'Change an entity’s name, kind, developer or family',
          description: 'Changes only the fields given; `null` clears developer or family.',
          example: 'PATCH /v1/entities/deepseek-r2',
          body: { name: 'DeepSeek R2', family: 'deepseek-r' },
        }),
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
        ...operation({
          id: 'addEntityAlias',
          tag: 'entities',
          summary: 'Add an alias to an entity',
          description: 'Adds another name the entity is written as; adding a known alias changes nothing.',
          example: 'POST /v1/entities/deepseek-r2/aliases',
          body: { alias: 'DeepSeek R2' },
        }),
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
        ...operation({
          id: 'removeEntityAlias',
          tag: 'entities',
          summary: 'Remove an alias from an entity',
          description: 'Removes one alias; articles already linked through it stay linked until reanalyzed.',
          example: 'DELETE /v1/entities/deepseek-r2/aliases/R2',
        }),
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
        ...operation({
          id: 'mergeEntity',
          tag: 'entities',
          summary: 'Merge this entity into another',
          description:
            'Aliases, mentions and events move to the target, duplicate events join, and the merged id keeps resolving to the target. Use it to file a discovered candidate under a curated entity.',
          example: 'POST /v1/entities/candidate-deepseek-r-2/merge',
          body: { into: 'deepseek-r2' },
        }),
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
        ...operation({
          id: 'promoteEntity',
          tag: 'entities',
          summary: 'Promote a discovered candidate to a curated entity',
          description:
            'Marks a candidate found by discovery as curated under its own id; to file it under another id, merge it into that one instead.',
          example: 'POST /v1/entities/candidate-kimi-k3/promote',
        }),
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
        ...operation({
          id: 'setEventVisibility',
          tag: 'events',
          summary: 'Hide a wrongly extracted event, or show it again',
          description:
            'A hidden event disappears from every read (lists, timelines, the release tracker) and stays hidden through reanalysis; `reason` is kept for the record.',
          example: 'PATCH /v1/events/7',
          body: { hidden: true, reason: 'misread: the article reports a rumour' },
        }),
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
