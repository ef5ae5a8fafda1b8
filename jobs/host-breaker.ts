import type { BreakerPolicy, HostTally } from '../crawlers/fetch/circuit-breaker.js';
import { isOpen } from '../crawlers/fetch/circuit-breaker.js';
import type { SourceConfig } from '../crawlers/sources/source-schema.js';
import type { Db } from '../store/database.js';
import { readHostStates, recordHostTallies } from '../store/host-health.js';

/** What a run saw of each host, fed by the crawler's attempts and robots.txt fetches. */
export interface HostTallies {
  note(url: string, outcome: { answered: boolean; error?: string | undefined }): void;
  /** Stores the run's tallies into the hosts' breaker states. */
  save(db: Db, now: Date): Promise<void>;
}

/** Counts answered and failed requests per host during one crawl run. */
export function createHostTallies(policy: BreakerPolicy): HostTallies {
  const tallies = new Map<string, HostTally>();
  return {
    note: (url, outcome) => {
      const host = new URL(url).host;
      const tally = tallies.get(host) ?? { answered: 0, failed: 0, lastError: null };
      if (outcome.answered) tally.answered += 1;
      else {
        tally.failed += 1;
        tally.lastError = outcome.error ?? tally.lastError;
      }
      tallies.set(host, tally);
    },
    save: (db, now) => recordHostTallies(db, tallies, now, policy),
  };
}

/** The URLs a source's crawl starts from (its homepage when it lists no feed, sitemap or section). */
function startUrls(source: SourceConfig): string[] {
  const listed = [...source.feeds, ...source.sitemaps, ...source.sections];
  return listed.length > 0 ? listed : [source.homepage];
}

/**
 * Why a source is skipped this run, or null: every host it starts from has an open circuit (it failed
 * every request in its latest runs and rests until its back-off passes).
 */
export async function backOffReason(db: Db, source: SourceConfig, now: Date): Promise<string | null> {
  const hosts = [...new Set(startUrls(source).map((url) => new URL(url).host))];
  const states = await readHostStates(db, hosts);
  if (!hosts.every((host) => isOpen(states.get(host), now))) return null;
  return hosts
    .map((host) => {
      const state = states.get(host);
      return `host ${host} backed off until ${state?.openUntil?.toISOString() ?? '?'} after ${state?.failedRuns ?? 0} failed runs (${state?.lastError ?? 'no answer'})`;
    })
    .join('; ');
}
