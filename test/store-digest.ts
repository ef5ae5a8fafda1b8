import { createHash } from 'node:crypto';
import Database from 'better-sqlite3';

/**
 * What a crawl or re-analysis left in a SQLite store, keyed by what stays the same across databases
 * (article URLs, entity ids) instead of row ids, and without timestamps, sorted: two stores that hold the
 * same articles, mentions and events have equal digests however their rows were numbered or interleaved.
 */
export interface StoreDigest {
  counts: { articles: number; mentions: number; events: number; eventSources: number };
  articles: unknown[];
  mentions: unknown[];
  events: unknown[];
  entities: unknown[];
  releases: unknown[];
  /** sha256 of all of the above as canonical JSON, for a one-line comparison in reports. */
  sha256: string;
}

const QUERIES = {
  articles: `SELECT a.url, a.sourceId, a.title, a.language, a.contentHash, a.analysisHash, a.publishedAt,
      d.url AS duplicateOf, a.duplicateSimilarity
    FROM Article a LEFT JOIN Article d ON d.id = a.duplicateOfId ORDER BY a.url`,
  mentions: `SELECT a.url, m.entityId, m.count, m.firstSentence
    FROM Mention m JOIN Article a ON a.id = m.articleId ORDER BY a.url, m.entityId`,
  events: `SELECT e.type, e.subjectId, e.dateValue, e.datePrecision, e.reason, e.confidence, e.sourceCount,
      e.languages, e.hidden,
      (SELECT group_concat(x, ' | ') FROM (SELECT a.url || ' ' || s.evidence AS x FROM EventSource s
        JOIN Article a ON a.id = s.articleId WHERE s.eventId = e.id ORDER BY x)) AS sources,
      (SELECT group_concat(x, ' | ') FROM (SELECT r.entityId || ':' || r.role AS x FROM EventEntity r
        WHERE r.eventId = e.id ORDER BY x)) AS related
    FROM Event e ORDER BY e.type, e.subjectId, sources, e.dateValue`,
  entities: `SELECT e.id, e.kind, e.name, e.developerId, e.family, e.candidate, e.mergedIntoId, e.mentionCount,
      (SELECT group_concat(k, ',') FROM (SELECT key AS k FROM EntityAlias WHERE entityId = e.id ORDER BY k))
        AS aliases
    FROM Entity e ORDER BY e.id`,
  releases: `SELECT entityId, status, expectedDate, expectedPrecision, releasedDate FROM ReleaseTrack
    ORDER BY entityId`,
} as const;

/** Reads the digest of the store in `file` (opened read-only). */
export function digestStore(file: string): StoreDigest {
  const db = new Database(file, { readonly: true });
  try {
    const rows = (sql: string) => db.prepare(sql).all();
    const count = (table: string) =>
      (db.prepare(`SELECT COUNT(*) AS n FROM ${table}`).get() as { n: number }).n;
    const content = {
      counts: {
        articles: count('Article'),
        mentions: count('Mention'),
        events: count('Event'),
        eventSources: count('EventSource'),
      },
      articles: rows(QUERIES.articles),
      mentions: rows(QUERIES.mentions),
      events: rows(QUERIES.events),
      entities: rows(QUERIES.entities),
      releases: rows(QUERIES.releases),
    };
    return { ...content, sha256: createHash('sha256').update(JSON.stringify(content)).digest('hex') };
  } finally {
    db.close();
  }
}

/** A single number read from the store, or 0 while the file or table does not exist yet. */
export function readCount(file: string, sql: string): number {
  let db: Database.Database | undefined;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true });
    return (db.prepare(sql).get() as { n: number | null } | undefined)?.n ?? 0;
  } catch {
    return 0;
  } finally {
    db?.close();
  }
}
