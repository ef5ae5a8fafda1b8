import { z } from 'zod';
import { NotFoundError } from '../../core/errors.js';
import { readEvent, readEventPage } from '../../store/event-reads.js';
import { responseExamples } from '../openapi-examples.js';
import { operation } from '../openapi.js';
import { entityFilter, errorResponses, typed, type RouteContext } from '../route-context.js';
import {
  cursorParam,
  dateParam,
  endOf,
  entityId,
  eventTypesParam,
  eventView,
  languageCode,
  limitParam,
  numericId,
  pageOf,
  startOf,
} from '../schemas.js';

/** GET /v1/events (latest first, filtered) and GET /v1/events/:id (with every source). */
export function registerEventRoutes({ app, reads }: RouteContext): void {
  const api = typed(app);
  api.get(
    '/v1/events',
    {
      schema: {
        ...operation({
          id: 'listEvents',
          tag: 'events',
          summary: 'Events, newest report first',
          description:
            'Events, each merged from all the articles that report it, newest first report first; filter by type, subject, involved entity, date of the first report, language and number of sources.',
          example: 'GET /v1/events?type=export_control&limit=1',
          response: responseExamples.listEvents,
        }),
        querystring: z
          .object({
            type: eventTypesParam,
            subject: entityId.optional().describe('only events with this subject'),
            entity: entityId.optional().describe('only events this entity is subject of or involved in'),
            from: dateParam.describe('first reported on or after (date or timestamp)'),
            to: dateParam.describe('first reported on or before (a date includes that day)'),
            lang: languageCode.optional(),
            minSources: z.coerce.number().int().min(1).max(10_000).optional(),
            order: z.enum(['asc', 'desc']).default('desc'),
            limit: limitParam(200, 20),
            cursor: cursorParam,
          })
          .strict(),
        response: { 200: pageOf(eventView), ...errorResponses(400, 401, 429) },
      },
    },
    async (request) => {
      const q = request.query;
      return readEventPage(
        reads,
        {
          subject: await entityFilter(reads, 'subject', q.subject),
          entity: await entityFilter(reads, 'entity', q.entity),
          types: q.type?.split(','),
          from: startOf(q.from),
          to: endOf(q.to),
          lang: q.lang,
          minSources: q.minSources,
        },
        { limit: q.limit, cursor: q.cursor, order: q.order },
      );
    },
  );

  api.get(
    '/v1/events/:id',
    {
      schema: {
        ...operation({
          id: 'getEvent',
          tag: 'events',
          summary: 'One event with every source',
          description:
            'One event with all its sources: the article, outlet, language, the evidence sentence and when it was reported (lists show only the first five sources).',
          example: 'GET /v1/events/7',
          response: responseExamples.getEvent,
        }),
        params: z.object({ id: numericId.describe('event id') }),
        querystring: z.object({}).strict(),
        response: { 200: eventView, ...errorResponses(400, 401, 404, 429) },
      },
    },
    async (request) => {
      const event = await readEvent(reads, request.params.id);
      if (!event)
        throw new NotFoundError(`no event with id ${request.params.id}; list events with GET /v1/events`);
      return event;
    },
  );
}
