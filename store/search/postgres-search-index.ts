import { resolveEntityId } from '../entity-reads.js';
import { isoToDb, type SqlValue } from '../read-connection.js';
import type { ReadStore } from '../read-store.js';
import {
  countArticleFacets,
  countEntityFacets,
  estimateTotal,
  rankCandidates,
  type Candidate,
} from './candidates.js';
import { parseQuery, type QueryNode } from './query-parser.js';
import { DEFAULT_QUERY_LANGUAGES, planQueryWith, type EntityLookup, type QueryPlan } from './query-plan.js';
import { RANKING } from './ranking.js';
import { entityToken } from './search-documents.js';
import type {
  FacetCount,
  FacetName,
  SearchHit,
  SearchIndex,
  SearchRequest,
  SearchResult,
} from './search-index.js';
import {
  HIT_SQL,
  hitsOf,
  orderFacets,
  pageOf,
  positionOf,
  type HitEntityRow,
  type HitRow,
  type HitTypeRow,
} from './search-pages.js';
import { exactCheck, needsNearCheck, toTsquery, TSQUERY_SYNTAX, type TsNode } from './tsquery.js';

/** Matches a search reads at most, newest first: the same window as SQLite's (sqlite-search-index.ts). */
export const POSTGRES_CANDIDATE_WINDOW = 2_000;

/** The longest alias, in words, the planner looks up among consecutive query words (query-plan.ts). */
const MAX_ALIAS_WORDS = 4;

const REPORTED = 'COALESCE(a.publishedAt, a.fetchedAt)';

/**
 * ts_rank_cd's weights of the vector's classes {D, C, B, A} = {body, unused, entities, title}: the column
 * weights of ranking.ts scaled to PostgreSQL's range (at most 1), so the title still counts four times the
 * text and an entity twice.
 */
export function rankWeights(): string {
  const { title, body, entities } = RANKING.columnWeights;
  const top = Math.max(title, body, entities);
  return `{${[body / top, 0, entities / top, title / top].join(',')}}`;
}

/** ts_rank_cd normalisation 1: the score divided by 1 + log(document length), as BM25 favours short documents. */
const RANK_NORMALIZATION = 1;

/**
 * The keys the planner will ask the entity lookup about (query-plan.ts): every bare word, every run of two
 * to four consecutive bare words in a list (also the top-level list once its field filters are taken out,
 * which brings words beside a filter together), all lower-cased; and the ids of entity: fields. PostgreSQL
 * is read asynchronously and the planner is pure and synchronous, so the lookups are read in one batch
 * before planning.
 */
export function lookupKeys(root: QueryNode): { names: Set<string>; ids: Set<string> } {
  const names = new Set<string>();
  const ids = new Set<string>();
  const runs = (items: readonly QueryNode[]) => {
    for (let start = 0; start < items.length; start += 1) {
      const words: string[] = [];
      for (let i = start; i < items.length && words.length < MAX_ALIAS_WORDS; i += 1) {
        const item = items[i];
        if (item?.type !== 'word') break;
        words.push(item.text);
        if (words.length >= 2) names.add(words.join(' ').toLowerCase());
      }
    }
  };
  const visit = (node: QueryNode): void => {
    if (node.type === 'word') names.add(node.text.toLowerCase());
    else if (node.type === 'field' && node.field === 'entity') ids.add(node.value);
    else if (node.type === 'not') visit(node.item);
    else if (node.type === 'and' || node.type === 'or') {
      if (node.type === 'and') runs(node.items);
      node.items.forEach(visit);
    }
  };
  visit(root);
  if (root.type === 'and') {
    const isFilter = (n: QueryNode) =>
      (n.type === 'field' && n.field !== 'entity') ||
      (n.type === 'not' && n.item.type === 'field' && n.item.field !== 'entity');
    runs(root.items.filter((n) => !isFilter(n)));
  }
  return { names, ids };
}

/** The entity lookup of one query, read in one batch ({@link lookupKeys}); a key not read is a bug. */
async function prefetchedLookup(reads: ReadStore, root: QueryNode): Promise<EntityLookup> {
  const { names, ids } = lookupKeys(root);
  const keys = JSON.stringify([...names]);
  const rows =
    names.size === 0
      ? []
      : await reads.tuples<[string, string]>(
          `SELECT al.key, COALESCE(e.mergedIntoId, e.id) FROM EntityAlias al JOIN Entity e ON e.id = al.entityId
             WHERE al.key IN (SELECT value FROM json_each(@keys))
           UNION SELECT e.id, COALESCE(e.mergedIntoId, e.id) FROM Entity e WHERE e.id IN (SELECT value FROM json_each(@keys))
           UNION SELECT lower(e.name), COALESCE(e.mergedIntoId, e.id) FROM Entity e
             WHERE lower(e.name) IN (SELECT value FROM json_each(@keys))`,
          { keys },
        );
  const named = new Map<string, Set<string>>([...names].map((name) => [name, new Set<string>()]));
  for (const [key, id] of rows) named.get(key)?.add(id);
  const resolved = new Map<string, string | null>();
  for (const id of ids) resolved.set(id, await resolveEntityId(reads, id));
  const answer = <T>(map: ReadonlyMap<string, T>, key: string): T => {
    if (!map.has(key)) throw new Error(`entity lookup of "${key}" was not read before planning`);
    return map.get(key) as T;
  };
  return {
    entitiesNamed: (key) => [...answer(named, key)].sort(),
    resolveEntity: (id) => answer(resolved, id),
  };
}

