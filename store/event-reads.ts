import type { EventView } from './event-views.js';
import { decodeCursor, encodeCursor } from './cursor.js';
import { isoFromDb, isoToDb, type SqlValue } from './read-connection.js';
import type { ReadStore } from './read-store.js';

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

/** Event columns in select order (read as tuples: a cold page reads hundreds of rows). */
type EventRow = [
  id: number,
  type: string,
  subjectId: string,
  subjectName: string,
  subjectKind: string,
  dateValue: string | null,
  datePrecision: string,
  reason: string | null,
  confidence: number,
  firstReportedAt: string,
  lastReportedAt: string,
  sourceCount: number,
  languages: string,
];

type RelatedRow = [eventId: number, id: string, name: string, role: string];

type SourceRow = [
  eventId: number,
  articleId: number,
  url: string,
  title: string,
  sourceId: string | null,
  language: string | null,
  evidence: string,
  reportedAt: string,
];

/**
 * Conditions of `filter` on a table with the event columns (Event `e` or EventTimeline `t`), its
 * report time in `timeColumn`.
 */
function whereClause(
  filter: EventFilter,
  alias: 'e' | 't',
  timeColumn: string,
): { parts: string[]; params: Record<string, SqlValue> } {
  // `NOT hidden`, not `hidden = FALSE`: an equality on hidden lets SQLite's planner take the search's index
  // Event(type, hidden) for a type filter, read every event of the type and sort them all (6 ms against
  // 0.1 ms for an events page at 100,000 articles), where a page wants an index walked in its order.
  const parts = [`NOT ${alias}.hidden`];
  const params: Record<string, SqlValue> = {};
  if (filter.subject !== undefined) {
    parts.push(
      alias === 'e'
        ? 'e.subjectId = @subject'
        : 'EXISTS (SELECT 1 FROM Event s WHERE s.id = t.eventId AND s.subjectId = @subject)',
    );
    params.subject = filter.subject;
  }
  if (filter.types?.length === 1) {
    // One type as an equality: Event(type, firstReportedAt) is then walked in the page's order.
    parts.push(`${alias}.type = @type`);
    params.type = filter.types[0] ?? null;
  } else if (filter.types && filter.types.length > 0) {
    parts.push(`${alias}.type IN (SELECT value FROM json_each(@types))`);
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
    parts.push(`(',' || ${alias}.languages || ',') LIKE @lang`);
    params.lang = `%,${filter.lang},%`;
  }
  if (filter.minSources !== undefined) {
    parts.push(`${alias}.sourceCount >= @minSources`);
    params.minSources = filter.minSources;
  }
  return { parts, params };
}

/**
 * Views of the events with the given ids, in that order (ids with no visible event are left out), each
 * with its related entities and up to `sourcesPerEvent` sources (all when null).
 *
 * Views are memoised on the connection until a write changes their event (see {@link ReadStore.memo})
 * and frozen (deeply), because reading and decoding them is most of a page's work while they change only when a
 * crawl or an editor writes: a timeline or list page then costs one index scan for its ids. Being frozen
 * also tells the API's serializer that a view's JSON can be reused.
 */
export async function readEventsById(
  conn: ReadStore,
  ids: readonly number[],
  sourcesPerEvent: number | null = LIST_SOURCES_PER_EVENT,
): Promise<EventView[]> {
  if (ids.length === 0) return [];
  const memo = await conn.memo();
  const variant = String(sourcesPerEvent ?? 'all');
  // One memo entry per event (its key is the one writes log), holding a view per number of sources.
  const entries = new Map(
    ids.map((id) => [id, (memo.get(`event:${id}`) ?? {}) as Record<string, EventView | null>]),
  );
  const missing = ids.filter((id) => !(variant in (entries.get(id) ?? {})));
  if (missing.length > 0) {
    const rows = await conn.tuples<EventRow>(
      `SELECT e.id, e.type, e.subjectId, s.name, s.kind, e.dateValue, e.datePrecision, e.reason, e.confidence,
         e.firstReportedAt, e.lastReportedAt, e.sourceCount, e.languages
       FROM Event e JOIN Entity s ON s.id = e.subjectId
       WHERE e.id IN (SELECT value FROM json_each(@ids)) AND e.hidden = FALSE`,
      { ids: JSON.stringify(missing) },
    );
    const details = await loadDetails(
      conn,
      rows.map((row) => row[0]),
      sourcesPerEvent,
    );
    const views = new Map(rows.map((row) => [row[0], deepFreeze(toView(row, details))]));
    for (const id of missing) {
      const entry = { ...entries.get(id), [variant]: views.get(id) ?? null };
      entries.set(id, entry);
      memo.set(`event:${id}`, entry);
    }
  }
  return ids.map((id) => entries.get(id)?.[variant] ?? null).filter((v): v is EventView => v !== null);
}

