/**
 * The digest's saved-search watch items (digest/watch-items.ts): each saved search a subscriber names
 * runs over the articles reported in the digest's period, newest first, and its hits get their own
 * section. The search index is passed in, so the same provider serves SQLite and a later PostgreSQL.
 */
import type { WatchItemProvider } from '../digest/watch-items.js';
import type { DigestPeriod, WatchItemHits } from '../digest/types.js';
import type { Db } from '../store/database.js';
import { findSavedSearch, listSavedSearches, type SavedSearch } from '../store/search/saved-searches.js';
import type { SearchIndex, SearchRequest } from '../store/search/search-index.js';

/** Hits shown per saved search in one digest. */
const HITS_PER_SEARCH = 10;

const later = (a: Date, b: Date | undefined): Date => (b !== undefined && b > a ? b : a);
const earlier = (a: Date, b: Date | undefined): Date => (b !== undefined && b < a ? b : a);
const dateOf = (value: string | undefined): Date | undefined => (value ? new Date(value) : undefined);

/** The saved search as a request over the period (its own date filters can only narrow the period). */
function requestOf(saved: SavedSearch, period: DigestPeriod): SearchRequest {
  const f = saved.filters;
  return {
    q: saved.query,
    entity: f.entity,
    kind: f.kind,
    type: f.type,
    lang: f.lang,
    source: f.source,
    category: f.category,
    from: later(period.start, dateOf(f.from)),
    to: earlier(period.end, dateOf(f.to)),
    sort: 'date',
    limit: HITS_PER_SEARCH,
    now: period.end,
  };
}

/**
 * A provider that runs the subscriber's saved searches with `index`. A saved search deleted since the
 * subscription was made is skipped (the subscription keeps its name; the API refuses unknown names).
 */
export function savedSearchHits(db: Db, index: SearchIndex): WatchItemProvider {
  return {
    async hitsFor(subscriber, period): Promise<WatchItemHits[]> {
      if (subscriber.watch.savedSearches.length === 0) return [];
      const saved = await listSavedSearches(db);
      const out: WatchItemHits[] = [];
      for (const key of subscriber.watch.savedSearches) {
        const search = findSavedSearch(saved, key);
        if (search === undefined) continue;
        const { items } = await index.search(requestOf(search, period));
        out.push({
          name: search.name,
          hits: items.map((h) => ({
            title: h.title,
            url: h.url,
            outlet: h.source?.name ?? new URL(h.url).hostname,
            language: h.language,
            publishedAt: h.published === null ? null : new Date(h.published),
            snippet: h.snippet.map((s) => s.text).join(''),
          })),
        });
      }
      return out.filter((w) => w.hits.length > 0);
    },
  };
}
