import type { Analysis } from '../nlp/types.js';
import type { DbOrTx } from './release-tracks.js';
import { list, Prisma, sqlOf } from './sql-runner.js';

/**
 * Where each of the given entity ids points after merges: an entity merged into another (and that one
 * perhaps into a third) resolves to the last; unmerged and unknown ids map to themselves.
 */
export async function mergeTargets(db: DbOrTx, ids: Iterable<string>): Promise<Map<string, string>> {
  const result = new Map<string, string>();
  let pending = [...new Set(ids)];
  for (const id of pending) result.set(id, id);
  // Follow chains a few hops; merges never form cycles (a merged entity cannot be a merge target).
  for (let hop = 0; hop < 5 && pending.length > 0; hop++) {
    const rows = await sqlOf(db).rows<{ id: string; mergedIntoId: string | null }>(Prisma.sql`SELECT "id",
      "mergedIntoId" FROM "Entity" WHERE "id" IN (${list(pending)}) AND "mergedIntoId" IS NOT NULL`);
    const next = new Map(rows.map((r) => [r.id, r.mergedIntoId ?? r.id]));
    for (const [start, current] of result) {
      const target = next.get(current);
      if (target) result.set(start, target);
    }
    pending = [...new Set(rows.map((r) => r.mergedIntoId ?? r.id))];
  }
  return result;
}

/**
 * The analysis with every entity id resolved through merges, so reports of a merged entity land on the
 * entity it was merged into. Entities that resolve to one id are combined (mention counts added), also
 * when the analysis itself lists an id twice (a discovered spelling of a linked candidate), since an
 * article mentions an entity once.
 */
export async function resolveMergedIds(db: DbOrTx, analysis: Analysis): Promise<Analysis> {
  const ids = [
    ...analysis.entities.map((e) => e.id),
    ...analysis.events.flatMap((e) => [e.subject.id, ...e.related.map((r) => r.id)]),
  ];
  const targets = await mergeTargets(db, ids);
  const unique = new Set(analysis.entities.map((e) => e.id)).size === analysis.entities.length;
  if (unique && [...targets].every(([from, to]) => from === to)) return analysis;
  const to = (id: string) => targets.get(id) ?? id;
  const entities = new Map<string, Analysis['entities'][number]>();
  for (const entity of analysis.entities) {
    const id = to(entity.id);
    const seen = entities.get(id);
    if (seen) seen.mentions += entity.mentions;
    else entities.set(id, { ...entity, id });
  }
  return {
    ...analysis,
    entities: [...entities.values()],
    events: analysis.events.map((event) => ({
      ...event,
      subject: { ...event.subject, id: to(event.subject.id) },
      related: event.related
        .map((r) => ({ ...r, id: to(r.id) }))
        .filter((r) => r.id !== to(event.subject.id)),
    })),
  };
}
