import { defaultKnowledgeBase, extendKnowledgeBase, type KnowledgeBase } from '../nlp/knowledge-base.js';
import type { EntityKind } from '../nlp/types.js';
import type { Db } from './database.js';

export interface EntitySeed {
  id: string;
  kind: EntityKind;
  name: string;
  aliases: readonly string[];
  developer?: string | undefined;
  family?: string | undefined;
  candidate?: boolean | undefined;
}

/**
 * Makes the Entity and EntityAlias tables hold every given entity and alias without undoing anyone's
 * work: a missing entity or alias is created; an existing entity only gains what it lacks (a developer
 * or family left empty) and is never renamed or re-kinded, because an editor may have changed it through
 * the API. A discovered candidate that the curated knowledge base now lists is promoted to curated.
 * Called at start-up with the curated knowledge base and during ingestion for what an article mentions.
 */
export async function syncEntities(db: Db, entities: readonly EntitySeed[]): Promise<void> {
  if (entities.length === 0) return;
  const existing = await db.entity.findMany({ where: { id: { in: entities.map((e) => e.id) } } });
  const known = new Map(existing.map((e) => [e.id, e]));
  const aliasRows = await db.entityAlias.findMany({
    where: { entityId: { in: entities.map((e) => e.id) } },
    select: { entityId: true, key: true },
  });
  const knownAliases = new Set(aliasRows.map((row) => `${row.entityId}\u0000${row.key}`));
  const writes = [];
  for (const entity of entities) {
    const before = known.get(entity.id);
    const curated = !entity.candidate;
    if (!before) {
      writes.push(
        db.entity.create({
          data: {
            id: entity.id,
            kind: entity.kind,
            name: entity.name,
            developerId: entity.developer ?? null,
            family: entity.family ?? null,
            candidate: !curated,
          },
        }),
      );
    } else if (curated && before.candidate) {
      writes.push(
        db.entity.update({
          where: { id: entity.id },
          data: {
            kind: entity.kind,
            name: entity.name,
            developerId: entity.developer ?? before.developerId,
            family: entity.family ?? before.family,
            candidate: false,
          },
        }),
      );
    } else if (
      curated &&
      ((before.developerId === null && entity.developer) || (before.family === null && entity.family))
    ) {
      writes.push(
        db.entity.update({
          where: { id: entity.id },
          data: {
            developerId: before.developerId ?? entity.developer ?? null,
            family: before.family ?? entity.family ?? null,
          },
        }),
      );
    }
    const keys = new Set<string>();
    for (const alias of [entity.name, ...entity.aliases]) {
      const key = alias.toLowerCase();
      if (keys.has(key) || knownAliases.has(`${entity.id}\u0000${key}`)) continue;
      keys.add(key);
      writes.push(db.entityAlias.create({ data: { entityId: entity.id, alias, key } }));
    }
  }
  if (writes.length > 0) await db.$transaction(writes);
}

/**
 * The knowledge base a crawl analyses with: the curated one extended with what editors stored through the
 * API (aliases, new entities, merges; see {@link extendKnowledgeBase}). Read once per crawl run, so an
 * edit applies from the next run on.
 */
export async function loadKnowledgeBase(
  db: Db,
  base: KnowledgeBase = defaultKnowledgeBase,
): Promise<KnowledgeBase> {
  const select = {
    id: true,
    kind: true,
    name: true,
    developerId: true,
    family: true,
    mergedIntoId: true,
    aliases: { select: { alias: true } },
  } as const;
  const rows = await db.entity.findMany({
    where: { OR: [{ candidate: false }, { mergedIntoId: { not: null } }] },
    select,
  });
  // A merge target may be a discovered candidate: it still receives what was merged into it.
  const have = new Set(rows.map((r) => r.id));
  const targets = [
    ...new Set(rows.map((r) => r.mergedIntoId).filter((id): id is string => id !== null && !have.has(id))),
  ];
  const extra =
    targets.length > 0 ? await db.entity.findMany({ where: { id: { in: targets } }, select }) : [];
  return extendKnowledgeBase(
    base,
    [...rows, ...extra].map((row) => ({ ...row, aliases: row.aliases.map((a) => a.alias) })),
  );
}
