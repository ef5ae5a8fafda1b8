import type { Db } from './database.js';

export interface EntitySummary {
  id: string;
  kind: string;
  name: string;
  developer: string | null;
  candidate: boolean;
  aliases: string[];
  mentions: number;
}

/**
 * Entities matching an optional name/alias substring and kind, most mentioned first, so the entities
 * the news talks about lead the list.
 */
export async function listEntities(
  db: Db,
  options: { q?: string | undefined; kind?: string | undefined; limit: number },
): Promise<EntitySummary[]> {
  const q = options.q?.trim().toLowerCase();
  const rows = await db.entity.findMany({
    where: {
      ...(options.kind ? { kind: options.kind } : {}),
      ...(q ? { OR: [{ id: { contains: q } }, { aliases: { some: { key: { contains: q } } } }] } : {}),
    },
    include: { aliases: { select: { alias: true } }, _count: { select: { mentions: true } } },
  });
  return rows
    .map((row) => ({
      id: row.id,
      kind: row.kind,
      name: row.name,
      developer: row.developerId,
      candidate: row.candidate,
      aliases: row.aliases.map((a) => a.alias).filter((alias) => alias !== row.name),
      mentions: row._count.mentions,
    }))
    .sort((a, b) => b.mentions - a.mentions || a.id.localeCompare(b.id))
    .slice(0, options.limit);
}
