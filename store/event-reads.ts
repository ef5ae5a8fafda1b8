import type { EventView } from './event-views.js';
import { decodeCursor, encodeCursor } from './cursor.js';
import { isoFromDb, isoToDb, type ReadConnection, type SqlValue } from './read-connection.js';

/** Sources included per event in list answers; GET /v1/events/:id has them all. */
export const LIST_SOURCES_PER_EVENT = 10;

/** Filters shared by the events list and entity timelines. */
export interface EventFilter {
  /** Events the entity is subject of or involved in (a timeline). */
  entity?: string | undefined;
  /** Events the entity is the subject of. */
  subject?: string | undefined;
  types?: readonly string[] | undefined;
  /** First reported at or after. */
  from?: Date | undefined;
  /** First reported before. */
  to?: Date | undefined;
  /** Reported in this language by at least one source. */
  lang?: string | undefined;
  minSources?: number | undefined;
}

export interface EventPage {
  items: EventView[];
  nextCursor: string | null;
}

interface EventRow {
  id: number;
  type: string;
  subjectId: string;
  subjectName: string;
  subjectKind: string;
  dateValue: string | null;
  datePrecision: string;
  reason: string | null;
  confidence: number;
  firstReportedAt: string;
  lastReportedAt: string;
  sourceCount: number;
  languages: string;
}

interface RelatedRow {
  eventId: number;
  id: string;
  name: string;
  role: string;
}

interface SourceRow {
  eventId: number;
  articleId: number;
  url: string;
  title: string;
  sourceId: string | null;
  language: string | null;
  evidence: string;
  reportedAt: string;
}

const EVENT_COLUMNS = `e.id, e.type, e.subjectId, s.name AS subjectName, s.kind AS subjectKind, e.dateValue,
  e.datePrecision, e.reason, e.confidence, e.firstReportedAt, e.lastReportedAt, e.sourceCount, e.languages`;

function whereClause(filter: EventFilter): { sql: string; params: Record<string, SqlValue> } {
  const parts = ['e.hidden = 0'];
  const params: Record<string, SqlValue> = {};
  if (filter.entity !== undefined) {
    parts.push(`e.id IN (SELECT id FROM Event WHERE subjectId = @entity
      UNION SELECT eventId FROM EventEntity WHERE entityId = @entity)`);
    params.entity = filter.entity;
  }
  if (filter.subject !== undefined) {
    parts.push('e.subjectId = @subject');
    params.subject = filter.subject;
  }
  if (filter.types && filter.types.length > 0) {
    parts.push('e.type IN (SELECT value FROM json_each(@types))');
    params.types = JSON.stringify(filter.types);
  }
  if (filter.from) {
    parts.push('e.firstReportedAt >= @from');
    params.from = isoToDb(filter.from);
  }
  if (filter.to) {
    parts.push('e.firstReportedAt < @to');
    params.to = isoToDb(filter.to);
  }
  if (filter.lang !== undefined) {
    parts.push(`(',' || e.languages || ',') LIKE @lang`);
    params.lang = `%,${filter.lang},%`;
  }
  if (filter.minSources !== undefined) {
    parts.push('e.sourceCount >= @minSources');
    params.minSources = filter.minSources;
  }
  return { sql: parts.join(' AND '), params };
}

