import type { SnippetSegment } from './snippet.js';

/**
 * The read side of full-text search, one interface per database: SQLite FTS5 in the embedded default
 * (sqlite-search-index.ts, synchronous) and PostgreSQL's GIN index over a tsvector of the same tokens
 * (postgres-search-index.ts, asynchronous); both read the SearchDocument rows, which hold the analyzer's
 * tokens whatever the database (search-documents.ts is the shared write side). Callers await the answer.
 */
export interface SearchIndex {
  /** Runs one query; throws (or rejects with) a UserError (400) for a malformed query, cursor or filter. */
  search(request: SearchRequest): SearchResult | Promise<SearchResult>;
}

/** An index that answers at once (SQLite's, on its synchronous connection): benchmarks time it call by call. */
export interface SyncSearchIndex extends SearchIndex {
  search(request: SearchRequest): SearchResult;
}

export type SearchSort = 'relevance' | 'date';

/** A search as the API and the CLI ask for it: the query plus filters on top of it. */
export interface SearchRequest {
  q: string;
  entity?: string | undefined;
  kind?: string | undefined;
  type?: string | undefined;
  lang?: string | undefined;
  source?: string | undefined;
  category?: string | undefined;
  /** Reported (published, else fetched) at or after. */
  from?: Date | undefined;
  /** Reported at or before. */
  to?: Date | undefined;
  sort: SearchSort;
  limit: number;
  cursor?: string | undefined;
  /** The instant recency is measured from on the first page; later pages keep the first page's. */
  now: Date;
}

export interface SearchHit {
  articleId: string;
  url: string;
  title: string;
  source: { id: string; name: string } | null;
  language: string | null;
  category: string | null;
  /** Publication date; null when the page gave none. */
  published: string | null;
  /** Relevance (higher is better) with the recency factor; also sent when sorting by date. */
  score: number;
  snippet: SnippetSegment[];
  entities: { id: string; name: string; kind: string }[];
  eventTypes: string[];
}

export interface FacetCount {
  value: string;
  count: number;
  /** A readable name where the value is an id (entities, sources). */
  label?: string;
}

export const FACET_NAMES = ['language', 'source', 'type', 'entity', 'kind', 'category'] as const;
export type FacetName = (typeof FACET_NAMES)[number];

export interface SearchResult {
  items: SearchHit[];
  /**
   * Counts over the articles that match the query and filters, most frequent first: over every match when
   * `facetsExact`, else over the most recently stored few thousand, which are also the ones ranked (an
   * index may bound its work this way to stay fast on very common words).
   */
  facets: Record<FacetName, FacetCount[]>;
  facetsExact: boolean;
  /** Articles that match; an estimate (two significant digits) when `totalIsEstimate`. */
  total: number;
  totalIsEstimate: boolean;
  nextCursor: string | null;
  /** The query as the index ran it (FTS5 MATCH expression, or PostgreSQL tsquery), for explaining results. */
  explain?: { match: string; entities: string[] };
}
