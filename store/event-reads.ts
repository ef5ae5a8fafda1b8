import type { EventView } from './event-views.js';
import { decodeCursor, encodeCursor } from './cursor.js';
import { isoFromDb, isoToDb, type ReadConnection, type SqlValue } from './read-connection.js';

/** Sources included per event in list answers; GET /v1/events/:id has them all. */
export const LIST_SOURCES_PER_EVENT = 5;

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

function whereClause(
  filter: EventFilter,
  timeColumn: string,
): { parts: string[]; params: Record<string, SqlValue> } {
  const parts = ['e.hidden = 0'];
  const params: Record<string, SqlValue> = {};
  if (filter.subject !== undefined) {
    parts.push('e.subjectId = @subject');
    params.subject = filter.subject;
  }
  if (filter.types && filter.types.length > 0) {
    parts.push('e.type IN (SELECT value FROM json_each(@types))');
    params.types = JSON.stringify(filter.types);
  }
  if (filter.from) {
    parts.push(`${timeColumn} >= @from`);
    params.from = isoToDb(filter.from);
  }
  if (filter.to) {
    parts.push(`${timeColumn} < @to`);
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
  return { parts, params };
}

type EventDetails = Pick<EventView, 'related' | 'sources'>;

/**
 * Views of the events with the given ids, in that order (ids with no visible event are left out), each
 * with its related entities and up to `sourcesPerEvent` sources (all when null).
 *
 * Views are memoised on the connection until the database changes (see {@link ReadConnection.memo})
 * and frozen (deeply), because reading and decoding them is most of a page's work while they change only when a
 * crawl or an editor writes: a timeline or list page then costs one index scan for its ids. Being frozen
 * also tells the API's serializer that a view's JSON can be reused.
 */
function eventViews(
  conn: ReadConnection,
  ids: readonly number[],
  sourcesPerEvent: number | null,
): EventView[] {
  if (ids.length === 0) return [];
  const memo = conn.memo();
  const keyOf = (id: number) => `event:${id}:${sourcesPerEvent ?? 'all'}`;
  const missing = ids.filter((id) => !memo.has(keyOf(id)));
  if (missing.length > 0) {
    const rows = conn.all<EventRow>(
      `SELECT ${EVENT_COLUMNS} FROM Event e JOIN Entity s ON s.id = e.subjectId
       WHERE e.id IN (SELECT value FROM json_each(@ids)) AND e.hidden = 0`,
      { ids: JSON.stringify(missing) },
    );
    const details = loadDetails(conn, rows, sourcesPerEvent);
    for (const id of missing) memo.set(keyOf(id), null);
    for (const row of rows) {
      const { related, sources } = details.get(row.id) ?? { related: [], sources: [] };
      const view: EventView = {
        id: row.id,
        type: row.type,
        subject: { id: row.subjectId, name: row.subjectName, kind: row.subjectKind },
        related,
        date: row.dateValue ? { value: row.dateValue, precision: row.datePrecision } : null,
        reason: row.reason,
        confidence: row.confidence,
        firstReportedAt: isoFromDb(row.firstReportedAt),
        lastReportedAt: isoFromDb(row.lastReportedAt),
        sourceCount: row.sourceCount,
        languages: row.languages ? row.languages.split(',') : [],
        sources,
      };
      memo.set(keyOf(row.id), deepFreeze(view));
    }
  }
  return ids.map((id) => memo.get(keyOf(id)) as EventView | null).filter((v): v is EventView => v !== null);
}

/** Freezes a view and everything in it: views are shared by every request until the database changes. */
function deepFreeze(view: EventView): EventView {
  const parts = [
    view.subject,
    view.date,
    view.languages,
    view.related,
    view.sources,
    ...view.related,
    ...view.sources,
  ];
  for (const part of parts) if (part) Object.freeze(part);
  return Object.freeze(view);
}

/** Related entities and sources of the given events, read with two queries. */
function loadDetails(
  conn: ReadConnection,
  rows: readonly EventRow[],
  sourcesPerEvent: number | null,
): Map<number, EventDetails> {
  if (rows.length === 0) return new Map();
  const ids = JSON.stringify(rows.map((r) => r.id));
  const related = conn.all<RelatedRow>(
    `SELECT ee.eventId, en.id, en.name, ee.role FROM EventEntity ee JOIN Entity en ON en.id = ee.entityId
     WHERE ee.eventId IN (SELECT value FROM json_each(@ids)) ORDER BY ee.eventId, ee.role, en.id`,
    { ids },
  );
  // One query for the sources in (event, report time) order through EventSource(eventId, reportedAt);
  // lists keep the first `sourcesPerEvent` of each event.
  const allSources = conn.all<SourceRow>(
    `SELECT es.eventId, a.id AS articleId, a.url, a.title, a.sourceId, es.language, es.evidence, es.reportedAt
     FROM EventSource es JOIN Article a ON a.id = es.articleId
     WHERE es.eventId IN (SELECT value FROM json_each(@ids)) ORDER BY es.eventId, es.reportedAt, es.id`,
    { ids },
  );
  const sources =
    sourcesPerEvent === null
      ? allSources
      : allSources.filter(
          (s, i) => i < sourcesPerEvent || allSources[i - sourcesPerEvent]?.eventId !== s.eventId,
        );
  const relatedBy = groupBy(related, (r) => r.eventId);
  const sourcesBy = groupBy(sources, (s) => s.eventId);
  return new Map(
    rows.map((row) => [
      row.id,
      {
        related: (relatedBy.get(row.id) ?? []).map((r) => ({ id: r.id, name: r.name, role: r.role })),
        sources: (sourcesBy.get(row.id) ?? []).map((s) => ({
          articleId: s.articleId,
          url: s.url,
          title: s.title,
          source: s.sourceId,
          language: s.language,
          evidence: s.evidence,
          reportedAt: isoFromDb(s.reportedAt),
        })),
      },
    ]),
  );
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

/** An event's place in a page: its id and the report time the page is ordered and paged by. */
interface PageKey {
  id: number;
  at: string;
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
  const op = page.order === 'asc' ? '>' : '<';
  const dir = page.order === 'asc' ? 'ASC' : 'DESC';
  const cursor = page.cursor === undefined ? null : decodeCursor(page.cursor, ['s', 'n']);
  const take = page.limit + 1;
  const keys = (
    from: string,
    timeColumn: string,
    idColumn: string,
    extra: string[],
    extraParams: Record<string, SqlValue>,
  ) => {
    const { parts, params } = whereClause(filter, timeColumn);
    if (cursor) {
      parts.push(`(${timeColumn} ${op} @cAt OR (${timeColumn} = @cAt AND ${idColumn} ${op} @cId))`);
      params.cAt = cursor[0] ?? null;
      params.cId = cursor[1] ?? null;
    }
    // DISTINCT: an entity can hold two roles in one event; the ordered index scan keeps it cheap.
    return conn.all<PageKey>(
      `SELECT DISTINCT ${idColumn} AS id, ${timeColumn} AS at FROM ${from}
       WHERE ${[...extra, ...parts].join(' AND ')}
       ORDER BY ${timeColumn} ${dir}, ${idColumn} ${dir} LIMIT @take`,
      { ...params, ...extraParams, take },
    );
  };
  let rows: PageKey[];
  if (filter.entity === undefined) {
    rows = keys('Event e', 'e.firstReportedAt', 'e.id', [], {});
  } else {
    // A timeline merges two ordered index scans: events the entity is the subject of, and events it is
    // involved in (EventEntity carries a copy of firstReportedAt for this); one row per event.
    const asSubject = keys('Event e', 'e.firstReportedAt', 'e.id', ['e.subjectId = @entity'], {
      entity: filter.entity,
    });
    const involved = keys(
      'EventEntity ee JOIN Event e ON e.id = ee.eventId',
      'ee.firstReportedAt',
      'ee.eventId',
      ['ee.entityId = @entity'],
      { entity: filter.entity },
    );
    const sign = page.order === 'asc' ? 1 : -1;
    const seen = new Set<number>();
    rows = [...asSubject, ...involved]
      .sort((a, b) => sign * (a.at < b.at ? -1 : a.at > b.at ? 1 : a.id - b.id))
      .filter((row) => !seen.has(row.id) && seen.add(row.id))
      .slice(0, take);
  }
  const pageRows = rows.slice(0, page.limit);
  const last = pageRows[pageRows.length - 1];
  return {
    items: eventViews(
      conn,
      pageRows.map((row) => row.id),
      LIST_SOURCES_PER_EVENT,
    ),
    nextCursor: rows.length > page.limit && last ? encodeCursor([last.at, last.id]) : null,
  };
}

/** One visible event with every source, or null when there is none with that id or it is hidden. */
export function readEvent(conn: ReadConnection, id: number): EventView | null {
  return eventViews(conn, [id], null)[0] ?? null;
}

/** Views of the given visible events (in the given order), each with up to `sourcesPerEvent` sources. */
export function readEventsById(
  conn: ReadConnection,
  ids: readonly number[],
  sourcesPerEvent: number | null = LIST_SOURCES_PER_EVENT,
): EventView[] {
  return eventViews(conn, ids, sourcesPerEvent);
}
