import { defaultKnowledgeBase, extendKnowledgeBase, type KnowledgeBase } from '../nlp/knowledge-base.js';
import type { Analysis, EntityKind } from '../nlp/types.js';
import type { Db } from './database.js';
import { list, Prisma, sqlOf } from './sql-runner.js';

/** An entity the store must hold: a curated knowledge-base entry, or an entity an article mentions. */
export interface EntitySeed {
  id: string;
  kind: EntityKind;
  name: string;
  aliases: readonly string[];
  developer?: string | undefined;
  family?: string | undefined;
  candidate?: boolean | undefined;
}

/** What syncEntities needs to know of a stored entity. */
interface StoredRow {
  id: string;
  developerId: string | null;
  family: string | null;
  candidate: boolean;
  mergedIntoId: string | null;
}

/** The writes that bring the store up to date with a list of seeds; see {@link syncEntities}. */
export interface EntitySyncPlan {
  create: {
    id: string;
    kind: EntityKind;
    name: string;
    developerId: string | null;
    family: string | null;
    candidate: boolean;
  }[];
  update: {
    id: string;
    data: {
      kind?: EntityKind;
      name?: string;
      developerId: string | null;
      family: string | null;
      candidate?: false;
    };
  }[];
  aliases: { entityId: string; alias: string; key: string }[];
}

/** The update a seed asks of an existing row, or null when it asks none (see {@link syncEntities}). */
function updateFor(seed: EntitySeed, row: StoredRow): EntitySyncPlan['update'][number] | null {
  const curated = seed.candidate !== true;
  if (curated && row.candidate)
    return {
      id: seed.id,
      data: {
        kind: seed.kind,
        name: seed.name,
        developerId: seed.developer ?? row.developerId,
        family: seed.family ?? row.family,
        candidate: false,
      },
    };
  // A candidate report fills gaps of a candidate, never of a curated entity.
  const mayFill = curated || row.candidate;
  const fills = (row.developerId === null && seed.developer) || (row.family === null && seed.family);
  if (!mayFill || !fills) return null;
  return {
    id: seed.id,
    data: {
      developerId: row.developerId ?? seed.developer ?? null,
      family: row.family ?? seed.family ?? null,
    },
  };
}

/**
 * Pure core of {@link syncEntities}: from the seeds, the stored rows (by id) and the stored alias keys
 * (`entityId NUL key`), the entities to create, the rows to update and the aliases to add.
 */
export function planEntitySync(
  seeds: readonly EntitySeed[],
  rows: ReadonlyMap<string, StoredRow>,
  aliasKeys: ReadonlySet<string>,
): EntitySyncPlan {
  const plan: EntitySyncPlan = { create: [], update: [], aliases: [] };
  for (const seed of seeds) {
    const row = rows.get(seed.id);
    // A merged id keeps no names: they moved to its target, and its reports resolve there.
    if (row !== undefined && row.mergedIntoId !== null) continue;
    if (!row)
      plan.create.push({
        id: seed.id,
        kind: seed.kind,
        name: seed.name,
        developerId: seed.developer ?? null,
        family: seed.family ?? null,
        candidate: seed.candidate === true,
      });
    const update = row ? updateFor(seed, row) : null;
    if (update) plan.update.push(update);
    const keys = new Set<string>();
    for (const alias of [seed.name, ...seed.aliases]) {
      const key = alias.toLowerCase();
      if (keys.has(key) || aliasKeys.has(`${seed.id}\u0000${key}`)) continue;
      keys.add(key);
      plan.aliases.push({ entityId: seed.id, alias, key });
    }
  }
  return plan;
}

/**
 * Makes the Entity and EntityAlias tables hold every given entity and alias without undoing anyone's
 * work: a missing entity or alias is created; an existing entity only gains what it lacks (a developer
 * or family left empty) and is never renamed or re-kinded, because an editor may have changed it through
 * the API. A discovered candidate that the curated knowledge base now lists is promoted to curated; a
 * candidate report fills a stored candidate's gaps but never a curated entity's; a merged-away id gains
 * nothing. Called at start-up with the curated knowledge base and during ingestion for what an article
 * mentions. Returns whether anything was written, so that a crawl knows to re-extend its knowledge base.
 */
