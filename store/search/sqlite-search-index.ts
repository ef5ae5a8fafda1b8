import { UserError } from '../../core/errors.js';
import { parseQuery } from './query-parser.js';
import { DEFAULT_QUERY_LANGUAGES, planQuery, type EntityLookup, type QueryPlan } from './query-plan.js';
import { RANKING } from './ranking.js';
import { buildSnippet } from './snippet.js';
import { decodeCursor, encodeCursor } from '../cursor.js';
import { resolveEntityId } from '../entity-reads.js';
import { isoFromDb, isoToDb, type ReadConnection, type SqlValue } from '../read-connection.js';
import { entityToken } from './search-documents.js';
import {
  FACET_NAMES,
  type FacetCount,
  type FacetName,
  type SearchHit,
  type SearchIndex,
  type SearchRequest,
  type SearchResult,
} from './search-index.js';

/** Entities listed in the entity facet, most frequent first. */
const ENTITY_FACET_SIZE = 20;

const MS_PER_DAY = 86_400_000;
/** Julian day of the Unix epoch: SQLite's julianday() of an instant is this plus days since 1970. */
const UNIX_EPOCH_JULIAN_DAY = 2_440_587.5;

/** The SQL pieces of one search: the hits CTE and its parameters. */
interface CompiledSearch {
  cte: string;
  params: Record<string, SqlValue>;
}

function entityLookup(reads: ReadConnection): EntityLookup {
  return {
    entitiesNamed: (key) =>
      reads
        .all<{ id: string }>(
          `SELECT DISTINCT COALESCE(e.mergedIntoId, e.id) AS id FROM Entity e
           WHERE e.id IN (SELECT entityId FROM EntityAlias WHERE key = @key) OR e.id = @key OR lower(e.name) = @key`,
          { key },
        )
        .map((row) => row.id),
    resolveEntity: (id) => resolveEntityId(reads, id),
  };
}

/** Conditions on the article row `a`, from the request's filters and the query's type:/lang:/source:. */
function articleConditions(
  request: SearchRequest,
  plan: QueryPlan,
): { sql: string[]; params: Record<string, SqlValue> } {
  const sql: string[] = [];
  const params: Record<string, SqlValue> = {};
  const reported = 'COALESCE(a.publishedAt, a.fetchedAt)';
  const column = {
    lang: (p: string) => `a.language = ${p}`,
    source: (p: string) => `a.sourceId = ${p}`,
    category: (p: string) => `EXISTS (SELECT 1 FROM Source s WHERE s.id = a.sourceId AND s.category = ${p})`,
    kind: (p: string) =>
      `EXISTS (SELECT 1 FROM Mention m JOIN Entity e ON e.id = m.entityId WHERE m.articleId = a.id AND e.kind = ${p})`,
    type: (p: string) =>
      `EXISTS (SELECT 1 FROM EventSource es JOIN Event e ON e.id = es.eventId
               WHERE es.articleId = a.id AND e.type = ${p} AND e.hidden = 0)`,
  } as const;
  const add = (field: keyof typeof column, value: string | undefined, exclude = false) => {
    if (value === undefined) return;
    const name = `f${String(sql.length)}`;
    params[name] = value;
    const condition = column[field](`@${name}`);
    sql.push(exclude ? `NOT COALESCE(${condition}, 0)` : condition);
  };
  add('lang', request.lang);
  add('source', request.source);
  add('category', request.category);
  add('kind', request.kind);
  add('type', request.type);
  for (const filter of plan.filters) add(filter.field, filter.value, filter.exclude);
  if (request.from) {
    sql.push(`${reported} >= @from`);
    params.from = isoToDb(request.from);
  }
  if (request.to) {
    sql.push(`${reported} < @to`);
    params.to = isoToDb(request.to);
  }
  return { sql, params };
}

