import { createRequire } from 'node:module';

/** The part of robots-parser we use; its bundled typings do not fit NodeNext's view of a CJS module. */
interface Robot {
  isAllowed(url: string, ua?: string): boolean | undefined;
  getCrawlDelay(ua?: string): number | undefined;
}
const robotsParser = createRequire(import.meta.url)('robots-parser') as (
  url: string,
  contents: string,
) => Robot;

/**
 * Fetches a robots.txt body: text for 2xx, '' when there is none (4xx); `{ error }` (or null) when it could
 * not be fetched, with the reason.
 */
export type FetchRobots = (
  url: string,
) => Promise<{ status: number; text: string } | { error: string } | null>;

type Rules = Robot | 'allow-all' | { unreachable: string };

/**
 * robots.txt rules per origin, fetched once and cached. Following the robots exclusion standard
 * (RFC 9309): a missing file (4xx) allows everything; an unreachable one (5xx, network) disallows
 * everything for this run, so an overloaded site is not crawled harder.
 */
export class RobotsRules {
  readonly #cache = new Map<string, Promise<Rules>>();
  readonly #fetch: FetchRobots;
  readonly #agent: string;

  constructor(fetchRobots: FetchRobots, agent: string) {
    this.#fetch = fetchRobots;
    this.#agent = agent;
  }

  #load(url: string) {
    const origin = new URL(url).origin;
    let rules = this.#cache.get(origin);
    if (!rules) {
      const robotsUrl = `${origin}/robots.txt`;
      rules = this.#fetch(robotsUrl).then((response): Rules => {
        if (!response) return { unreachable: 'no answer' };
        if ('error' in response) return { unreachable: response.error };
        if (response.status >= 500) return { unreachable: `HTTP ${response.status}` };
        if (response.status >= 400) return 'allow-all';
        return robotsParser(robotsUrl, response.text);
      });
      this.#cache.set(origin, rules);
    }
    return rules;
  }

  /**
   * Whether our agent may fetch `url`: `allowed`, `disallowed` by the rules, or `unreachable` when the
   * site's robots.txt could not be read (nothing is fetched from such a site during this run).
   */
  async check(url: string): Promise<'allowed' | 'disallowed' | 'unreachable'> {
    const rules = await this.#load(url);
    if (rules === 'allow-all') return 'allowed';
    if ('unreachable' in rules) return 'unreachable';
    return rules.isAllowed(url, this.#agent) === false ? 'disallowed' : 'allowed';
  }

  /** Why the robots.txt of `url`'s site could not be read, or null when it could. */
  async unreachableReason(url: string): Promise<string | null> {
    const rules = await this.#load(url);
    return rules !== 'allow-all' && 'unreachable' in rules ? rules.unreachable : null;
  }

  /** The Crawl-delay for our agent in milliseconds, or 0. */
  async crawlDelayMs(url: string): Promise<number> {
    const rules = await this.#load(url);
    if (rules === 'allow-all' || 'unreachable' in rules) return 0;
    const seconds = rules.getCrawlDelay(this.#agent);
    return typeof seconds === 'number' && Number.isFinite(seconds) ? seconds * 1000 : 0;
  }
}