/** The matching articles with the filters: WHERE conditions over SearchDocument sd and Article a. */
function conditions(
  request: SearchRequest,
  plan: QueryPlan<TsNode>,
  query: TsNode,
): { sql: string[]; params: Record<string, SqlValue> } {
  const params: Record<string, SqlValue> = { query: toTsquery(query) };
  const sql = ['sd.vector @@ CAST(@query AS tsquery)'];
  const bind = (value: SqlValue) => {
    const name = `p${String(Object.keys(params).length)}`;
    params[name] = value;
    return `@${name}`;
  };
  if (needsNearCheck(query)) sql.push(exactCheck(query, 'sd.vector', bind));
  const column = {
    lang: (p: string) => `a.language = ${p}`,
    source: (p: string) => `a.sourceId = ${p}`,
    category: (p: string) => `EXISTS (SELECT 1 FROM Source s WHERE s.id = a.sourceId AND s.category = ${p})`,
    kind: (p: string) =>
      `EXISTS (SELECT 1 FROM Mention m JOIN Entity e ON e.id = m.entityId WHERE m.articleId = a.id AND e.kind = ${p})`,
    type: (p: string) =>
      `a.id IN (SELECT es.articleId FROM Event e JOIN EventSource es ON es.eventId = e.id WHERE e.type = ${p} AND e.hidden = FALSE)`,
  } as const;
  const add = (field: keyof typeof column, value: string | undefined, exclude = false) => {
    if (value === undefined) return;
    const condition = column[field](bind(value));
    sql.push(exclude ? `NOT COALESCE(${condition}, FALSE)` : condition);
  };
  add('lang', request.lang);
  add('source', request.source);
  add('category', request.category);
  add('kind', request.kind);
  add('type', request.type);
  for (const filter of plan.filters) add(filter.field, filter.value, filter.exclude);
  if (request.from) sql.push(`${REPORTED} >= ${bind(isoToDb(request.from))}`);
  if (request.to) sql.push(`${REPORTED} < ${bind(isoToDb(request.to))}`);
  return { sql, params };
}

/**
 * The newest `window` matches at or below article id `top`, with ts_rank_cd. The GIN index finds every
 * match (it has no order to stop early in, unlike FTS5's doclists), the window is cut by article id, and
 * only the window's vectors are ranked: the ranking is in the outer query, after the LIMIT, on the vectors
 * the inner query read (no second read of SearchDocument), with the coarse tsquery (toTsquery's `coarse`:
 * the same scores, a fraction of the cost of a NEAR group's alternatives).
 *
 * When the query needs positions (a phrase, or a NEAR group), the documents holding all its lexemes are
 * read first from the GIN index (toTsquery's `lexemes`, in a MATERIALIZED CTE) and the exact tsquery tests
 * those few: else the planner, which estimates a phrase as often as its words together, tends to walk every
 * article by id and test positions on each.
 */
