import { z } from 'zod';
import { NotFoundError } from '../../core/errors.js';
import { resolveEntityId } from '../../store/entity-reads.js';
import { readRelease, readReleasePage } from '../../store/release-reads.js';
import { RELEASE_STATUSES } from '../../store/release-tracker.js';
import { responseExamples } from '../openapi-examples.js';
import { operation } from '../openapi.js';
import { errorResponses, typed, type RouteContext } from '../route-context.js';
import { cursorParam, entityId, limitParam, pageOf, releaseView } from '../schemas.js';

/** GET /v1/releases (the release tracker) and GET /v1/releases/:id (one model or chip). */
export function registerReleaseRoutes({ app, reads }: RouteContext): void {
  const api = typed(app);
  api.get(
    '/v1/releases',
    {
      schema: {
        ...operation({
          id: 'listReleases',
          tag: 'releases',
          summary: 'The release tracker: models and chips by release status',
          description:
            'Release tracker: announced -> planned (expected date) -> delayed (reasons) -> released, or cancelled; each entry with the history of reports that moved it and their sources.',
          example: 'GET /v1/releases?status=delayed',
          response: responseExamples.listReleases,
        }),
        querystring: z
          .object({
            status: z.enum(RELEASE_STATUSES).optional(),
            kind: z.enum(['model', 'chip']).optional(),
            limit: limitParam(100, 50),
            cursor: cursorParam,
          })
          .strict(),
        response: { 200: pageOf(releaseView), ...errorResponses(400, 401, 429) },
      },
    },
    (request) => readReleasePage(reads, request.query),
  );

  api.get(
    '/v1/releases/:id',
    {
      schema: {
        ...operation({
          id: 'getRelease',
          tag: 'releases',
          summary: 'The release tracker entry of one model or chip',
          description:
            'Status, expected and actual release date and the history of one model or chip; 404 when it has no release events.',
          example: 'GET /v1/releases/alibaba-qwen3',
          response: responseExamples.getRelease,
        }),
        params: z.object({ id: entityId }),
        querystring: z.object({}).strict(),
        response: { 200: releaseView, ...errorResponses(400, 401, 404, 429) },
      },
    },
    async (request) => {
      const id = await resolveEntityId(reads, request.params.id);
      const release = id === null ? null : await readRelease(reads, id);
      if (!release)
        throw new NotFoundError(
          id === null
            ? `no entity with id "${request.params.id}"; search ids with GET /v1/entities?q=NAME`
            : `"${request.params.id}" has no release events (only models and chips with events are tracked)`,
        );
      return release;
    },
  );
}
