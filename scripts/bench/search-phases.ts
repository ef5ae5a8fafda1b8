import type { ReadConnection, SqlValue } from '../../store/read-connection.js';

/**
 * The phases of a search, named by a fragment of their SQL (store/search/sqlite-search-index.ts), first
 * match wins. Whatever no statement accounts for is JavaScript: parsing, planning, ranking, facet counting,
 * snippets, turning rows into objects.
 */
const PHASES: readonly (readonly [string, string])[] = [
  ['bm25(', 'candidates: FTS5 match, BM25, join'],
  ['SearchTermInstances', 'prefix probes (vocabulary)'],
  ['EntityAlias', 'entity lookups of the query words'],
  ['group_concat', 'facets: mentions of the window'],
  ['FROM Entity WHERE id IN', 'facets: entity names'],
  ['GROUP BY e.type', 'facets: event types'],
  ['FROM Source', 'facets: sources'],
  ['FROM Article a LEFT JOIN Source', 'page: article rows'],
  ['FROM Mention m JOIN Entity', 'page: entities'],
  ['DISTINCT es.articleId', 'page: event types'],
  ['FROM SearchDocument', 'window top, lowest id'],
];

const phaseOf = (sql: string): string =>
  PHASES.find(([fragment]) => sql.includes(fragment))?.[1] ?? 'other SQL';

/** CPU time (user + system of the process) of `fn`, in ms. */
function cpuOf<T>(fn: () => T, add: (ms: number) => void): T {
  const before = process.cpuUsage();
  try {
    return fn();
  } finally {
    const used = process.cpuUsage(before);
    add((used.user + used.system) / 1000);
  }
}

/**
 * A read connection that adds the CPU time of every statement to its phase, for the benchmark's breakdown
 * of where a search's time goes. `spent` holds the sums since the last `reset`.
 */
export function phaseTimedConnection(reads: ReadConnection): {
  reads: ReadConnection;
  spent: Map<string, number>;
  reset(): void;
} {
  const spent = new Map<string, number>();
  const add = (sql: string) => (ms: number) => spent.set(phaseOf(sql), (spent.get(phaseOf(sql)) ?? 0) + ms);
  return {
    /* eslint-disable @typescript-eslint/no-unnecessary-type-parameters -- the caller names the row shape */
    reads: {
      ...reads,
      all: <T>(sql: string, params?: Record<string, SqlValue>) =>
        cpuOf(() => reads.all<T>(sql, params), add(sql)),
      get: <T>(sql: string, params?: Record<string, SqlValue>) =>
        cpuOf(() => reads.get<T>(sql, params), add(sql)),
      tuples: <T extends readonly unknown[]>(sql: string, params?: Record<string, SqlValue>) =>
        cpuOf(() => reads.tuples<T>(sql, params), add(sql)),
    },
    /* eslint-enable @typescript-eslint/no-unnecessary-type-parameters */
    spent,
    reset: () => {
      spent.clear();
    },
  };
}
