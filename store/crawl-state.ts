import type { Db } from './database.js';
import { Prisma, sqlOf } from './sql-runner.js';

/** A source as the registry describes it (see crawlers/sources). */
export interface SourceRecord {
  id: string;
  name: string;
  language: string;
  category: string;
  homepage: string;
  feeds: readonly string[];
  sitemaps: readonly string[];
  sections: readonly string[];
  intervalMinutes: number;
  enabled: boolean;
}

export interface RunCounts {
  discovered: number;
  fetched: number;
  notModified: number;
  created: number;
  updated: number;
  failed: number;
  errors: { url: string; reason: string }[];
}

/** The counts of a run that has done nothing yet. */
export function emptyRunCounts(): RunCounts {
  return { discovered: 0, fetched: 0, notModified: 0, created: 0, updated: 0, failed: 0, errors: [] };
}

/**
 * Writes registry sources into the Source table so runs, URLs and articles can refer to them. A new
 * source is created as given; an existing one takes the registry's description (name, language,
 * category, homepage, feeds, sitemaps, sections) but keeps its `enabled` flag and interval, which
 * operators change through the API and which must survive a restart.
 */
export async function upsertSources(db: Db, sources: readonly SourceRecord[]): Promise<void> {
  await db.$transaction(
    sources.map((source) => {
      const description = {
        name: source.name,
        language: source.language,
        category: source.category,
        homepage: source.homepage,
        discovery: JSON.stringify({
          feeds: source.feeds,
          sitemaps: source.sitemaps,
          sections: source.sections,
        }),
      };
      return db.source.upsert({
        where: { id: source.id },
        create: {
          id: source.id,
          ...description,
          intervalMinutes: source.intervalMinutes,
          enabled: source.enabled,
        },
        update: description,
      });
    }),
  );
}

/** The discovery URLs stored in a Source row's `discovery` JSON column. */
export function parseDiscovery(json: string): { feeds: string[]; sitemaps: string[]; sections: string[] } {
  const discovery = JSON.parse(json) as Partial<Record<'feeds' | 'sitemaps' | 'sections', string[]>>;
  return {
    feeds: discovery.feeds ?? [],
    sitemaps: discovery.sitemaps ?? [],
    sections: discovery.sections ?? [],
  };
}

/** Sets a source's `enabled` flag; false when there is no source with that id. */
export async function setSourceEnabled(db: Db, id: string, enabled: boolean): Promise<boolean> {
  const { count } = await db.source.updateMany({ where: { id }, data: { enabled } });
  return count > 0;
}

/**
 * Every source in the database (registry and API-created) with its last run, as the scheduler needs
 * them: the database, not the file read at start-up, says what is enabled and how often it runs.
 */
export async function listSourceRecords(db: Db): Promise<(SourceRecord & { lastRunAt: Date | null })[]> {
  const rows = await db.source.findMany({ orderBy: { id: 'asc' } });
  return rows.map((row) => {
    return {
      id: row.id,
      name: row.name,
      language: row.language,
      category: row.category,
      homepage: row.homepage,
      ...parseDiscovery(row.discovery),
      intervalMinutes: row.intervalMinutes,
      enabled: row.enabled,
      lastRunAt: row.lastRunAt,
    };
  });
}

/** Records the start of a crawl run; returns its id for {@link finishRun}. */
export async function startRun(db: Db, sourceId: string, startedAt: Date): Promise<number> {
  const run = await db.crawlRun.create({ data: { sourceId, startedAt } });
  return run.id;
}

/** How a crawl run ended (see SourceRunSummary in jobs/run-crawl.ts for when each is given). */
export const RUN_STATUSES = ['ok', 'failed', 'interrupted', 'backed-off'] as const;
export type RunStatus = (typeof RUN_STATUSES)[number];
/** What a stored run's status can read: a run still going, or how it ended. */
export const RUN_STATES = ['running', ...RUN_STATUSES] as const;