async function readCandidates(
  reads: ReadStore,
  request: SearchRequest,
  plan: QueryPlan<TsNode>,
  query: TsNode,
  window: number,
  top: number,
): Promise<Candidate[]> {
  const where = conditions(request, plan, query);
  const coarse = toTsquery(query, 'coarse');
  const lexemes = toTsquery(query, 'lexemes');
  const narrowFirst = lexemes !== where.params.query;
  const documents = narrowFirst
    ? `WITH sd AS MATERIALIZED (SELECT articleId, vector FROM SearchDocument
         WHERE vector @@ CAST(@lexemes AS tsquery) AND articleId <= @top)`
    : '';
  const rows = await reads.tuples<[number, number, string, number, string | null, string | null]>(
    `${documents}
     SELECT c.id, ts_rank_cd(CAST(@weights AS real[]), c.vector, CAST(@coarse AS tsquery), ${String(RANK_NORMALIZATION)}),
       c.reported, c.jd, c.language, c.sourceId
     FROM (SELECT a.id, sd.vector, ${REPORTED} AS reported,
             EXTRACT(EPOCH FROM ${REPORTED}) / 86400 + 2440587.5 AS jd, a.language, a.sourceId
           FROM ${narrowFirst ? 'sd' : 'SearchDocument sd'} JOIN Article a ON a.id = sd.articleId
           WHERE ${where.sql.join('\n             AND ')}
             AND sd.articleId <= @top
           ORDER BY sd.articleId DESC LIMIT @window) c
     ORDER BY c.id DESC`,
    { ...where.params, coarse, lexemes, weights: rankWeights(), top, window },
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

/** Facet counts over the candidates, as sqlite-search-index.ts counts them, in PostgreSQL's spelling. */
async function readFacets(
  reads: ReadStore,
  candidates: readonly Candidate[],
): Promise<Record<FacetName, FacetCount[]>> {
  const ids = JSON.stringify(candidates.map((c) => c.id));
  // Independent reads in parallel on the pool: each is a round trip to the server.
  const [sourceRows, mentions, typeRows] = await Promise.all([
    reads.tuples<[string, string, string]>('SELECT id, name, category FROM Source'),
    reads.tuples<[number, string]>(
      'SELECT m.articleId, m.entityId FROM Mention m WHERE m.articleId IN (SELECT value FROM json_each(@ids))',
      { ids },
    ),
    reads.tuples<[string, number]>(
      `SELECT e.type, COUNT(DISTINCT es.articleId) FROM EventSource es JOIN Event e ON e.id = es.eventId
       WHERE e.hidden = FALSE AND es.articleId IN (SELECT value FROM json_each(@ids)) GROUP BY e.type`,
      { ids },
    ),
  ]);
  const sources = new Map(sourceRows.map(([id, name, category]) => [id, { name, category }]));
  const entityIds = JSON.stringify([...new Set(mentions.map(([, entityId]) => entityId))]);
  const entities = new Map(
    (
      await reads.tuples<[string, string, string]>(
        'SELECT id, name, kind FROM Entity WHERE id IN (SELECT value FROM json_each(@entityIds))',
        { entityIds },
      )
    ).map(([id, name, kind]) => [id, { name, kind }]),
  );
  const type = typeRows.map(([value, count]) => ({ value, count }));
  const facets: Record<FacetName, FacetCount[]> = {
    ...countArticleFacets(candidates, sources),
    ...countEntityFacets(mentions, entities),
    type,
  };
  return orderFacets(facets);
}

async function highestId(reads: ReadStore): Promise<number> {
  return (await reads.tuples<[number | null]>('SELECT MAX(articleId) FROM SearchDocument'))[0]?.[0] ?? 0;
}

async function lowestIndexedId(reads: ReadStore): Promise<number> {
  return (await reads.tuples<[number | null]>('SELECT MIN(articleId) FROM SearchDocument'))[0]?.[0] ?? 0;
}

/** The page's articles with their entities, event types and snippets, in page order. */
async function readHits(
  reads: ReadStore,
  page: readonly { id: number; score: number }[],
  highlight: ReadonlySet<string>,
): Promise<SearchHit[]> {
  const ids = JSON.stringify(page.map((row) => row.id));
  const [articles, entities, types] = await Promise.all([
    reads.all<HitRow>(HIT_SQL.articles, { ids }),
    reads.all<HitEntityRow>(HIT_SQL.entities, { ids }),
    reads.all<HitTypeRow>(HIT_SQL.types, { ids }),
  ]);
  return hitsOf(page, { articles, entities, types }, highlight);
}

/**
 * Full-text search on PostgreSQL: the same parser and planner as SQLite's (the planner's choices built as
 * a tsquery by tsquery.ts instead of an FTS5 MATCH), run with `@@` on the GIN index over SearchDocument's
 * search vector, NEAR groups checked on positions; the newest `candidateWindow` matches are ranked by
 * ts_rank_cd (title weighted) times the recency factor, paged by keyset and counted for the facets by the
 * same pure functions (candidates.ts) as on SQLite. Reads through the API's PostgreSQL pool.
 */
export function createPostgresSearchIndex(
  reads: ReadStore,
  options: { candidateWindow?: number } = {},
): SearchIndex {
  const window = options.candidateWindow ?? POSTGRES_CANDIDATE_WINDOW;
  return {
    async search(request: SearchRequest): Promise<SearchResult> {
      const root = parseQuery(request.q);
      const [lookup, top] = await Promise.all([
        prefetchedLookup(reads, root),
        request.cursor === undefined ? highestId(reads) : Promise.resolve(0),
      ]);
      const plan = planQueryWith(
        root,
        {
          languages: request.lang === undefined ? DEFAULT_QUERY_LANGUAGES : [request.lang],
          lookup,
          entityToken,
        },
        TSQUERY_SYNTAX,
      );
      const query =
        request.entity === undefined
          ? plan.match
          : TSQUERY_SYNTAX.all([plan.match, TSQUERY_SYNTAX.term([entityToken(request.entity)], false)]);
      const position = positionOf(request, () => top);
      const candidates = await readCandidates(reads, request, plan, query, window, position.top);
      const ranked = rankCandidates(candidates, request.sort, position.anchorMs);
      const { rows, nextCursor } = pageOf(ranked, request, position);
      const full = candidates.length >= window;
      const [items, facets, lowestId] = await Promise.all([
        readHits(reads, rows, new Set(plan.highlight)),
        readFacets(reads, candidates),
        full ? lowestIndexedId(reads) : Promise.resolve(0),
      ]);
      return {
        items,
        facets,
        facetsExact: !full,
        total: full
          ? estimateTotal(window, {
              firstId: candidates[0]?.id ?? 0,
              lastId: candidates[candidates.length - 1]?.id ?? 0,
              lowestId,
            })
          : candidates.length,
        totalIsEstimate: full,
        nextCursor,
        explain: { match: toTsquery(query), entities: plan.entities },
      };
    },
  };
}