export async function syncEntities(db: Db, entities: readonly EntitySeed[]): Promise<boolean> {
  if (entities.length === 0) return false;
  const ids = [...new Set(entities.map((e) => e.id))];
  const sql = sqlOf(db);
  const existing = await sql.rows<
    Omit<StoredRow, 'candidate'> & { candidate: unknown }
  >(Prisma.sql`SELECT "id", "developerId",
    "family", "candidate", "mergedIntoId" FROM "Entity" WHERE "id" IN (${list(ids)})`);
  const aliasRows = await sql.rows<{ entityId: string; key: string }>(
    Prisma.sql`SELECT "entityId", "key" FROM "EntityAlias" WHERE "entityId" IN (${list(ids)})`,
  );
  const plan = planEntitySync(
    entities,
    new Map(existing.map((e) => [e.id, { ...e, candidate: Boolean(e.candidate) }])),
    new Set(aliasRows.map((row) => `${row.entityId}\u0000${row.key}`)),
  );
  const writes = [
    ...plan.create.map((data) => db.entity.create({ data })),
    ...plan.update.map(({ id, data }) => db.entity.update({ where: { id }, data })),
    ...plan.aliases.map((data) => db.entityAlias.create({ data })),
  ];
  if (writes.length > 0) await db.$transaction(writes);
  return writes.length > 0;
}

/**
 * The seeds an analysis gives the store: its entities, each discovered candidate completed from the
 * events it is the subject of (the `developer` and `family` the event relates), because discovery often
 * finds a new name before it knows whose it is.
 */
export function entitySeedsOf(analysis: Analysis): EntitySeed[] {
  const ids = new Set(analysis.entities.map((e) => e.id));
  const relatedAs = (subject: string, role: string) =>
    analysis.events
      .filter((event) => event.subject.id === subject)
      .flatMap((event) => event.related)
      .find((r) => r.role === role && r.id !== subject && ids.has(r.id))?.id;
  return analysis.entities.map((entity) => {
    if (entity.candidate !== true) return entity;
    const developer = entity.developer ?? relatedAs(entity.id, 'developer');
    const family = entity.family ?? relatedAs(entity.id, 'family');
    return {
      ...entity,
      ...(developer === undefined ? {} : { developer }),
      ...(family === undefined ? {} : { family }),
    };
  });
}

/**
 * The knowledge base a crawl analyses with: the curated one extended with what the store holds (see
 * {@link extendKnowledgeBase}): editors' aliases, entities and merges, and the candidates earlier
 * articles discovered (not merged-away ones), so that a later article links a new name like a curated
 * one even without the context words discovery needs. A crawl reloads it when an article adds entities
 * or aliases (see {@link createKnowledgeBaseCache}).
 */
export async function loadKnowledgeBase(
  db: Db,
  base: KnowledgeBase = defaultKnowledgeBase,
): Promise<KnowledgeBase> {
  const rows = await db.entity.findMany({
    select: {
      id: true,
      kind: true,
      name: true,
      developerId: true,
      family: true,
      mergedIntoId: true,
      candidate: true,
      aliases: { select: { alias: true } },
    },
  });
  return extendKnowledgeBase(
    base,
    rows.map((row) => ({ ...row, aliases: row.aliases.map((a) => a.alias) })),
  );
}

/** The knowledge base of a running crawl, reloaded only after something made it stale. */
export interface KnowledgeBaseCache {
  /** The current knowledge base; loads it when stale (concurrent callers share one load). */
  get(): Promise<KnowledgeBase>;
  /** Marks it stale: the store gained entities or aliases. */
  invalidate(): void;
}

/**
 * A {@link KnowledgeBaseCache} over `load`. Reloading costs one read of the entity table, so a crawl
 * invalidates only when an article added an entity or alias (a new candidate, a new spelling), not per
 * page. A failed load is not cached: the next `get` tries again.
 */
export function createKnowledgeBaseCache(load: () => Promise<KnowledgeBase>): KnowledgeBaseCache {
  let version = 0;
  let cached: { version: number; kb: Promise<KnowledgeBase> } | null = null;
  return {
    get() {
      if (cached?.version !== version) {
        const entry = { version, kb: load() };
        cached = entry;
        entry.kb.catch(() => {
          if (cached === entry) cached = null;
        });
      }
      return cached.kb;
    },
    invalidate() {
      version += 1;
    },
  };
}
