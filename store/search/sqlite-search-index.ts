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
/** When an article was reported: published, else fetched. */
const REPORTED = 'COALESCE(a.publishedAt, a.fetchedAt)';
/** Julian day of the Unix epoch: SQLite's julianday() of an instant is this plus days since 1970. */
const UNIX_EPOCH_JULIAN_DAY = 2_440_587.5;

/** The SQL of one search: the matching articles `a` with filters applied, and its parameters. */
interface CompiledSearch {
  /** `FROM ... WHERE ...` over SearchDocumentFts joined to Article a. */
  from: string;
  params: Record<string, SqlValue>;
}

/**
 * Entity, kind and event-type facets count at most this many matches (the most recently stored); language, source and
 * category always count all. Past it the linked facets cost more than the rest of a search (measured:
 * about 2 µs per match and facet), and the latest thousands show the same leaders.
 */
export const LINKED_FACET_SAMPLE = 5_000;

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
  const reported = REPORTED;
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

/** The matching articles with the filters, as FROM and WHERE clauses. */
function compile(request: SearchRequest, plan: QueryPlan): CompiledSearch {
  const conditions = articleConditions(request, plan);
  const match =
    request.entity === undefined ? plan.match : `${plan.match} AND "${entityToken(request.entity)}"`;
  return {
    from: `FROM SearchDocumentFts CROSS JOIN Article a ON a.id = SearchDocumentFts.rowid
    WHERE SearchDocumentFts MATCH @match${conditions.sql.map((c) => `\n      AND ${c}`).join('')}`,
    params: { ...conditions.params, match },
  };
}

/** The score of a match: BM25 with column weights times the recency factor of ranking.ts. */
function scoreSql(): string {
  const { title, body, entities } = RANKING.columnWeights;
  const { weight, scaleDays } = RANKING.recency;
  return `-bm25(SearchDocumentFts, ${String(title)}, ${String(body)}, ${String(entities)})
        * (1 + ${String(weight)} / (1 + max(0, @nowJd - julianday(${REPORTED})) / ${String(scaleDays)}))`;
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
  const params: Record<string, SqlValue> = {
    ...compiled.params,
    take: request.limit + 1,
    nowJd: UNIX_EPOCH_JULIAN_DAY + anchorMs / MS_PER_DAY,
  };
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
    `WITH hits AS (SELECT a.id AS id, ${REPORTED} AS reported, ${scoreSql()} AS score ${compiled.from})
     SELECT id, score, reported FROM hits ${keyset} ORDER BY ${order} LIMIT @take`,
    params,
  );
  const more = rows.length > request.limit;
  const page = rows.slice(0, request.limit);
  const last = page[page.length - 1];
  const nextCursor =
    more && last ? encodeCursor([anchorMs, byDate ? last.reported : String(last.score), last.id]) : null;
  return { rows: page, nextCursor };
}

function emptyFacets(): Record<FacetName, FacetCount[]> {
  return Object.fromEntries(FACET_NAMES.map((name) => [name, [] as FacetCount[]])) as Record<
    FacetName,
    FacetCount[]
  >;
}

function addCount(list: FacetCount[], value: string, count: number, label?: string): void {
  const entry = list.find((f) => f.value === value);
  if (entry) entry.count += count;
  else list.push({ value, count, ...(label !== undefined ? { label } : {}) });
}

/**
 * Facet counts: language, source and category over every match (one GROUP BY), entity, kind and event
 * type over the {@link LINKED_FACET_SAMPLE} most recently stored matches (all of them when fewer match).
 */
function readFacets(
  reads: ReadConnection,
  compiled: CompiledSearch,
  sample: number,
): { total: number; facets: Record<FacetName, FacetCount[]>; facetsExact: boolean } {
  const facets = emptyFacets();
  const sources = new Map(
    reads
      .tuples<[string, string, string]>('SELECT id, name, category FROM Source')
      .map(([id, name, category]) => [id, { name, category }]),
  );
  let total = 0;
  const groups = reads.tuples<[string | null, string | null, number]>(
    `SELECT a.language, a.sourceId, COUNT(*) ${compiled.from} GROUP BY a.language, a.sourceId`,
    compiled.params,
  );
  for (const [language, sourceId, count] of groups) {
    total += count;
    if (language !== null) addCount(facets.language, language, count);
    const source = sourceId === null ? undefined : sources.get(sourceId);
    if (sourceId !== null && source) {
      addCount(facets.source, sourceId, count, source.name);
      addCount(facets.category, source.category, count);
    }
  }
  // CROSS JOIN fixes the join order: from the sampled matches to their rows, never a scan of every mention.
  const linked = reads.tuples<[FacetName, string, number, string | null]>(
    `WITH sample AS MATERIALIZED (SELECT a.id AS id ${compiled.from} ORDER BY SearchDocumentFts.rowid DESC LIMIT @sample)
     SELECT 'type', e.type, COUNT(DISTINCT h.id), NULL FROM sample h
       CROSS JOIN EventSource es ON es.articleId = h.id CROSS JOIN Event e ON e.id = es.eventId
       WHERE e.hidden = 0 GROUP BY e.type
     UNION ALL SELECT 'entity', m.entityId, COUNT(*), en.name FROM sample h
       CROSS JOIN Mention m ON m.articleId = h.id CROSS JOIN Entity en ON en.id = m.entityId GROUP BY m.entityId
     UNION ALL SELECT 'kind', en.kind, COUNT(DISTINCT h.id), NULL FROM sample h
       CROSS JOIN Mention m ON m.articleId = h.id CROSS JOIN Entity en ON en.id = m.entityId GROUP BY en.kind`,
    { ...compiled.params, sample },
  );
  for (const [facet, value, count, label] of linked)
    addCount(facets[facet], value, count, label ?? undefined);
  for (const list of Object.values(facets))
    list.sort((x, y) => y.count - x.count || x.value.localeCompare(y.value));
  facets.entity = facets.entity.slice(0, ENTITY_FACET_SIZE);
  return { total, facets, facetsExact: total <= sample };
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
 * (the score of the last hit and its id). Facets count the matches of the query and filters (entity,
 * kind and type the `linkedFacetSample` most recently stored of them, default {@link LINKED_FACET_SAMPLE}).
 */
export function createSqliteSearchIndex(
  reads: ReadConnection,
  options: { linkedFacetSample?: number } = {},
): SearchIndex {
  const sample = options.linkedFacetSample ?? LINKED_FACET_SAMPLE;
  const lookup = entityLookup(reads);
  return {
    search(request: SearchRequest): SearchResult {
      const root = parseQuery(request.q);
      const filteredLang = request.lang === undefined ? DEFAULT_QUERY_LANGUAGES : [request.lang];
      const plan = planQuery(root, { languages: filteredLang, lookup, entityToken });
      const { after, anchorMs } = readCursor(request);
      const compiled = compile(request, plan);
      const { rows, nextCursor } = readPage(reads, compiled, request, after, anchorMs);
      const { total, facets, facetsExact } = readFacets(reads, compiled, sample);
      return {
        items: readHits(reads, rows, plan),
        facets,
        facetsExact,
        total,
        nextCursor,
        explain: { match: compiled.params.match as string, entities: plan.entities },
      };
    },
  };
}