/** The hits CTE: every matching article with its score and date key, filters applied. */
function compile(request: SearchRequest, plan: QueryPlan, anchorMs: number): CompiledSearch {
  const { title, body, entities } = RANKING.columnWeights;
  const { weight, scaleDays } = RANKING.recency;
  const conditions = articleConditions(request, plan);
  const match =
    request.entity === undefined ? plan.match : `${plan.match} AND "${entityToken(request.entity)}"`;
  const reported = 'COALESCE(a.publishedAt, a.fetchedAt)';
  const cte = `WITH hits AS (
    SELECT a.id AS id, a.language AS language, a.sourceId AS sourceId, ${reported} AS reported,
      -bm25(SearchDocumentFts, ${String(title)}, ${String(body)}, ${String(entities)})
        * (1 + ${String(weight)} / (1 + max(0, @nowJd - julianday(${reported})) / ${String(scaleDays)})) AS score
    FROM SearchDocumentFts JOIN Article a ON a.id = SearchDocumentFts.rowid
    WHERE SearchDocumentFts MATCH @match${conditions.sql.map((c) => `\n      AND ${c}`).join('')}
  )`;
  return {
    cte,
    params: { ...conditions.params, match, nowJd: UNIX_EPOCH_JULIAN_DAY + anchorMs / MS_PER_DAY },
  };
}

/** The page's ids in order, and the cursor after them. */
function readPage(
  reads: ReadConnection,
  compiled: CompiledSearch,
  request: SearchRequest,
  after: (string | number)[] | null,
  anchorMs: number,
): { rows: { id: number; score: number; reported: string }[]; nextCursor: string | null } {
  const byDate = request.sort === 'date';
  const params: Record<string, SqlValue> = { ...compiled.params, take: request.limit + 1 };
  let keyset = '';
  if (after) {
    keyset = byDate
      ? 'WHERE reported < @afterKey OR (reported = @afterKey AND id < @afterId)'
      : 'WHERE score < @afterKey OR (score = @afterKey AND id < @afterId)';
    params.afterKey = byDate ? String(after[1]) : Number(after[1]);
    params.afterId = Number(after[2]);
  }
  const order = byDate ? 'reported DESC, id DESC' : 'score DESC, id DESC';
  const rows = reads.all<{ id: number; score: number; reported: string }>(
    `${compiled.cte} SELECT id, score, reported FROM hits ${keyset} ORDER BY ${order} LIMIT @take`,
    params,
  );
  const more = rows.length > request.limit;
  const page = rows.slice(0, request.limit);
  const last = page[page.length - 1];
  const nextCursor =
    more && last ? encodeCursor([anchorMs, byDate ? last.reported : String(last.score), last.id]) : null;
  return { rows: page, nextCursor };
}

function readFacets(
  reads: ReadConnection,
  compiled: CompiledSearch,
): { total: number; facets: Record<FacetName, FacetCount[]> } {
  const rows = reads.tuples<[string, string | null, number, string | null]>(
    `${compiled.cte}
     SELECT 'total', NULL, COUNT(*), NULL FROM hits
     UNION ALL SELECT 'language', language, COUNT(*), NULL FROM hits WHERE language IS NOT NULL GROUP BY language
     UNION ALL SELECT 'source', h.sourceId, COUNT(*), s.name FROM hits h JOIN Source s ON s.id = h.sourceId GROUP BY h.sourceId
     UNION ALL SELECT 'category', s.category, COUNT(*), NULL FROM hits h JOIN Source s ON s.id = h.sourceId GROUP BY s.category
     UNION ALL SELECT 'type', e.type, COUNT(DISTINCT h.id), NULL FROM hits h
       JOIN EventSource es ON es.articleId = h.id JOIN Event e ON e.id = es.eventId WHERE e.hidden = 0 GROUP BY e.type
     UNION ALL SELECT 'entity', m.entityId, COUNT(*), en.name FROM hits h
       JOIN Mention m ON m.articleId = h.id JOIN Entity en ON en.id = m.entityId GROUP BY m.entityId
     UNION ALL SELECT 'kind', en.kind, COUNT(DISTINCT h.id), NULL FROM hits h
       JOIN Mention m ON m.articleId = h.id JOIN Entity en ON en.id = m.entityId GROUP BY en.kind`,
    compiled.params,
  );
  const facets = Object.fromEntries(FACET_NAMES.map((name) => [name, [] as FacetCount[]])) as Record<
    FacetName,
    FacetCount[]
  >;
  let total = 0;
  for (const [facet, value, count, label] of rows) {
    if (facet === 'total') total = count;
    else if (value !== null)
      facets[facet as FacetName].push({ value, count, ...(label !== null ? { label } : {}) });
  }
  for (const list of Object.values(facets))
    list.sort((x, y) => y.count - x.count || x.value.localeCompare(y.value));
  facets.entity = facets.entity.slice(0, ENTITY_FACET_SIZE);
  return { total, facets };
}

