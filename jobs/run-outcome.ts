/**
 * How a crawl run's robots.txt answers are recorded and when a run failed, shared by the embedded
 * crawl (run-crawl.ts) and the PostgreSQL workers' discovery (distributed/crawl-worker.ts), so that a
 * dead host's run reads the same in /v1/sources and /metrics whichever process crawled it.
 */
import type { RunCounts } from '../store/crawl-state.js';

const DISALLOWED_REASON = 'disallowed by robots.txt';
const ROBOTS_UNREACHABLE = 'robots.txt unreachable';

/** The error recorded for a URL that robots.txt refused, or whose robots.txt did not answer. */
export function robotsRefusalReason(why: 'disallowed' | 'unreachable', detail?: string): string {
  return why === 'disallowed' ? DISALLOWED_REASON : `${ROBOTS_UNREACHABLE}${detail ? `: ${detail}` : ''}`;
}

/**
 * Why a run failed because its host did not answer at all (down, its name unknown): robots.txt was
 * unreachable and the run reached nothing (`reached`: pages fetched or not modified; for a discovery,
 * links found). Undefined when the host answered: an empty feed, a malformed item or a refusal by
 * robots.txt are answers, not failures.
 */
export function unreachableHostReason(counts: RunCounts, reached: number): string | undefined {
  if (reached > 0) return undefined;
  return counts.errors.find((e) => e.reason.startsWith(ROBOTS_UNREACHABLE))?.reason;
}
