import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { listArticles } from '../../store/article-views.js';
import type { Db } from '../../store/database.js';

const query = z
  .object({
    limit: z.coerce.number().int().min(1).max(100).default(20),
    cursor: z
      .string()
      .regex(/^\d+$/, 'use the nextCursor value of the previous page')
      .transform(Number)
      .optional(),
    lang: z
      .string()
      .regex(/^[a-z]{2,3}$/, 'a language code such as de or en')
      .optional(),
    source: z.string().min(1).optional(),
  })
  .strict();

/** GET /v1/articles: newest first, cursor-paginated, filterable by language and source. */
export function registerArticleRoutes(app: FastifyInstance, db: Db): void {
  app.get('/v1/articles', async (request) => {
    const q = query.parse(request.query);
    return listArticles(db, { limit: q.limit, cursor: q.cursor, language: q.lang, source: q.source });
  });
}
