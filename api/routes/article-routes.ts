import { z } from 'zod';
import { NotFoundError } from '../../core/errors.js';
import { readArticle, readArticlePage } from '../../store/article-reads.js';
import { responseExamples } from '../openapi-examples.js';
import { operation } from '../openapi.js';
import { entityFilter, errorResponses, sourceFilter, typed, type RouteContext } from '../route-context.js';
import {
  articleDetail,
  articleSummary,
  cursorParam,
  dateParam,
  endOf,
  entityId,
  languageCode,
  limitParam,
  numericId,
  pageOf,
  startOf,
} from '../schemas.js';

/** GET /v1/articles (newest first) and GET /v1/articles/:id (with its entities and events). */
export function registerArticleRoutes({ app, reads }: RouteContext): void {
  const api = typed(app);
  api.get(
    '/v1/articles',
    {
      schema: {
        ...operation({
          id: 'listArticles',
          tag: 'articles',
          summary: 'Articles, newest stored first',
          description:
            'Stored articles without their text, newest stored first; filter by language, source, an entity they mention and publication date.',
          example: 'GET /v1/articles?entity=moonshot-kimi-k2',
          response: responseExamples.listArticles,
        }),
        querystring: z
          .object({
            lang: languageCode.optional(),
            source: z.string().min(1).max(100).optional().describe('source id from GET /v1/sources'),
            entity: entityId.optional().describe('only articles that mention this entity'),
            from: dateParam.describe('published on or after'),
            to: dateParam.describe('published on or before (a date includes that day)'),
            limit: limitParam(100, 20),
            cursor: cursorParam,
          })
          .strict(),
        response: { 200: pageOf(articleSummary), ...errorResponses(400, 401, 429) },
      },
    },
    async (request) => {
      const q = request.query;
      return readArticlePage(reads, {
        limit: q.limit,
        cursor: q.cursor,
        lang: q.lang,
        source: await sourceFilter(reads, 'source', q.source),
        entity: await entityFilter(reads, 'entity', q.entity),
        from: startOf(q.from),
        to: endOf(q.to),
      });
    },
  );

  api.get(
    '/v1/articles/:id',
    {
      schema: {
        ...operation({
          id: 'getArticle',
          tag: 'articles',
          summary: 'One article with its text, entities and events',
          description:
            'One article with its main text, its duplicate links (the original it copies, the copies of it), the entities it mentions and the events it reports.',
          example: 'GET /v1/articles/4',
        }),
        params: z.object({ id: numericId.describe('article id') }),
        querystring: z.object({}).strict(),
        response: { 200: articleDetail, ...errorResponses(400, 401, 404, 429) },
      },
    },
    async (request) => {
      const article = await readArticle(reads, request.params.id);
      if (!article)
        throw new NotFoundError(
          `no article with id ${request.params.id}; list articles with GET /v1/articles`,
        );
      return article;
    },
  );
}
