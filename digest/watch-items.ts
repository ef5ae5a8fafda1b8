import type { DigestPeriod, Subscriber, WatchItemHits } from './types.js';

/**
 * Watch items beyond entities: saved searches. A provider returns, for one subscriber and period, the new
 * hits of each watch item the subscriber named; the digest shows them in their own section, after the
 * candidates, each hit with its title, outlet, date and a plain-text snippet (escaped when rendered).
 * The provider over the saved-search store and the search index is jobs/saved-search-hits.ts.
 */
export interface WatchItemProvider {
  hitsFor(subscriber: Subscriber, period: DigestPeriod): Promise<WatchItemHits[]>;
}
