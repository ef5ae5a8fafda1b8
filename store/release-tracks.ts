import type { Db } from './database.js';
import { deriveReleaseTrack, type TrackerEvent } from './release-tracker.js';
import { storedDate } from './event-clustering.js';
import { asDate, list, Prisma, sqlOf, type SqlRunner } from './sql-runner.js';

/** A Prisma client or an interactive transaction: the tracker is rewritten inside the caller's writes. */
export type DbOrTx = Db | Parameters<Parameters<Db['$transaction']>[0]>[0];

/** Entity kinds the release tracker follows. */
export const TRACKED_KINDS: readonly string[] = ['model', 'chip'];

/** A visible event of a tracked entity as the refresh reads it. */
type TrackedEventRow = Parameters<typeof trackerEventOf>[0] & { subjectId: string };

/**
 * Rewrites the stored release-tracker rows of the given entities from their visible events (see
 * {@link deriveReleaseTrack}); a model or chip without visible events, and any other kind, has no row.
 * Called after every change to events (saving an article, hiding an event, merging entities). The
 * events of all the entities are read in one indexed query, so a save costs three statements here
 * however many subjects it touched. `sql` runs them (save-article passes its transaction's runner).
 */
export async function refreshReleaseTracks(
  db: DbOrTx,
  entityIds: Iterable<string>,
  sql: SqlRunner = sqlOf(db),
): Promise<void> {
  const ids = [...new Set(entityIds)];
  if (ids.length === 0) return;
  const entities = await sql.rows<{ id: string }>(Prisma.sql`SELECT "id" FROM "Entity"
    WHERE "id" IN (${list(ids)}) AND "kind" IN (${list(TRACKED_KINDS)}) AND "mergedIntoId" IS NULL`);
  const tracked = new Set(entities.map((e) => e.id));
  const rows =
    tracked.size === 0
      ? []
      : await sql.rows<TrackedEventRow>(Prisma.sql`SELECT "subjectId", "id", "type", "dateValue",
          "datePrecision", "reason", "confidence", "firstReportedAt", "lastReportedAt" FROM "Event"
          WHERE "subjectId" IN (${list([...tracked])}) AND "hidden" = ${false}`);
  const eventsOf = new Map<string, TrackedEventRow[]>();
  for (const row of rows) eventsOf.set(row.subjectId, [...(eventsOf.get(row.subjectId) ?? []), row]);
  const without = ids.filter((id) => !eventsOf.has(id));
  if (without.length > 0)
    await sql.run(Prisma.sql`DELETE FROM "ReleaseTrack" WHERE "entityId" IN (${list(without)})`);
  const now = new Date();
  for (const [entityId, events] of eventsOf) {
    const state = deriveReleaseTrack(events.map(trackerEventOf));
    await sql.run(Prisma.sql`INSERT INTO "ReleaseTrack" ("entityId", "status", "expectedDate",
        "expectedPrecision", "releasedDate", "lastReportedAt", "updatedAt")
      VALUES (${entityId}, ${state.status}, ${state.expected?.value ?? null}, ${state.expected?.precision ?? null},
        ${state.released?.value ?? null}, ${state.lastReportedAt ?? new Date(0)}, ${now})
      ON CONFLICT ("entityId") DO UPDATE SET "status" = excluded."status",
        "expectedDate" = excluded."expectedDate", "expectedPrecision" = excluded."expectedPrecision",
        "releasedDate" = excluded."releasedDate", "lastReportedAt" = excluded."lastReportedAt",
        "updatedAt" = excluded."updatedAt"`);
  }
}

/** A stored event row as the tracker reads it. */
export function trackerEventOf(row: {
  id: number;
  type: string;
  dateValue: string | null;
  datePrecision: string;
  reason: string | null;
  confidence: number;
  /** A Date, or the ISO text a raw SQLite read returns. */
  firstReportedAt: Date | string;
  lastReportedAt: Date | string;
}): TrackerEvent {
  return {
    id: row.id,
    type: row.type,
    date: storedDate(row.dateValue, row.datePrecision),
    reason: row.reason,
    confidence: row.confidence,
    firstReportedAt: asDate(row.firstReportedAt),
    lastReportedAt: asDate(row.lastReportedAt),
  };
}

/** Rebuilds every tracker row; used once after the migration that introduced the tracker. */
export async function rebuildReleaseTracks(db: Db): Promise<void> {
  const subjects = await db.event.findMany({ distinct: ['subjectId'], select: { subjectId: true } });
  await refreshReleaseTracks(
    db,
    subjects.map((s) => s.subjectId),
  );
}
