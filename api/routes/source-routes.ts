import { z } from 'zod';
import { readCrawlRunPage, readSources } from '../../store/source-reads.js';
import { errorResponses, sourceFilter, typed, type RouteContext } from '../route-context.js';
import { crawlRun, cursorParam, limitParam, pageOf, sourceView } from '../schemas.js';

/** GET /v1/sources (with each source's latest run) and GET /v1/crawl-runs (run history). */
export function registerSourceRoutes({ app, reads }: RouteContext): void {
  const api = typed(app);
  api.get(
    '/v1/sources',
    {
      schema: {
        tags: ['sources'],
        summary: 'The outlets crawled, with article counts and the status of their latest crawl run',
        querystring: z.object({}).strict(),
        response: { 200: z.object({ items: z.array(sourceView) }), ...errorResponses(400, 401, 429) },
      },
    },
    () => ({ items: readSources(reads) }),
  );

  api.get(
    '/v1/crawl-runs',
    {
      schema: {
        tags: ['sources'],
        summary: 'Crawl runs, newest first, with counts and recorded failures',
        querystring: z
          .object({
            source: z.string().min(1).max(100).optional(),
            status: z.enum(['running', 'ok', 'failed']).optional(),
            limit: limitParam(100, 20),
            cursor: cursorParam,
          })
          .strict(),
        response: { 200: pageOf(crawlRun), ...errorResponses(400, 401, 429) },
      },
    },
    (request) =>
      readCrawlRunPage(reads, {
        ...request.query,
        source: sourceFilter(reads, 'source', request.query.source),
      }),
  );
}
