import { z } from 'zod';
import { NotFoundError } from '../../core/errors.js';
import { readEntity, readEntityName, readEntityPage } from '../../store/entity-reads.js';
import { readEventPage } from '../../store/event-reads.js';
import { responseExamples } from '../openapi-examples.js';
import { operation } from '../openapi.js';
import { errorResponses, typed, type RouteContext } from '../route-context.js';
import {
  cursorParam,
  dateParam,
  endOf,
  entityDetail,
  entityId,
  entityKindParam,
  entitySummary,
  eventTypesParam,
  eventView,
  languageCode,
  limitParam,
  pageOf,
  startOf,
} from '../schemas.js';

const unknownEntity = (id: string) =>
  new NotFoundError(`no entity with id "${id}"; search ids with GET /v1/entities?q=NAME`);

/** GET /v1/entities, /v1/entities/:id and /v1/entities/:id/timeline. */
export function registerEntityRoutes({ app, reads }: RouteContext): void {
  const api = typed(app);
  api.get(
    '/v1/entities',
    {
      schema: {
        ...operation({
          id: 'listEntities',
          tag: 'entities',
          summary: 'Search entities by name or alias, filter by kind and candidate status',
          description:
            'Companies, models and chips whose id, name or alias contains `q`, ordered by id. `candidate=true` lists the names discovery found in the news that an editor has not yet promoted or merged.',
          example: 'GET /v1/entities?q=qwen&limit=2',
          response: responseExamples.listEntities,
        }),
        querystring: z
          .object({
            q: z
              .string()
              .min(1)
              .max(100)
              .optional()
              .describe('part of the id, name or an alias (case-insensitive)'),
            kind: entityKindParam.optional(),
            candidate: z
              .enum(['true', 'false'])
              .optional()
              .describe('true: only discovered candidates awaiting an editor; false: only curated entities'),
            limit: limitParam(500, 100),
            cursor: cursorParam,
          })
          .strict(),
        response: { 200: pageOf(entitySummary), ...errorResponses(400, 401, 429) },
      },
    },
    async (request) => {
      const { candidate, ...query } = request.query;
      return readEntityPage(reads, {
        ...query,
        candidate: candidate === undefined ? undefined : candidate === 'true',
      });
    },
  );

  api.get(
    '/v1/entities/:id',
    {
      schema: {
        ...operation({
          id: 'getEntity',
          tag: 'entities',
          summary: 'One entity with aliases, mention and event counts',
          description:
            'The entity with its aliases, how many articles mention it and how many events it is the subject of. An id that was merged into another answers with the entity it was merged into.',
          example: 'GET /v1/entities/deepseek-r2',
          response: responseExamples.getEntity,
        }),
        params: z.object({ id: entityId }),
        querystring: z.object({}).strict(),
        response: { 200: entityDetail, ...errorResponses(400, 401, 404, 429) },
      },
    },
    async (request) => {
      const entity = await readEntity(reads, request.params.id);
      if (!entity) throw unknownEntity(request.params.id);
      return entity;
    },
  );

  api.get(
    '/v1/entities/:id/timeline',
    {
      schema: {
        ...operation({
          id: 'getEntityTimeline',
          tag: 'entities',
          summary: 'The timeline of an entity: its events, oldest report first',
          description:
            'Events the entity is the subject of or involved in (e.g. as the chip of a hardware switch), oldest first report first, each with its first sources; filter by event type, date, language and number of sources.',
          example: 'GET /v1/entities/deepseek-r2/timeline?type=delay',
          response: responseExamples.getEntityTimeline,
        }),
        params: z.object({ id: entityId }),
        querystring: z
          .object({
            type: eventTypesParam,
            from: dateParam.describe('first reported on or after (date or timestamp)'),
            to: dateParam.describe('first reported on or before (a date includes that day)'),
            lang: languageCode.optional(),
            minSources: z.coerce
              .number()
              .int()
              .min(1)
              .max(10_000)
              .optional()
              .describe('at least this many sources'),
            order: z
              .enum(['asc', 'desc'])
              .default('asc')
              .describe('asc: oldest first (default); desc: newest first'),
            limit: limitParam(200, 50),
            cursor: cursorParam,
          })
          .strict(),
        response: {
          200: z.object({
            entity: z.object({ id: z.string(), name: z.string(), kind: z.string() }),
            events: z.array(eventView),
            nextCursor: z.string().nullable(),
          }),
          ...errorResponses(400, 401, 404, 429),
        },
      },
    },
    async (request) => {
      const entity = await readEntityName(reads, request.params.id);
      if (!entity) throw unknownEntity(request.params.id);
      const q = request.query;
      const page = await readEventPage(
        reads,
        {
          entity: entity.id,
          types: q.type?.split(','),
          from: startOf(q.from),
          to: endOf(q.to),
          lang: q.lang,
          minSources: q.minSources,
        },
        { limit: q.limit, cursor: q.cursor, order: q.order },
      );
      return {
        entity: { id: entity.id, name: entity.name, kind: entity.kind },
        events: page.items,
        nextCursor: page.nextCursor,
      };
    },
  );
}