interface HitRow {
  id: number;
  url: string;
  title: string;
  text: string;
  sourceId: string | null;
  sourceName: string | null;
  category: string | null;
  language: string | null;
  publishedAt: string | null;
}

/** The page's articles with their entities, event types and snippets, in page order. */
function readHits(
  reads: ReadConnection,
  page: readonly { id: number; score: number }[],
  plan: QueryPlan,
): SearchHit[] {
  const ids = JSON.stringify(page.map((row) => row.id));
  const inPage = 'IN (SELECT value FROM json_each(@ids))';
  const articles = new Map(
    reads
      .all<HitRow>(
        `SELECT a.id, a.url, a.title, a.text, a.sourceId, s.name AS sourceName, s.category, a.language, a.publishedAt
         FROM Article a LEFT JOIN Source s ON s.id = a.sourceId WHERE a.id ${inPage}`,
        { ids },
      )
      .map((row) => [row.id, row]),
  );
  const entities = reads.all<{ articleId: number; id: string; name: string; kind: string }>(
    `SELECT m.articleId, e.id, e.name, e.kind FROM Mention m JOIN Entity e ON e.id = m.entityId
     WHERE m.articleId ${inPage} ORDER BY m.count DESC, e.id`,
    { ids },
  );
  const types = reads.all<{ articleId: number; type: string }>(
    `SELECT DISTINCT es.articleId, e.type FROM EventSource es JOIN Event e ON e.id = es.eventId
     WHERE e.hidden = 0 AND es.articleId ${inPage} ORDER BY e.type`,
    { ids },
  );
  const highlight = new Set(plan.highlight);
  return page.flatMap(({ id, score }) => {
    const a = articles.get(id);
    if (!a) return [];
    return [
      {
        articleId: String(a.id),
        url: a.url,
        title: a.title,
        source: a.sourceId === null ? null : { id: a.sourceId, name: a.sourceName ?? a.sourceId },
        language: a.language,
        category: a.category,
        published: isoFromDb(a.publishedAt),
        score: Math.round(score * 1000) / 1000,
        snippet: buildSnippet(a.text, a.language, highlight),
        entities: entities
          .filter((e) => e.articleId === id)
          .map(({ id: eid, name, kind }) => ({ id: eid, name, kind })),
        eventTypes: types.filter((t) => t.articleId === id).map((t) => t.type),
      },
    ];
  });
}

/** The cursor of a page after the first: [recency anchor (ms), sort key, article id]. */
function readCursor(request: SearchRequest): { after: (string | number)[] | null; anchorMs: number } {
  if (request.cursor === undefined) return { after: null, anchorMs: request.now.getTime() };
  const after = decodeCursor(request.cursor, ['n', 's', 'n']);
  if (request.sort === 'relevance' && !Number.isFinite(Number(after[1])))
    throw new UserError('invalid cursor: pass the nextCursor value of the previous page unchanged', {
      details: [{ field: 'cursor', problem: 'not a cursor of this sort order' }],
    });
  return { after, anchorMs: Number(after[0]) };
}

/**
 * Full-text search on SQLite FTS5 through the API's read-only connection: the query is parsed and planned
 * (query-parser.ts, query-plan.ts), run as one MATCH over SearchDocumentFts joined to the articles with the filters, ranked by
 * BM25 with column weights and a recency factor (ranking.ts) or by date, and paged by keyset
 * (the score of the last hit and its id). Facets count every match of the query and filters.
 */
export function createSqliteSearchIndex(reads: ReadConnection): SearchIndex {
  const lookup = entityLookup(reads);
  return {
    search(request: SearchRequest): SearchResult {
      const root = parseQuery(request.q);
      const filteredLang = request.lang === undefined ? DEFAULT_QUERY_LANGUAGES : [request.lang];
      const plan = planQuery(root, { languages: filteredLang, lookup, entityToken });
      const { after, anchorMs } = readCursor(request);
      const compiled = compile(request, plan, anchorMs);
      const { rows, nextCursor } = readPage(reads, compiled, request, after, anchorMs);
      const { total, facets } = readFacets(reads, compiled);
      return {
        items: readHits(reads, rows, plan),
        facets,
        total,
        nextCursor,
        explain: { match: compiled.params.match as string, entities: plan.entities },
      };
    },
  };
}
