import { UserError } from '../../core/errors.js';
import { decodeCursor, encodeCursor } from '../cursor.js';
import { isoFromDb } from '../read-connection.js';
import { rowsAfter, type After, type RankedCandidate } from './candidates.js';
import type { FacetCount, FacetName, SearchHit, SearchRequest } from './search-index.js';
import { buildSnippet } from './snippet.js';

/**
 * What both search indexes do the same way once they have their candidates: pages and cursors, the rows
 * of a page's hits (SQL written once in SQLite's spelling, which store/read-store.ts runs on PostgreSQL
 * too) and their assembly, and the order of facets. Only finding and ranking the candidates is per index.
 */

/** Entities listed in the entity facet, most frequent first. */
const ENTITY_FACET_SIZE = 20;

/** Where a page starts: after the cursor's item, with the recency anchor and window top of the first page. */
export interface SearchPosition {
  after: After | null;
  anchorMs: number;
  /** The highest article id the first page could see: later pages keep its window while articles arrive. */
  top: number;
}

/**
 * The position of a page: the first page's from `firstTop` (the index's highest article id, read only
 * when there is no cursor), later pages' from the cursor [recency anchor (ms), sort key, article id,
 * window top]. A cursor of another sort order or not a cursor at all is a UserError (400).
 */
export function positionOf(request: SearchRequest, firstTop: () => number): SearchPosition {
  if (request.cursor === undefined) return { after: null, anchorMs: request.now.getTime(), top: firstTop() };
  const [anchorMs, key, id, top] = decodeCursor(request.cursor, ['n', 's', 'n', 'n']) as [
    number,
    string,
    number,
    number,
  ];
  if (request.sort === 'relevance' && !Number.isFinite(Number(key)))
    throw new UserError('invalid cursor: pass the nextCursor value of the previous page unchanged', {
      details: [{ field: 'cursor', problem: 'not a cursor of this sort order' }],
    });
  return { after: { key, id }, anchorMs, top };
}

/** The page of ranked candidates after the cursor, and the cursor after it. */
export function pageOf(
  ranked: readonly RankedCandidate[],
  request: SearchRequest,
  position: SearchPosition,
): { rows: RankedCandidate[]; nextCursor: string | null } {
  const byDate = request.sort === 'date';
  const rest = rowsAfter(ranked, request.sort, position.after);
  const page = rest.slice(0, request.limit);
  const last = page[page.length - 1];
  const nextCursor =
    rest.length > request.limit && last
      ? encodeCursor([position.anchorMs, byDate ? last.reported : String(last.score), last.id, position.top])
      : null;
  return { rows: page, nextCursor };
}

/** Sorts every facet most frequent first (then by value) and keeps the top of the entity facet. */
export function orderFacets(facets: Record<FacetName, FacetCount[]>): Record<FacetName, FacetCount[]> {
  for (const list of Object.values(facets))
    list.sort((x, y) => y.count - x.count || x.value.localeCompare(y.value));
  facets.entity = facets.entity.slice(0, ENTITY_FACET_SIZE);
  return facets;
}

export interface HitRow {
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

export type HitEntityRow = { articleId: number; id: string; name: string; kind: string };
export type HitTypeRow = { articleId: number; type: string };

const IN_PAGE = 'IN (SELECT value FROM json_each(@ids))';

/** The reads of a page's hits, each bound to `ids` (a JSON list of article ids). */
export const HIT_SQL = {
  articles: `SELECT a.id, a.url, a.title, a.text, a.sourceId, s.name AS sourceName, s.category, a.language, a.publishedAt
         FROM Article a LEFT JOIN Source s ON s.id = a.sourceId WHERE a.id ${IN_PAGE}`,
  entities: `SELECT m.articleId, e.id, e.name, e.kind FROM Mention m JOIN Entity e ON e.id = m.entityId
     WHERE m.articleId ${IN_PAGE} ORDER BY m.count DESC, e.id`,
  types: `SELECT DISTINCT es.articleId, e.type FROM EventSource es JOIN Event e ON e.id = es.eventId
     WHERE e.hidden = FALSE AND es.articleId ${IN_PAGE} ORDER BY e.type`,
} as const;

/** The page's hits in page order from the rows of {@link HIT_SQL}, with their snippets. */
export function hitsOf(
  page: readonly { id: number; score: number }[],
  rows: { articles: readonly HitRow[]; entities: readonly HitEntityRow[]; types: readonly HitTypeRow[] },
  highlight: ReadonlySet<string>,
): SearchHit[] {
  const articles = new Map(rows.articles.map((row) => [row.id, row]));
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
        entities: rows.entities
          .filter((e) => e.articleId === id)
          .map(({ id: eid, name, kind }) => ({ id: eid, name, kind })),
        eventTypes: rows.types.filter((t) => t.articleId === id).map((t) => t.type),
      },
    ];
  });
}
