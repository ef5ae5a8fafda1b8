import { parseQuery } from './query-parser.js';
import { DEFAULT_QUERY_LANGUAGES, planQuery, type EntityLookup, type QueryPlan } from './query-plan.js';
import { RANKING } from './ranking.js';
import {
  HIT_SQL,
  hitsOf,
  orderFacets,
  pageOf,
  positionOf,
  type HitEntityRow,
  type HitRow,
  type HitTypeRow,
  type SearchPosition,
} from './search-pages.js';
import {
  countArticleFacets,
  countEntityFacets,
  estimateTotal,
  FIELD_SEPARATOR,
  parseMentionPairs,
  RECORD_SEPARATOR,
  rankCandidates,
  type Candidate,
} from './candidates.js';
import { resolveEntityIdNow } from '../entity-reads.js';
import { isoToDb, type ReadConnection, type SqlValue } from '../read-connection.js';
import { entityToken } from './search-documents.js';
import {
  type FacetCount,
  type FacetName,
  type SearchHit,
  type SearchRequest,
  type SearchResult,
  type SyncSearchIndex,
} from './search-index.js';

/** When an article was reported: published, else fetched. */
const REPORTED = 'COALESCE(a.publishedAt, a.fetchedAt)';

/** The SQL of one search: the matching articles `a` with filters applied, and its parameters. */
interface CompiledSearch {
  /** `FROM ... WHERE ...` over SearchDocumentFts joined to Article a. */
  from: string;
  params: Record<string, SqlValue>;
}

/**
 * Matches a search reads at most: the most recently stored ones. Ranking, facets and the total cover them
 * all when fewer match (the usual case for a query of two words or a filter); past it the cost of a
 * search stops growing with the number of matches, and the newest thousands are what recency ranks first
 * anyway. Measured on 100,000 articles: BM25 and the covering-index join cost about 6 µs a match, the
 * linked facets about 4 µs, so a word in every article took 0.5 s before the window and ~25 ms with it.
 */
export const CANDIDATE_WINDOW = 2_000;

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
    resolveEntity: (id) => resolveEntityIdNow(reads, id),
  };
}

/**
 * The articles reporting a visible event of the type bound to `param`: the set the type filter probes. The
 * index Event (type, hidden) covers it, so the events are never read as rows (1.0 instead of 3.8 ms CPU for
 * the 5,000 events of a type on 100,000 articles).
 */
export function articlesReportingType(param: string): string {
  return `SELECT es.articleId FROM Event e JOIN EventSource es ON es.eventId = e.id WHERE e.type = ${param} AND e.hidden = 0`;
}

/**
 * The one indexed term starting with a prefix, or null (none or several), from two probes of the
 * `SearchTermInstances` vocabulary (fts5vocab, opened by store/read-connection.ts): the first term at or
 * after the prefix, then the first after that term. Each probe seeks to its term and reads one instance,
 * well under a millisecond at 1,000,000 articles. Terms never hold control characters (the FTS5
 * tokenizer splits on them), so `term + U+0001` is the smallest string after a term and its extensions.
 */
function soleTermLookup(reads: ReadConnection): (prefix: string) => string | null {
  const firstFrom = (from: string) =>
    reads.tuples<[string]>('SELECT term FROM SearchTermInstances WHERE term >= @from LIMIT 1', {
      from,
    })[0]?.[0];
  return (prefix) => {
    const first = firstFrom(prefix);
    if (first?.startsWith(prefix) !== true) return null;
    const next = firstFrom(`${first}\u0001`);
    return next?.startsWith(prefix) === true ? null : first;
  };
}

/**
 * Lengths, in characters, of the prefixes the full-text table keeps an index of: its `prefix` option, 4 to
 * 8 since migration 20261216000000_search_prefix_index, read from the table's definition so that the search
 * follows the database it reads. FTS5 reads a prefix of such a length from its prefix index as lazily as one
 * term; prefixes of other lengths are merged from the doclists of all their terms.
 */
