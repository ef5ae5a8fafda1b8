import { decodeCursor, encodeCursor } from './cursor.js';
import type { ReadConnection, SqlValue } from './read-connection.js';
import type { ReadStore } from './read-store.js';

export interface EntitySummary {
  id: string;
  kind: string;
  name: string;
  developer: string | null;
  candidate: boolean;
  aliases: string[];
  /** Articles that mention the entity. */
  mentions: number;
}

export interface EntityDetail extends EntitySummary {
  family: string | null;
  /** Visible events the entity is the subject of. */
  events: number;
  /** Ids merged into this entity; they resolve here. */
  mergedFrom: string[];
}

interface EntityRow {
  id: string;
  kind: string;
  name: string;
  developerId: string | null;
  candidate: number;
  mentionCount: number;
  family: string | null;
}

async function aliasesOf(conn: ReadStore, rows: readonly EntityRow[]): Promise<Map<string, string[]>> {
  const aliases = await conn.all<{ entityId: string; alias: string }>(
    `SELECT entityId, alias FROM EntityAlias WHERE entityId IN (SELECT value FROM json_each(@ids))
     ORDER BY entityId, alias`,
    { ids: JSON.stringify(rows.map((r) => r.id)) },
  );
  const map = new Map<string, string[]>();
  for (const { entityId, alias } of aliases) map.set(entityId, [...(map.get(entityId) ?? []), alias]);
  return map;
}

function toSummary(row: EntityRow, aliases: readonly string[]): EntitySummary {
  return {
    id: row.id,
    kind: row.kind,
    name: row.name,
    developer: row.developerId,
    candidate: row.candidate === 1,
    aliases: aliases.filter((alias) => alias !== row.name),
    mentions: row.mentionCount,
  };
}

/** Filters and page of {@link readEntityPage}. */
export interface EntityPageOptions {
  q?: string | undefined;
  kind?: string | undefined;
  /** true: only discovered candidates (the editors' review queue); false: only curated entities. */
  candidate?: boolean | undefined;
  limit: number;
  cursor?: string | undefined;
}

/**
 * Entities (merged ones excluded) whose id, name or an alias contains `q` (case-insensitive), optionally
 * of one kind and candidate status, in id order, `limit` per page.
 */
export async function readEntityPage(
  conn: ReadStore,
  options: EntityPageOptions,
): Promise<{ items: EntitySummary[]; nextCursor: string | null }> {
  const parts = ['e.mergedIntoId IS NULL'];
  const params: Record<string, SqlValue> = { take: options.limit + 1 };
  const q = options.q?.trim().toLowerCase();
  if (q) {
    parts.push(`(lower(e.id) LIKE @q ESCAPE '\\' OR lower(e.name) LIKE @q ESCAPE '\\'
      OR EXISTS (SELECT 1 FROM EntityAlias a WHERE a.entityId = e.id AND a.key LIKE @q ESCAPE '\\'))`);
    params.q = `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  }
  if (options.kind) {
    parts.push('e.kind = @kind');
    params.kind = options.kind;
  }
  if (options.candidate !== undefined) {
    parts.push('e.candidate = @candidate');
    params.candidate = options.candidate ? 1 : 0;
  }
  if (options.cursor !== undefined) {
    const [after] = decodeCursor(options.cursor, ['s']);
    parts.push('e.id > @after');
    params.after = after ?? null;
  }
  const rows = await conn.all<EntityRow>(
    `SELECT e.id, e.kind, e.name, e.developerId, e.candidate, e.mentionCount, e.family FROM Entity e
     WHERE ${parts.join(' AND ')} ORDER BY e.id LIMIT @take`,
    params,
  );
  const page = rows.slice(0, options.limit);
  const aliases = await aliasesOf(conn, page);
  const last = page[page.length - 1];
  return {
    items: page.map((row) => toSummary(row, aliases.get(row.id) ?? [])),
    nextCursor: rows.length > options.limit && last ? encodeCursor([last.id]) : null,
  };
}

const MERGED_INTO = 'SELECT mergedIntoId FROM Entity WHERE id = @id';

/**
 * The ids an id's merge chain visits (a merged id leads to the entity it was merged into), at most five
 * hops: each yielded id is looked up by the caller, who sends back its row (undefined when there is none).
 * Returns the resolved id, or null when an id on the way is unknown. One chain for the synchronous and
 * the asynchronous read path.
 */
function* mergeChain(id: string): Generator<string, string | null, MergeRow | undefined> {
  let current = id;
  for (let hop = 0; hop < 5; hop++) {
    const row = yield current;
    if (!row) return null;
    if (row.mergedIntoId === null) return current;
    current = row.mergedIntoId;
  }
  return current;
}

interface MergeRow {
  mergedIntoId: string | null;
}

/** The entity an id names after merges (an id merged into another resolves to that one), or null. */
export async function resolveEntityId(conn: ReadStore, id: string): Promise<string | null> {
  const chain = mergeChain(id);
  let step = chain.next();
  while (!step.done) step = chain.next(await conn.get<MergeRow>(MERGED_INTO, { id: step.value }));
  return step.value;
}

/** {@link resolveEntityId} on the synchronous SQLite connection (the FTS5 search index reads there). */
export function resolveEntityIdNow(conn: ReadConnection, id: string): string | null {
  const chain = mergeChain(id);
  let step = chain.next();
  while (!step.done) step = chain.next(conn.get<MergeRow>(MERGED_INTO, { id: step.value }));
  return step.value;
}

/** One entity with aliases, counts and merge history; `id` may be a merged id. Null when unknown. */
export async function readEntity(conn: ReadStore, id: string): Promise<EntityDetail | null> {
  const resolved = await resolveEntityId(conn, id);
  if (resolved === null) return null;
  const row = await conn.get<EntityRow>(
    'SELECT id, kind, name, developerId, candidate, mentionCount, family FROM Entity WHERE id = @id',
    { id: resolved },
  );
  if (!row) return null;
  const events = await conn.get<{ n: number }>(
    'SELECT COUNT(*) AS n FROM Event WHERE subjectId = @id AND hidden = FALSE',
    {
      id: resolved,
    },
  );
  const merged = await conn.all<{ id: string }>(
    'SELECT id FROM Entity WHERE mergedIntoId = @id ORDER BY id',
    {
      id: resolved,
    },
  );
  return {
    ...toSummary(row, (await aliasesOf(conn, [row])).get(row.id) ?? []),
    family: row.family,
    events: events?.n ?? 0,
    mergedFrom: merged.map((m) => m.id),
  };
}

/**
 * Id, name and kind of the entity an id names after merges, or null: the cheap lookup for a timeline's
 * header (one query unless the id was merged).
 */
export async function readEntityName(
  conn: ReadStore,
  id: string,
): Promise<{ id: string; name: string; kind: string } | null> {
  const row = await conn.get<{ id: string; name: string; kind: string; mergedIntoId: string | null }>(
    'SELECT id, name, kind, mergedIntoId FROM Entity WHERE id = @id',
    { id },
  );
  if (!row) return null;
  if (row.mergedIntoId !== null) {
    const resolved = await resolveEntityId(conn, row.mergedIntoId);
    if (resolved === null) return null;
    return (
      (await conn.get<{ id: string; name: string; kind: string }>(
        'SELECT id, name, kind FROM Entity WHERE id = @id',
        {
          id: resolved,
        },
      )) ?? null
    );
  }
  return { id: row.id, name: row.name, kind: row.kind };
}
