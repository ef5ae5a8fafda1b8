import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { ENTITY_KINDS } from '../../nlp/types.js';
import type { Db } from '../../store/database.js';
import { listEntities } from '../../store/entity-views.js';
import { entityTimeline } from '../../store/event-views.js';

const listQuery = z
  .object({
    q: z.string().min(1).max(100).optional(),
    kind: z.enum(ENTITY_KINDS).optional(),
    limit: z.coerce.number().int().min(1).max(500).default(100),
  })
  .strict();

const idParams = z.object({
  id: z.string().regex(/^[a-z0-9][a-z0-9.-]*$/, 'an entity id such as deepseek-r2'),
});

/** GET /v1/entities (search by name or alias, filter by kind) and GET /v1/entities/:id/timeline. */
export function registerEntityRoutes(app: FastifyInstance, db: Db): void {
  app.get('/v1/entities', async (request) => {
    const q = listQuery.parse(request.query);
    return { items: await listEntities(db, { q: q.q, kind: q.kind, limit: q.limit }) };
  });
  app.get('/v1/entities/:id/timeline', async (request) => {
    const { id } = idParams.parse(request.params);
    return entityTimeline(db, id);
  });
}
