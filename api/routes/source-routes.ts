import { z } from 'zod';
import { RUN_STATES } from '../../store/crawl-state.js';
import { readCrawlRunPage, readSources } from '../../store/source-reads.js';
import { operation } from '../openapi.js';
import { errorResponses, sourceFilter, typed, type RouteContext } from '../route-context.js';
import { crawlRun, cursorParam, limitParam, pageOf, sourceView } from '../schemas.js';

/** GET /v1/sources (with each source's latest run) and GET /v1/crawl-runs (run history). */
export function registerSourceRoutes({ app, reads }: RouteContext): void {
  const api = typed(app);
  api.get(
    '/v1/sources',
    {
      schema: {
        ...operation({
          id: 'listSources',
          tag: 'sources',
          summary: 'The outlets crawled',
          description:
            'Every source in the registry with its feeds, interval, article count and its latest crawl run.',
          example: 'GET /v1/sources',
        }),
        querystring: z.object({}).strict(),
        response: { 200: z.object({ items: z.array(sourceView) }), ...errorResponses(400, 401, 429) },
      },
    },
    async () => ({ items: await readSources(reads) }),
  );

  api.get(
    '/v1/crawl-runs',
    {
      schema: {
        ...operation({
          id: 'listCrawlRuns',
          tag: 'sources',
          summary: 'Crawl runs, newest first',
          description:
            'The crawl run history with counts (discovered, fetched, new, updated, failed) and the recorded failures; filter by source and status.',
          example: 'GET /v1/crawl-runs?source=demo-news&status=ok',
        }),
        querystring: z
          .object({
            source: z.string().min(1).max(100).optional(),
            status: z.enum(RUN_STATES).optional(),
            limit: limitParam(100, 20),
            cursor: cursorParam,
          })
          .strict(),
        response: { 200: pageOf(crawlRun), ...errorResponses(400, 401, 429) },
      },
    },
    async (request) =>
      readCrawlRunPage(reads, {
        ...request.query,
        source: await sourceFilter(reads, 'source', request.query.source),
      }),
  );
}