/** Turns event rows into views with their related entities and (up to `sourcesPerEvent`) sources. */
function hydrate(
  conn: ReadConnection,
  rows: readonly EventRow[],
  sourcesPerEvent: number | null,
): EventView[] {
  if (rows.length === 0) return [];
  const ids = JSON.stringify(rows.map((r) => r.id));
  const related = conn.all<RelatedRow>(
    `SELECT ee.eventId, en.id, en.name, ee.role FROM EventEntity ee JOIN Entity en ON en.id = ee.entityId
     WHERE ee.eventId IN (SELECT value FROM json_each(@ids)) ORDER BY ee.eventId, ee.role, en.id`,
    { ids },
  );
  const sources =
    sourcesPerEvent === null
      ? conn.all<SourceRow>(
          `SELECT es.eventId, a.id AS articleId, a.url, a.title, a.sourceId, es.language, es.evidence, es.reportedAt
           FROM EventSource es JOIN Article a ON a.id = es.articleId
           WHERE es.eventId IN (SELECT value FROM json_each(@ids)) ORDER BY es.eventId, es.reportedAt, es.id`,
          { ids },
        )
      : conn.all<SourceRow>(
          `SELECT * FROM (
             SELECT es.eventId, a.id AS articleId, a.url, a.title, a.sourceId, es.language, es.evidence,
               es.reportedAt, ROW_NUMBER() OVER (PARTITION BY es.eventId ORDER BY es.reportedAt, es.id) AS n
             FROM EventSource es JOIN Article a ON a.id = es.articleId
             WHERE es.eventId IN (SELECT value FROM json_each(@ids))
           ) WHERE n <= @limit ORDER BY eventId, n`,
          { ids, limit: sourcesPerEvent },
        );
  const relatedBy = groupBy(related, (r) => r.eventId);
  const sourcesBy = groupBy(sources, (s) => s.eventId);
  return rows.map((row) => ({
    id: row.id,
    type: row.type,
    subject: { id: row.subjectId, name: row.subjectName, kind: row.subjectKind },
    related: (relatedBy.get(row.id) ?? []).map((r) => ({ id: r.id, name: r.name, role: r.role })),
    date: row.dateValue ? { value: row.dateValue, precision: row.datePrecision } : null,
    reason: row.reason,
    confidence: row.confidence,
    firstReportedAt: isoFromDb(row.firstReportedAt),
    lastReportedAt: isoFromDb(row.lastReportedAt),
    sourceCount: row.sourceCount,
    languages: row.languages ? row.languages.split(',') : [],
    sources: (sourcesBy.get(row.id) ?? []).map((s) => ({
      articleId: s.articleId,
      url: s.url,
      title: s.title,
      source: s.sourceId,
      language: s.language,
      evidence: s.evidence,
      reportedAt: isoFromDb(s.reportedAt),
    })),
  }));
}

function groupBy<T>(items: readonly T[], key: (item: T) => number): Map<number, T[]> {
  const map = new Map<number, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = map.get(k);
    if (list) list.push(item);
    else map.set(k, [item]);
  }
  return map;
}

/**
 * One page of visible events matching `filter`, ordered by first report (then id, so the order is
 * stable): `asc` for timelines, `desc` for "latest first" lists. Each event carries its related
 * entities and its first {@link LIST_SOURCES_PER_EVENT} sources (`sourceCount` has the total).
 */
export function readEventPage(
  conn: ReadConnection,
  filter: EventFilter,
  page: { limit: number; cursor?: string | undefined; order: 'asc' | 'desc' },
): EventPage {
  const { sql, params } = whereClause(filter);
  const op = page.order === 'asc' ? '>' : '<';
  let keyset = '';
  if (page.cursor !== undefined) {
    const [at, id] = decodeCursor(page.cursor, ['s', 'n']);
    keyset = ` AND (e.firstReportedAt ${op} @cAt OR (e.firstReportedAt = @cAt AND e.id ${op} @cId))`;
    params.cAt = at ?? null;
    params.cId = id ?? null;
  }
  const dir = page.order === 'asc' ? 'ASC' : 'DESC';
  const rows = conn.all<EventRow>(
    `SELECT ${EVENT_COLUMNS} FROM Event e JOIN Entity s ON s.id = e.subjectId
     WHERE ${sql}${keyset} ORDER BY e.firstReportedAt ${dir}, e.id ${dir} LIMIT @take`,
    { ...params, take: page.limit + 1 },
  );
  const pageRows = rows.slice(0, page.limit);
  const last = pageRows[pageRows.length - 1];
  return {
    items: hydrate(conn, pageRows, LIST_SOURCES_PER_EVENT),
    nextCursor: rows.length > page.limit && last ? encodeCursor([last.firstReportedAt, last.id]) : null,
  };
}

/** One visible event with every source, or null when there is none with that id or it is hidden. */
export function readEvent(conn: ReadConnection, id: number): EventView | null {
  const row = conn.get<EventRow>(
    `SELECT ${EVENT_COLUMNS} FROM Event e JOIN Entity s ON s.id = e.subjectId WHERE e.id = @id AND e.hidden = 0`,
    { id },
  );
  return row ? (hydrate(conn, [row], null)[0] ?? null) : null;
}

/** Views of the given events (in the given order), each with up to `sourcesPerEvent` sources. */
export function readEventsById(
  conn: ReadConnection,
  ids: readonly number[],
  sourcesPerEvent: number | null = LIST_SOURCES_PER_EVENT,
): EventView[] {
  if (ids.length === 0) return [];
  const rows = conn.all<EventRow>(
    `SELECT ${EVENT_COLUMNS} FROM Event e JOIN Entity s ON s.id = e.subjectId
     WHERE e.id IN (SELECT value FROM json_each(@ids)) AND e.hidden = 0`,
    { ids: JSON.stringify(ids) },
  );
  const byId = new Map(rows.map((r) => [r.id, r]));
  const ordered = ids.map((id) => byId.get(id)).filter((r): r is EventRow => r !== undefined);
  return hydrate(conn, ordered, sourcesPerEvent);
}
