import type { Db } from './database.js';
import { deriveReleaseTrack, type TrackerEvent } from './release-tracker.js';
import { storedDate } from './event-clustering.js';

/** A Prisma client or an interactive transaction: the tracker is rewritten inside the caller's writes. */
export type DbOrTx = Db | Parameters<Parameters<Db['$transaction']>[0]>[0];

/** Entity kinds the release tracker follows. */
export const TRACKED_KINDS: readonly string[] = ['model', 'chip'];

/**
 * Rewrites the stored release-tracker rows of the given entities from their visible events (see
 * {@link deriveReleaseTrack}); a model or chip without visible events, and any other kind, has no row.
 * Called after every change to events (saving an article, hiding an event, merging entities).
 */
export async function refreshReleaseTracks(db: DbOrTx, entityIds: Iterable<string>): Promise<void> {
  const ids = [...new Set(entityIds)];
  if (ids.length === 0) return;
  const entities = await db.entity.findMany({
    where: { id: { in: ids }, kind: { in: [...TRACKED_KINDS] }, mergedIntoId: null },
    select: { id: true },
  });
  const tracked = new Set(entities.map((e) => e.id));
  const untracked = ids.filter((id) => !tracked.has(id));
  if (untracked.length > 0) await db.releaseTrack.deleteMany({ where: { entityId: { in: untracked } } });
  for (const entityId of tracked) {
    const rows = await db.event.findMany({
      where: { subjectId: entityId, hidden: false },
      select: {
        id: true,
        type: true,
        dateValue: true,
        datePrecision: true,
        reason: true,
        confidence: true,
        firstReportedAt: true,
        lastReportedAt: true,
      },
    });
    if (rows.length === 0) {
      await db.releaseTrack.deleteMany({ where: { entityId } });
      continue;
    }
    const state = deriveReleaseTrack(rows.map(trackerEventOf));
    const data = {
      status: state.status,
      expectedDate: state.expected?.value ?? null,
      expectedPrecision: state.expected?.precision ?? null,
      releasedDate: state.released?.value ?? null,
      lastReportedAt: state.lastReportedAt ?? new Date(0),
    };
    await db.releaseTrack.upsert({ where: { entityId }, create: { entityId, ...data }, update: data });
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
  firstReportedAt: Date;
  lastReportedAt: Date;
}): TrackerEvent {
  return {
    id: row.id,
    type: row.type,
    date: storedDate(row.dateValue, row.datePrecision),
    reason: row.reason,
    confidence: row.confidence,
    firstReportedAt: row.firstReportedAt,
    lastReportedAt: row.lastReportedAt,
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