function toView(row: EventRow, details: Awaited<ReturnType<typeof loadDetails>>): EventView {
  const [id, type, subjectId, subjectName, subjectKind, dateValue, datePrecision, reason, confidence] = row;
  return {
    id,
    type,
    subject: { id: subjectId, name: subjectName, kind: subjectKind },
    related: details.related.get(id) ?? [],
    date: dateValue ? { value: dateValue, precision: datePrecision } : null,
    reason,
    confidence,
    firstReportedAt: isoFromDb(row[9]),
    lastReportedAt: isoFromDb(row[10]),
    sourceCount: row[11],
    languages: row[12] ? row[12].split(',') : [],
    sources: details.sources.get(id) ?? [],
  };
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

/**
 * The first `perEvent` sources of each event in `@ids`, by report time, picked inside
 * EventSource(eventId, reportedAt) before the articles are joined, so an event reported by hundreds of
 * outlets costs a page no more than one reported by five. PostgreSQL has no `json_each` table and says it
 * with a lateral join.
 */
const FIRST_SOURCES: Record<ReadStore['dialect'], string> = {
  sqlite: `SELECT es.eventId, a.id, a.url, a.title, a.sourceId, es.language, es.evidence, es.reportedAt
    FROM json_each(@ids) j
    JOIN EventSource es ON es.id IN (SELECT x.id FROM EventSource x WHERE x.eventId = j.value
                                     ORDER BY x.reportedAt, x.id LIMIT @perEvent)
    JOIN Article a ON a.id = es.articleId
    ORDER BY es.eventId, es.reportedAt, es.id`,
  postgres: `SELECT es.eventId, a.id, a.url, a.title, a.sourceId, es.language, es.evidence, es.reportedAt
    FROM json_array_elements_text(CAST(@ids AS json)) AS j(value)
    CROSS JOIN LATERAL (SELECT x.* FROM EventSource x WHERE x.eventId = CAST(j.value AS integer)
                        ORDER BY x.reportedAt, x.id LIMIT @perEvent) es
    JOIN Article a ON a.id = es.articleId
    ORDER BY es.eventId, es.reportedAt, es.id`,
};

/**
 * Related entities and sources (the first `sourcesPerEvent` of each by report time, or all) of the
 * given events, read with two queries.
 */
async function loadDetails(
  conn: ReadStore,
  eventIds: readonly number[],
  sourcesPerEvent: number | null,
): Promise<{ related: Map<number, EventView['related']>; sources: Map<number, EventView['sources']> }> {
  const related = new Map<number, EventView['related']>();
  const sources = new Map<number, EventView['sources']>();
  if (eventIds.length === 0) return { related, sources };
  const ids = JSON.stringify(eventIds);
  const relatedRows = await conn.tuples<RelatedRow>(
    `SELECT ee.eventId, en.id, en.name, ee.role FROM EventEntity ee JOIN Entity en ON en.id = ee.entityId
     WHERE ee.eventId IN (SELECT value FROM json_each(@ids)) ORDER BY ee.eventId, ee.role, en.id`,
    { ids },
  );
  for (const [eventId, id, name, role] of relatedRows) push(related, eventId, { id, name, role });
  const sourceRows =
    sourcesPerEvent === null
      ? await conn.tuples<SourceRow>(
          `SELECT es.eventId, a.id, a.url, a.title, a.sourceId, es.language, es.evidence, es.reportedAt
           FROM EventSource es JOIN Article a ON a.id = es.articleId
           WHERE es.eventId IN (SELECT value FROM json_each(@ids)) ORDER BY es.eventId, es.reportedAt, es.id`,
          { ids },
        )
      : await conn.tuples<SourceRow>(FIRST_SOURCES[conn.dialect], { ids, perEvent: sourcesPerEvent });
  for (const [eventId, articleId, url, title, source, language, evidence, reportedAt] of sourceRows)
    push(sources, eventId, {
      articleId,
      url,
      title,
      source,
      language,
      evidence,
      reportedAt: isoFromDb(reportedAt),
    });
  return { related, sources };
}

function push<T>(map: Map<number, T[]>, key: number, item: T): void {
  const list = map.get(key);
  if (list) list.push(item);
  else map.set(key, [item]);
}

/** An event's place in a page: its id and the report time the page is ordered and paged by. */
interface PageKey {
  id: number;
  at: string;
}

/** How a page is asked for: its size, the cursor of the previous page, and the order of first reports. */
export interface PageRequest {
  limit: number;
  cursor?: string | undefined;
  order: 'asc' | 'desc';
}

/**
 * The query behind {@link readEventPage}: ids and first-report times of the visible events matching
 * `filter`, one more than the page holds (so the caller knows whether another page follows). Events are
 * read from Event; a timeline from EventTimeline, which has a row per entity and event it appears in (as
 * subject or in any role), kept by triggers: its page is one range scan in (entity, first report, event)
 * order, every filter checked in place. Pure, so a test can check the query plan SQLite picks for it.
 */
export function eventPageQuery(
  filter: EventFilter,
  page: PageRequest,
): { sql: string; params: Record<string, SqlValue> } {
  const op = page.order === 'asc' ? '>' : '<';
  const dir = page.order === 'asc' ? 'ASC' : 'DESC';
  const cursor = page.cursor === undefined ? null : decodeCursor(page.cursor, ['s', 'n']);
  const [from, alias, timeColumn, idColumn] =
    filter.entity === undefined
      ? (['Event e', 'e', 'e.firstReportedAt', 'e.id'] as const)
      : (['EventTimeline t', 't', 't.firstReportedAt', 't.eventId'] as const);
  const { parts, params } = whereClause(filter, alias, timeColumn);
  if (filter.entity !== undefined) {
    parts.unshift('t.entityId = @entity');
    params.entity = filter.entity;
  }
  if (cursor) {
    parts.push(`(${timeColumn} ${op} @cAt OR (${timeColumn} = @cAt AND ${idColumn} ${op} @cId))`);
    params.cAt = cursor[0] ?? null;
    params.cId = cursor[1] ?? null;
  }
  return {
    sql: `SELECT ${idColumn} AS id, ${timeColumn} AS at FROM ${from} WHERE ${parts.join(' AND ')}
     ORDER BY ${timeColumn} ${dir}, ${idColumn} ${dir} LIMIT @take`,
    params: { ...params, take: page.limit + 1 },
  };
}

/**
 * One page of visible events matching `filter`, ordered by first report (then id, so the order is
 * stable): `asc` for timelines, `desc` for "latest first" lists. Each event carries its related
 * entities and its first {@link LIST_SOURCES_PER_EVENT} sources (`sourceCount` has the total).
 */
export async function readEventPage(
  conn: ReadStore,
  filter: EventFilter,
  page: PageRequest,
): Promise<EventPage> {
  const { sql, params } = eventPageQuery(filter, page);
  const rows = await conn.all<PageKey>(sql, params);
  const pageRows = rows.slice(0, page.limit);
  const last = pageRows[pageRows.length - 1];
  return {
    items: await readEventsById(
      conn,
      pageRows.map((row) => row.id),
      LIST_SOURCES_PER_EVENT,
    ),
    nextCursor: rows.length > page.limit && last ? encodeCursor([last.at, last.id]) : null,
  };
}

/** One visible event with every source, or null when there is none with that id or it is hidden. */
export async function readEvent(conn: ReadStore, id: number): Promise<EventView | null> {
  return (await readEventsById(conn, [id], null))[0] ?? null;
}
