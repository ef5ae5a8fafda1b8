import type { EventDate } from '../nlp/types.js';
import { decodeCursor, encodeCursor } from './cursor.js';
import { readEventsById } from './event-reads.js';
import type { EventView } from './event-views.js';
import { isoFromDb, type SqlValue } from './read-connection.js';
import type { ReadStore } from './read-store.js';
import { deriveReleaseTrack, TRACKER_EVENT_TYPES, type ReleaseStatus } from './release-tracker.js';
import { storedDate } from './event-clustering.js';

/** One step of a release history with the sources that reported it. */
export interface ReleaseStepView {
  status: Exclude<ReleaseStatus, 'announced'>;
  eventId: number;
  eventType: string;
  reportedAt: string;
  /** Expected date (planned, delayed) or release date (released). */
  date: EventDate | null;
  reason: string | null;
  sourceCount: number;
  sources: EventView['sources'];
}

/** A model's or chip's place in the release tracker. */
export interface ReleaseView {
  entity: { id: string; name: string; kind: string; developer: string | null };
  status: ReleaseStatus;
  expected: EventDate | null;
  released: EventDate | null;
  lastReportedAt: string;
  history: ReleaseStepView[];
}

interface TrackRow {
  entityId: string;
  name: string;
  kind: string;
  developerId: string | null;
  status: string;
  lastReportedAt: string;
}

interface TrackerEventRow {
  id: number;
  subjectId: string;
  type: string;
  dateValue: string | null;
  datePrecision: string;
  reason: string | null;
  confidence: number;
  firstReportedAt: string;
  lastReportedAt: string;
}

async function hydrate(conn: ReadStore, rows: readonly TrackRow[]): Promise<ReleaseView[]> {
  if (rows.length === 0) return [];
  const events = await conn.all<TrackerEventRow>(
    `SELECT id, subjectId, type, dateValue, datePrecision, reason, confidence, firstReportedAt, lastReportedAt
     FROM Event WHERE hidden = FALSE AND type IN (SELECT value FROM json_each(@types))
       AND subjectId IN (SELECT value FROM json_each(@ids))`,
    { types: JSON.stringify(TRACKER_EVENT_TYPES), ids: JSON.stringify(rows.map((r) => r.entityId)) },
  );
  const bySubject = new Map<string, TrackerEventRow[]>();
  for (const event of events)
    bySubject.set(event.subjectId, [...(bySubject.get(event.subjectId) ?? []), event]);
  const states = rows.map((row) =>
    deriveReleaseTrack(
      (bySubject.get(row.entityId) ?? []).map((e) => ({
        id: e.id,
        type: e.type,
        date: storedDate(e.dateValue, e.datePrecision),
        reason: e.reason,
        confidence: e.confidence,
        firstReportedAt: new Date(e.firstReportedAt),
        lastReportedAt: new Date(e.lastReportedAt),
      })),
    ),
  );
  const views = new Map(
    (
      await readEventsById(
        conn,
        states.flatMap((s) => s.history.map((step) => step.eventId)),
      )
    ).map((v) => [v.id, v]),
  );
  return rows.map((row, i) => {
    const state = states[i] ?? deriveReleaseTrack([]);
    return {
      entity: { id: row.entityId, name: row.name, kind: row.kind, developer: row.developerId },
      status: state.status,
      expected: state.expected,
      released: state.released,
      lastReportedAt: isoFromDb(row.lastReportedAt),
      history: state.history.map((step) => ({
        status: step.status,
        eventId: step.eventId,
        eventType: step.eventType,
        reportedAt: step.reportedAt.toISOString(),
        date: step.date,
        reason: step.reason,
        sourceCount: views.get(step.eventId)?.sourceCount ?? 0,
        sources: views.get(step.eventId)?.sources ?? [],
      })),
    };
  });
}

const TRACK_COLUMNS = `t.entityId, e.name, e.kind, e.developerId, t.status, t.lastReportedAt`;

/** The release tracker: models and chips with events, optionally of one status or kind, in entity-id order. */
export async function readReleasePage(
  conn: ReadStore,
  options: {
    status?: string | undefined;
    kind?: string | undefined;
    limit: number;
    cursor?: string | undefined;
  },
): Promise<{ items: ReleaseView[]; nextCursor: string | null }> {
  const parts = ['1 = 1'];
  const params: Record<string, SqlValue> = { take: options.limit + 1 };
  if (options.status) {
    parts.push('t.status = @status');
    params.status = options.status;
  }
  if (options.kind) {
    parts.push('e.kind = @kind');
    params.kind = options.kind;
  }
  if (options.cursor !== undefined) {
    const [after] = decodeCursor(options.cursor, ['s']);
    parts.push('t.entityId > @after');
    params.after = after ?? null;
  }
  const rows = await conn.all<TrackRow>(
    `SELECT ${TRACK_COLUMNS} FROM ReleaseTrack t JOIN Entity e ON e.id = t.entityId
     WHERE ${parts.join(' AND ')} ORDER BY t.entityId LIMIT @take`,
    params,
  );
  const page = rows.slice(0, options.limit);
  const last = page[page.length - 1];
  return {
    items: await hydrate(conn, page),
    nextCursor: rows.length > options.limit && last ? encodeCursor([last.entityId]) : null,
  };
}

/** The tracker entry of one (resolved) entity id, or null when it has none. */
export async function readRelease(conn: ReadStore, entityId: string): Promise<ReleaseView | null> {
  const row = await conn.get<TrackRow>(
    `SELECT ${TRACK_COLUMNS} FROM ReleaseTrack t JOIN Entity e ON e.id = t.entityId WHERE t.entityId = @id`,
    { id: entityId },
  );
  return row ? ((await hydrate(conn, [row]))[0] ?? null) : null;
}
