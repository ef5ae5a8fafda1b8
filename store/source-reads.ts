import { decodeCursor, encodeCursor } from './cursor.js';
import { isoFromDb, type SqlValue } from './read-connection.js';
import type { ReadStore } from './read-store.js';
import { parseDiscovery } from './crawl-state.js';

/** A crawl run as the API shows it. */
export interface CrawlRunView {
  id: number;
  source: string;
  status: string;
  startedAt: string;
  finishedAt: string | null;
  discovered: number;
  fetched: number;
  notModified: number;
  created: number;
  updated: number;
  failed: number;
  errors: { url: string; reason: string }[];
}

/** A source from the registry with its article count and latest crawl run. */
export interface SourceView {
  id: string;
  name: string;
  language: string;
  category: string;
  homepage: string;
  feeds: string[];
  sitemaps: string[];
  sections: string[];
  intervalMinutes: number;
  enabled: boolean;
  lastRunAt: string | null;
  articles: number;
  lastRun: CrawlRunView | null;
  /** Hosts of this source failing every request in their latest runs, with the circuit breaker's back-off. */
  failingHosts: FailingHostView[];
}

/** A host whose circuit breaker counts failed runs: backed off until `backedOffUntil` (null once it has passed). */
export interface FailingHostView {
  host: string;
  failedRuns: number;
  backedOffUntil: string | null;
  lastError: string | null;
}

function hostsOf(urls: readonly string[]): string[] {
  const hosts = new Set<string>();
  for (const url of urls) {
    try {
      hosts.add(new URL(url).host);
    } catch {
      // A stored URL that no longer parses names no host.
    }
  }
  return [...hosts];
}

async function failingHosts(conn: ReadStore, urls: readonly string[], now: Date): Promise<FailingHostView[]> {
  const hosts: FailingHostView[] = [];
  for (const host of hostsOf(urls)) {
    const row = await conn.get<{ failedRuns: number; openUntil: string | null; lastError: string | null }>(
      'SELECT failedRuns, openUntil, lastError FROM HostHealth WHERE host = @host AND failedRuns > 0',
      { host },
    );
    if (!row) continue;
    const until = isoFromDb(row.openUntil);
    hosts.push({
      host,
      failedRuns: row.failedRuns,
      backedOffUntil: until !== null && Date.parse(until) > now.getTime() ? until : null,
      lastError: row.lastError,
    });
  }
  return hosts;
}

interface RunRow {
  id: number;
  sourceId: string;
  status: string;
  startedAt: string;
  finishedAt: string | null;
  discovered: number;
  fetched: number;
  notModified: number;
  created: number;
  updated: number;
  failed: number;
  errors: string;
}

function toRun(row: RunRow): CrawlRunView {
  return {
    id: row.id,
    source: row.sourceId,
    status: row.status,
    startedAt: isoFromDb(row.startedAt),
    finishedAt: isoFromDb(row.finishedAt),
    discovered: row.discovered,
    fetched: row.fetched,
    notModified: row.notModified,
    created: row.created,
    updated: row.updated,
    failed: row.failed,
    errors: JSON.parse(row.errors) as { url: string; reason: string }[],
  };
}

/** Every source in id order, each with its article count and latest run. */
export async function readSources(conn: ReadStore, now: Date = new Date()): Promise<SourceView[]> {
  const rows = await conn.all<{
    id: string;
    name: string;
    language: string;
    category: string;
    homepage: string;
    discovery: string;
    intervalMinutes: number;
    enabled: number;
    lastRunAt: string | null;
    articles: number;
  }>(
    `SELECT s.*, (SELECT COUNT(*) FROM Article a WHERE a.sourceId = s.id) AS articles FROM Source s ORDER BY s.id`,
  );
  const views: SourceView[] = [];
  for (const row of rows) {
    const last = await conn.get<RunRow>(
      'SELECT * FROM CrawlRun WHERE sourceId = @id ORDER BY startedAt DESC, id DESC LIMIT 1',
      { id: row.id },
    );
    const discovery = parseDiscovery(row.discovery);
    const urls = [row.homepage, ...discovery.feeds, ...discovery.sitemaps, ...discovery.sections];
    views.push({
      id: row.id,
      name: row.name,
      language: row.language,
      category: row.category,
      homepage: row.homepage,
      ...discovery,
      intervalMinutes: row.intervalMinutes,
      enabled: row.enabled === 1,
      lastRunAt: isoFromDb(row.lastRunAt),
      articles: row.articles,
      lastRun: last ? toRun(last) : null,
      failingHosts: await failingHosts(conn, urls, now),
    });
  }
  return views;
}

/** Whether a source with this id exists. */
export async function sourceExists(conn: ReadStore, id: string): Promise<boolean> {
  return (await conn.get('SELECT 1 AS x FROM Source WHERE id = @id', { id })) !== undefined;
}

/** Crawl runs newest first (by id), optionally of one source or status. */
export async function readCrawlRunPage(
  conn: ReadStore,
  options: {
    source?: string | undefined;
    status?: string | undefined;
    limit: number;
    cursor?: string | undefined;
  },
): Promise<{ items: CrawlRunView[]; nextCursor: string | null }> {
  const parts = ['1 = 1'];
  const params: Record<string, SqlValue> = { take: options.limit + 1 };
  if (options.source !== undefined) {
    parts.push('sourceId = @source');
    params.source = options.source;
  }
  if (options.status !== undefined) {
    parts.push('status = @status');
    params.status = options.status;
  }
  if (options.cursor !== undefined) {
    const [before] = decodeCursor(options.cursor, ['n']);
    parts.push('id < @before');
    params.before = before ?? null;
  }
  const rows = await conn.all<RunRow>(
    `SELECT * FROM CrawlRun WHERE ${parts.join(' AND ')} ORDER BY id DESC LIMIT @take`,
    params,
  );
  const page = rows.slice(0, options.limit);
  const last = page[page.length - 1];
  return {
    items: page.map(toRun),
    nextCursor: rows.length > options.limit && last ? encodeCursor([last.id]) : null,
  };
}
