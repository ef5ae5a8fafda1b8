import { decodeCursor, encodeCursor } from './cursor.js';
import type { ReadConnection, SqlValue } from './read-connection.js';

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

function aliasesOf(conn: ReadConnection, rows: readonly EntityRow[]): Map<string, string[]> {
  const aliases = conn.all<{ entityId: string; alias: string }>(
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
export function readEntityPage(
  conn: ReadConnection,
  options: EntityPageOptions,
): { items: EntitySummary[]; nextCursor: string | null } {
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
  const rows = conn.all<EntityRow>(
    `SELECT e.id, e.kind, e.name, e.developerId, e.candidate, e.mentionCount, e.family FROM Entity e
     WHERE ${parts.join(' AND ')} ORDER BY e.id LIMIT @take`,
    params,
  );
  const page = rows.slice(0, options.limit);
  const aliases = aliasesOf(conn, page);
  const last = page[page.length - 1];
  return {
    items: page.map((row) => toSummary(row, aliases.get(row.id) ?? [])),
    nextCursor: rows.length > options.limit && last ? encodeCursor([last.id]) : null,
  };
}

/** The entity an id names after merges (an id merged into another resolves to that one), or null. */
export function resolveEntityId(conn: ReadConnection, id: string): string | null {
  let current = id;
  for (let hop = 0; hop < 5; hop++) {
    const row = conn.get<{ mergedIntoId: string | null }>('SELECT mergedIntoId FROM Entity WHERE id = @id', {
      id: current,
    });
    if (!row) return null;
    if (row.mergedIntoId === null) return current;
    current = row.mergedIntoId;
  }
  return current;
}

/** One entity with aliases, counts and merge history; `id` may be a merged id. Null when unknown. */
export function readEntity(conn: ReadConnection, id: string): EntityDetail | null {
  const resolved = resolveEntityId(conn, id);
  if (resolved === null) return null;
  const row = conn.get<EntityRow>(
    'SELECT id, kind, name, developerId, candidate, mentionCount, family FROM Entity WHERE id = @id',
    { id: resolved },
  );
  if (!row) return null;
  const events = conn.get<{ n: number }>(
    'SELECT COUNT(*) AS n FROM Event WHERE subjectId = @id AND hidden = 0',
    {
      id: resolved,
    },
  );
  const merged = conn.all<{ id: string }>('SELECT id FROM Entity WHERE mergedIntoId = @id ORDER BY id', {
    id: resolved,
  });
  return {
    ...toSummary(row, aliasesOf(conn, [row]).get(row.id) ?? []),
    family: row.family,
    events: events?.n ?? 0,
    mergedFrom: merged.map((m) => m.id),
  };
}

/**
 * Id, name and kind of the entity an id names after merges, or null: the cheap lookup for a timeline's
 * header (one query unless the id was merged).
 */
export function readEntityName(
  conn: ReadConnection,
  id: string,
): { id: string; name: string; kind: string } | null {
  const row = conn.get<{ id: string; name: string; kind: string; mergedIntoId: string | null }>(
    'SELECT id, name, kind, mergedIntoId FROM Entity WHERE id = @id',
    { id },
  );
  if (!row) return null;
  if (row.mergedIntoId !== null) {
    const resolved = resolveEntityId(conn, row.mergedIntoId);
    if (resolved === null) return null;
    return (
      conn.get<{ id: string; name: string; kind: string }>(
        'SELECT id, name, kind FROM Entity WHERE id = @id',
        {
          id: resolved,
        },
      ) ?? null
    );
  }
  return { id: row.id, name: row.name, kind: row.kind };
}