export function indexedPrefixLengths(reads: ReadConnection): number[] {
  const sql =
    reads.tuples<[string]>(`SELECT sql FROM sqlite_master WHERE name = 'SearchDocumentFts'`)[0]?.[0] ?? '';
  const option = /prefix\s*=\s*'([\d ]+)'/i.exec(sql)?.[1] ?? '';
  return option
    .split(' ')
    .filter((n) => n !== '')
    .map(Number);
}

/**
 * The sole-term probe for prefixes the table has no prefix index of (for the others it would only cost
 * time: the prefix index is read as lazily as the term); null for prefixes of an indexed length.
 */
function soleTermOfUnindexedPrefix(reads: ReadConnection): (prefix: string) => string | null {
  const probe = soleTermLookup(reads);
  const indexed = new Set(indexedPrefixLengths(reads));
  // FTS5 counts a prefix's characters as code points (UTF-8 sequences), as Array.from splits a string.
  return (prefix) => (indexed.has(Array.from(prefix).length) ? null : probe(prefix));
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
    // The articles reporting that type, read once through Event's type index and probed per match before
    // the join to Article (the unary + keeps the probe out of FTS5, which would run the MATCH per id):
    // 3.5 times less CPU than checking each match's events when few matches pass (100,000 articles).
    type: (p: string) => `+SearchDocumentFts.rowid IN (${articlesReportingType(p)})`,
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

/**
 * The newest `window` matches (by article id, the order articles are stored in) at or below `top`, with
 * BM25 over the weighted columns of ranking.ts. FTS5 walks its doclists from the highest rowid down and
 * stops at the window, so the cost is bounded whatever the number of matches; the join to Article reads
 * only the covering index Article_search_idx (id, language, source, dates), never the article rows.
 */
function readCandidates(
  reads: ReadConnection,
  compiled: CompiledSearch,
  window: number,
  top: number,
): Candidate[] {
  const { title, body, entities } = RANKING.columnWeights;
  const rows = reads.tuples<[number, number, string, number, string | null, string | null]>(
    `SELECT SearchDocumentFts.rowid, -bm25(SearchDocumentFts, ${String(title)}, ${String(body)}, ${String(entities)}),
       ${REPORTED}, julianday(${REPORTED}), a.language, a.sourceId
     ${compiled.from}
       AND SearchDocumentFts.rowid <= @top
     ORDER BY SearchDocumentFts.rowid DESC LIMIT @window`,
    { ...compiled.params, top, window },
  );
  return rows.map(([id, relevance, reported, reportedJd, language, sourceId]) => ({
    id,
    relevance,
    reported,
    reportedJd,
    language,
    sourceId,
  }));
}

/**
 * Facet counts over the candidates: language, source and category from the candidate rows; entity and
 * kind from their mentions (read once, from Mention's covering index); event type in a grouped query.
 */
function readFacets(
  reads: ReadConnection,
  candidates: readonly Candidate[],
): Record<FacetName, FacetCount[]> {
  const sources = new Map(
    reads
      .tuples<[string, string, string]>('SELECT id, name, category FROM Source')
      .map(([id, name, category]) => [id, { name, category }]),
  );
  const ids = JSON.stringify(candidates.map((c) => c.id));
  // CROSS JOIN fixes the join order: from the candidates to their rows, never a scan of every mention.
  // One joined string instead of a row per mention: turning ~5,000 rows into JavaScript values cost more
  // than reading them (3.9 against 2.0 ms CPU for a full window of 2,000 on 100,000 articles).
  const joined = reads.tuples<[string | null]>(
    `SELECT group_concat(m.articleId || char(${String(FIELD_SEPARATOR)}) || m.entityId, char(${String(RECORD_SEPARATOR)}))
     FROM json_each(@ids) h CROSS JOIN Mention m ON m.articleId = h.value`,
    { ids },
  )[0]?.[0];
  const mentions = parseMentionPairs(joined ?? '');
  const entityIds = JSON.stringify([...new Set(mentions.map(([, entityId]) => entityId))]);
  const entities = new Map(
    reads
      .tuples<[string, string, string]>(
        'SELECT id, name, kind FROM Entity WHERE id IN (SELECT value FROM json_each(@entityIds))',
        { entityIds },
      )
      .map(([id, name, kind]) => [id, { name, kind }]),
  );
  const type = reads
    .tuples<[string, number]>(
      `SELECT e.type, COUNT(DISTINCT es.articleId) FROM json_each(@ids) h
         CROSS JOIN EventSource es ON es.articleId = h.value CROSS JOIN Event e ON e.id = es.eventId
       WHERE e.hidden = 0 GROUP BY e.type`,
      { ids },
    )
    .map(([value, count]) => ({ value, count }));
  const facets: Record<FacetName, FacetCount[]> = {
    ...countArticleFacets(candidates, sources),
    ...countEntityFacets(mentions, entities),
    type,
  };
  return orderFacets(facets);
}

/** The page's articles with their entities, event types and snippets, in page order. */
function readHits(
  reads: ReadConnection,
  page: readonly { id: number; score: number }[],
  plan: QueryPlan,
): SearchHit[] {
  const ids = JSON.stringify(page.map((row) => row.id));
  const rows = {
    articles: reads.all<HitRow>(HIT_SQL.articles, { ids }),
    entities: reads.all<HitEntityRow>(HIT_SQL.entities, { ids }),
    types: reads.all<HitTypeRow>(HIT_SQL.types, { ids }),
  };
  return hitsOf(page, rows, new Set(plan.highlight));
}

/** Where the page starts: the cursor's position, or the first page's. */
function readPosition(reads: ReadConnection, request: SearchRequest): SearchPosition {
  return positionOf(
    request,
    () => reads.tuples<[number | null]>('SELECT MAX(articleId) FROM SearchDocument')[0]?.[0] ?? 0,
  );
}

/** The total when the window is full: an estimate from how densely the window's ids match. */
function readEstimate(reads: ReadConnection, window: number, candidates: readonly Candidate[]): number {
  const lowestId = reads.tuples<[number | null]>('SELECT MIN(articleId) FROM SearchDocument')[0]?.[0] ?? 0;
  return estimateTotal(window, {
    firstId: candidates[0]?.id ?? 0,
    lastId: candidates[candidates.length - 1]?.id ?? 0,
    lowestId,
  });
}

/**
 * Full-text search on SQLite FTS5 through the API's read-only connection: the query is parsed and planned
 * (query-parser.ts, query-plan.ts) and run as one MATCH over SearchDocumentFts with the filters, reading
 * the newest `candidateWindow` matches (default {@link CANDIDATE_WINDOW}) with their BM25; those are ranked
 * with the recency factor or by date (candidates.ts), paged by keyset and counted for the facets. When
 * fewer match, everything is exact; when the window is full, results, facets and total cover the newest
 * matches only (`facetsExact: false`, `totalIsEstimate: true`), which bounds the cost of a very common word.
 */
export function createSqliteSearchIndex(
  reads: ReadConnection,
  options: { candidateWindow?: number; solePrefixTerms?: boolean } = {},
): SyncSearchIndex {
  const window = options.candidateWindow ?? CANDIDATE_WINDOW;
  const lookup = entityLookup(reads);
  const soleTermWithPrefix = options.solePrefixTerms === false ? undefined : soleTermOfUnindexedPrefix(reads);
  return {
    search(request: SearchRequest): SearchResult {
      const root = parseQuery(request.q);
      const filteredLang = request.lang === undefined ? DEFAULT_QUERY_LANGUAGES : [request.lang];
      const plan = planQuery(root, {
        languages: filteredLang,
        lookup,
        entityToken,
        ...(soleTermWithPrefix ? { soleTermWithPrefix } : {}),
      });
      const position = readPosition(reads, request);
      const compiled = compile(request, plan);
      const candidates = readCandidates(reads, compiled, window, position.top);
      const ranked = rankCandidates(candidates, request.sort, position.anchorMs);
      const { rows, nextCursor } = pageOf(ranked, request, position);
      const full = candidates.length >= window;
      return {
        items: readHits(reads, rows, plan),
        facets: readFacets(reads, candidates),
        facetsExact: !full,
        total: full ? readEstimate(reads, window, candidates) : candidates.length,
        totalIsEstimate: full,
        nextCursor,
        explain: { match: compiled.params.match as string, entities: plan.entities },
      };
    },
  };
}
