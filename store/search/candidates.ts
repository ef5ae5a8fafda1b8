import { RANKING } from './ranking.js';
import type { FacetCount, SearchSort } from './search-index.js';

/**
 * A match as the index reads it, before ranking: the article, its BM25 relevance (column-weighted,
 * higher is better), when it was reported (as stored, and as a Julian day for arithmetic), its language
 * and source.
 */
export interface Candidate {
  id: number;
  relevance: number;
  reported: string;
  reportedJd: number;
  language: string | null;
  sourceId: string | null;
}

export interface RankedCandidate extends Candidate {
  /** Relevance times the recency factor of ranking.ts; the sort key of `sort=relevance`. */
  score: number;
}

/** The sort key and id of the last item of the previous page; the next page starts strictly after it. */
export interface After {
  key: string | number;
  id: number;
}

const MS_PER_DAY = 86_400_000;
/** Julian day of the Unix epoch: SQLite's julianday() of an instant is this plus days since 1970. */
const UNIX_EPOCH_JULIAN_DAY = 2_440_587.5;

/** The recency factor of ranking.ts for a report `ageDays` old (never below 1, at most 1 + weight). */
export function recencyFactor(ageDays: number): number {
  const { weight, scaleDays } = RANKING.recency;
  return 1 + weight / (1 + Math.max(0, ageDays) / scaleDays);
}

/**
 * Scores candidates (relevance times recency measured from `anchorMs`) and orders them by score or by
 * date, newest first, the article id breaking ties: the order pages follow. Pure, so ranking is tested
 * without a database; the index only has to find the candidates and their BM25.
 */
export function rankCandidates(
  candidates: readonly Candidate[],
  sort: SearchSort,
  anchorMs: number,
): RankedCandidate[] {
  const nowJd = UNIX_EPOCH_JULIAN_DAY + anchorMs / MS_PER_DAY;
  // An object literal per candidate rather than a spread: a third of the time for a full window (2,000).
  const ranked = candidates.map((c): RankedCandidate => ({
    id: c.id,
    relevance: c.relevance,
    reported: c.reported,
    reportedJd: c.reportedJd,
    language: c.language,
    sourceId: c.sourceId,
    score: c.relevance * recencyFactor(nowJd - c.reportedJd),
  }));
  const byDate = (x: RankedCandidate, y: RankedCandidate) =>
    x.reported < y.reported ? 1 : x.reported > y.reported ? -1 : y.id - x.id;
  const byScore = (x: RankedCandidate, y: RankedCandidate) => y.score - x.score || y.id - x.id;
  return ranked.sort(sort === 'date' ? byDate : byScore);
}

/** The ranked candidates after the cursor's position (all of them on the first page). */
export function rowsAfter(
  ranked: readonly RankedCandidate[],
  sort: SearchSort,
  after: After | null,
): readonly RankedCandidate[] {
  if (!after) return ranked;
  const { id } = after;
  const date = String(after.key);
  const score = Number(after.key);
  const isAfter =
    sort === 'date'
      ? (c: RankedCandidate) => c.reported < date || (c.reported === date && c.id < id)
      : (c: RankedCandidate) => c.score < score || (c.score === score && c.id < id);
  const start = ranked.findIndex(isAfter);
  return start < 0 ? [] : ranked.slice(start);
}

function addCount(counts: Map<string, FacetCount>, value: string, label?: string): void {
  const entry = counts.get(value);
  if (entry) entry.count += 1;
  else counts.set(value, { value, count: 1, ...(label !== undefined ? { label } : {}) });
}

/**
 * The language, source (labelled with its name) and category facets of the candidates, in one pass.
 * `sources` maps a source id to its name and category; a candidate of an unknown source counts for none.
 */
export function countArticleFacets(
  candidates: readonly Candidate[],
  sources: ReadonlyMap<string, { name: string; category: string }>,
): { language: FacetCount[]; source: FacetCount[]; category: FacetCount[] } {
  const language = new Map<string, FacetCount>();
  const source = new Map<string, FacetCount>();
  const category = new Map<string, FacetCount>();
  for (const c of candidates) {
    if (c.language !== null) addCount(language, c.language);
    const known = c.sourceId === null ? undefined : sources.get(c.sourceId);
    if (c.sourceId !== null && known) {
      addCount(source, c.sourceId, known.name);
      addCount(category, known.category);
    }
  }
  return { language: [...language.values()], source: [...source.values()], category: [...category.values()] };
}

/**
 * How many articles match when only the newest `window` matches were read. The matches are assumed as
 * dense below the window as inside it: `window` matches over the ids from `firstId` down to `lastId`,
 * extrapolated down to `lowestId`, the oldest indexed article. Rounded to two significant digits, as
 * befits an estimate, and never below what was read.
 */
export function estimateTotal(
  window: number,
  ids: { firstId: number; lastId: number; lowestId: number },
): number {
  const span = Math.max(1, ids.firstId - ids.lastId + 1);
  const estimate = (window * Math.max(span, ids.firstId - ids.lowestId + 1)) / span;
  const magnitude = 10 ** Math.max(0, Math.floor(Math.log10(estimate)) - 1);
  return Math.max(window, Math.round(estimate / magnitude) * magnitude);
}

/**
 * The entity facet (articles per entity, labelled with its name) and the kind facet (articles naming at
 * least one entity of that kind) from the candidates' mentions as `[articleId, entityId]` pairs. Counted
 * here rather than in SQL so the mentions are read once, from their covering index, for both facets.
 */
export function countEntityFacets(
  mentions: readonly (readonly [number, string])[],
  entities: ReadonlyMap<string, { name: string; kind: string }>,
): { entity: FacetCount[]; kind: FacetCount[] } {
  const entity = new Map<string, FacetCount>();
  const kindArticles = new Map<string, Set<number>>();
  for (const [articleId, entityId] of mentions) {
    const known = entities.get(entityId);
    if (!known) continue;
    addCount(entity, entityId, known.name);
    const articles = kindArticles.get(known.kind) ?? new Set<number>();
    articles.add(articleId);
    kindArticles.set(known.kind, articles);
  }
  const kind = [...kindArticles].map(([value, articles]) => ({ value, count: articles.size }));
  return { entity: [...entity.values()], kind };
}

/** Separators of the `articleId<US>entityId<RS>…` string the facet read joins mentions into (ASCII US, RS). */
export const FIELD_SEPARATOR = 0x1f;
export const RECORD_SEPARATOR = 0x1e;

/**
 * The `[articleId, entityId]` pairs of a string of mentions joined by SQL (`articleId<US>entityId`, records
 * separated by RS): one string crosses from SQLite instead of a row per mention, which halves the cost of
 * reading a full window's mentions. Entity ids are slugs, so they never hold a control character.
 */
export function parseMentionPairs(joined: string): [number, string][] {
  if (joined === '') return [];
  const field = String.fromCharCode(FIELD_SEPARATOR);
  return joined.split(String.fromCharCode(RECORD_SEPARATOR)).map((record) => {
    const at = record.indexOf(field);
    return [Number(record.slice(0, at)), record.slice(at + 1)];
  });
}