/** Records a run's end with its counts and failures, and (unless interrupted) the source's last run time. */
export async function finishRun(
  db: Db,
  runId: number,
  sourceId: string,
  counts: RunCounts,
  finishedAt: Date,
  status: RunStatus,
): Promise<void> {
  const run = db.crawlRun.update({
    where: { id: runId },
    data: {
      finishedAt,
      status,
      discovered: counts.discovered,
      fetched: counts.fetched,
      notModified: counts.notModified,
      created: counts.created,
      updated: counts.updated,
      failed: counts.failed,
      errors: JSON.stringify(counts.errors.slice(0, 200)),
    },
  });
  // An interrupted run did not cover the source, so the source stays due for its next run.
  if (status === 'interrupted') {
    await run;
    return;
  }
  await db.$transaction([
    run,
    db.source.update({ where: { id: sourceId }, data: { lastRunAt: finishedAt } }),
  ]);
}

export interface UrlValidators {
  etag: string | null;
  lastModified: string | null;
}

/** The stored ETag and Last-Modified of a URL, for a conditional GET. */
export async function getUrlValidators(db: Db, url: string): Promise<UrlValidators | null> {
  const [row] = await sqlOf(db).rows<UrlValidators>(
    Prisma.sql`SELECT "etag", "lastModified" FROM "UrlState" WHERE "url" = ${url}`,
  );
  return row ?? null;
}

/** A column of the stored UrlState row in an upsert's update (`keep`) or the one just offered (`take`). */
const keep = (column: string) => Prisma.raw(`"UrlState"."${column}"`);
const take = (column: string) => Prisma.raw(`excluded."${column}"`);

/** What fetching a URL gave: a status with validators, or an error. */
export interface FetchOutcome {
  status: number;
  etag?: string | null;
  lastModified?: string | null;
  error?: string | null;
}

/**
 * Remembers the outcome of fetching a URL: validators on success, a failure count and reason otherwise.
 * One statement per page (an upsert), since the crawl records every page it fetches.
 */
export async function recordFetch(
  db: Db,
  sourceId: string,
  url: string,
  outcome: FetchOutcome,
): Promise<void> {
  await sqlOf(db).run(fetchRecordSql(sourceId, url, outcome));
}

/**
 * The statement {@link recordFetch} runs, for a caller that commits it with other writes (a crawl saves
 * an article and its fetch record in one transaction: one commit per page instead of two).
 */
export function fetchRecordSql(sourceId: string, url: string, outcome: FetchOutcome): Prisma.Sql {
  const ok = outcome.error == null;
  const fresh = ok && outcome.status !== 304;
  // A 304 may carry refreshed validators; keep the stored ones otherwise.
  const etag = fresh ? (outcome.etag ?? null) : ok && outcome.etag ? outcome.etag : null;
  const lastModified = fresh
    ? (outcome.lastModified ?? null)
    : ok && outcome.lastModified
      ? outcome.lastModified
      : null;
  const lastError = ok ? null : (outcome.error ?? null);
  return Prisma.sql`INSERT INTO "UrlState" ("url", "sourceId", "etag", "lastModified",
      "lastStatus", "lastFetchedAt", "failures", "lastError")
    VALUES (${url}, ${sourceId}, ${etag}, ${lastModified}, ${outcome.status}, ${new Date()}, ${ok ? 0 : 1},
      ${lastError})
    ON CONFLICT ("url") DO UPDATE SET "sourceId" = excluded."sourceId", "lastStatus" = excluded."lastStatus",
      "lastFetchedAt" = excluded."lastFetchedAt",
      "etag" = ${fresh || etag !== null ? take('etag') : keep('etag')},
      "lastModified" = ${fresh || lastModified !== null ? take('lastModified') : keep('lastModified')},
      "lastError" = ${ok && !fresh ? keep('lastError') : take('lastError')},
      "failures" = ${ok ? Prisma.raw('0') : Prisma.sql`${keep('failures')} + 1`}`;
}

/**
 * Marks runs of a source that are still "running" as "interrupted": a process that crashed or was
 * killed never finished them, and a new run is about to start. Returns how many were closed.
 */
export async function closeInterruptedRuns(db: Db, sourceId: string, now: Date): Promise<number> {
  const result = await db.crawlRun.updateMany({
    where: { sourceId, status: 'running' },
    data: { status: 'interrupted', finishedAt: now },
  });
  return result.count;
}
