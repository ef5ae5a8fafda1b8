import type { DigestPeriod, Subscriber, WatchItemHits } from './types.js';

/**
 * The extension point for watch items beyond entities: today saved searches (issue 11, built on the
 * `search` branch). A provider returns, for one subscriber and period, the new hits of each watch item
 * the subscriber named; the digest shows them in their own section, after the candidates, each hit with
 * its title, outlet, date and a plain-text snippet (escaped when rendered).
 *
 * How to wire saved searches after the search branch is merged (see docs/digest.md):
 * implement `WatchItemProvider` over the saved-search store and the search engine, running each of
 * `subscriber.watch.savedSearches` (saved-search ids) with `from = period.start`, `to = period.end`
 * (published dates), and pass it as `watchItems` to `runDigests` / `previewDigests`. Until then no
 * provider is passed and the section stays empty; the digest logs how many saved searches it could not
 * run, so a subscriber's saved searches are never silently ignored.
 */
export interface WatchItemProvider {
  hitsFor(subscriber: Subscriber, period: DigestPeriod): Promise<WatchItemHits[]>;
}
