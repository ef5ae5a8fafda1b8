import Database from 'better-sqlite3';

/** A value SQLite accepts as a bound parameter. */
export type SqlValue = string | number | bigint | null;

/**
 * A read-only SQLite connection with a cache of prepared statements: the API's read path. Prisma stays
 * the write path (transactions, migrations); reads that serve every request use prepared statements
 * directly, which is an order of magnitude faster per query than a Prisma round trip (measured: ~15 µs
 * against ~190 µs for `$queryRaw` and ~1.6 ms for a `findMany` with includes). WAL lets this connection
 * read while Prisma writes.
 */
export interface ReadConnection {
  /* eslint-disable @typescript-eslint/no-unnecessary-type-parameters -- the caller names the row shape */
  all<T>(sql: string, params?: Record<string, SqlValue>): T[];
  get<T>(sql: string, params?: Record<string, SqlValue>): T | undefined;
  /**
   * Rows as arrays of column values in select order: cheaper than objects when many rows are read only
   * to be turned into other objects.
   */
  tuples<T extends readonly unknown[]>(sql: string, params?: Record<string, SqlValue>): T[];
  /* eslint-enable @typescript-eslint/no-unnecessary-type-parameters */
  /**
   * A memo for values derived from the database, keyed by the keys writes log in the ViewChange table
   * (`event:<id>`, appended by triggers whatever code made the write). When another connection has
   * committed since the last call (SQLite's `PRAGMA data_version`), the entries whose keys were logged
   * are deleted, so what it holds is never stale while the rest survives a crawl's steady commits. It
   * starts over if it fell behind the log, and drops its oldest entries past {@link MEMO_LIMIT}. Only
   * values keyed this way belong here. Call it once per synchronous read, not across awaits.
   */
  memo(): Map<string, unknown>;
  /**
   * How many times {@link memo} has forgotten entries because of writes. A value read from the database
   * while this was N may be stored in the memo only while it still is N: an asynchronous reader checks it
   * before storing, so a view read before a write is not stored after the write was forgotten.
   */
  forgetCount(): number;
  close(): void;
}

/**
 * Entries a connection's memo holds; past it the oldest quarter is dropped. An event view with its
 * text is about 3 KB (measured: 130 MB for 40,000), so this bounds the memo near 100 MB.
 */
export const MEMO_LIMIT = 30_000;

/** Drops the oldest quarter of a memo that grew past {@link MEMO_LIMIT} (a Map iterates oldest first). */
export function trimMemo(memo: Map<string, unknown>): void {
  if (memo.size <= MEMO_LIMIT) return;
  let drop = memo.size - MEMO_LIMIT + Math.floor(MEMO_LIMIT / 4);
  for (const key of memo.keys()) {
    if (drop-- <= 0) break;
    memo.delete(key);
  }
}

/** Page cache of the read connection, in KiB. */
const READ_CACHE_KIB = 65_536;

/** Logged changes applied one by one when catching up; past this the memo starts over. */
const CHANGES_PER_CATCH_UP = 10_000;

/** Opens `file` read-only (the database must exist and be migrated, e.g. by openDatabase). */
export function openReadConnection(file: string): ReadConnection {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  db.pragma('busy_timeout = 5000');
  // 64 MiB of page cache instead of SQLite's 2 MiB: timelines of random entities touch index pages all
  // over the database (measured: 13% less time per timeline page on the 100,000-article benchmark).
  db.pragma(`cache_size = -${String(READ_CACHE_KIB)}`);
  // The search index's terms, one row per occurrence, for this connection only (a read-only connection may
  // create temp tables): the search probes it for the terms of a prefix (store/search/sqlite-search-index.ts).
  db.exec(
    `CREATE VIRTUAL TABLE temp.SearchTermInstances USING fts5vocab(main, 'SearchDocumentFts', 'instance')`,
  );
  const statements = new Map<string, Database.Statement>();
  const prepare = (sql: string, raw = false): Database.Statement => {
    const key = raw ? `raw:${sql}` : sql;
    let statement = statements.get(key);
    if (!statement) {
      statement = db.prepare(sql);
      if (raw) statement.raw(true);
      statements.set(key, statement);
    }
    return statement;
  };
  const memo = new Map<string, unknown>();
  let version = -1;
  // Prepared once: db.pragma() would prepare the statement again on every request.
  const dataVersion = db.prepare('PRAGMA data_version').pluck();
  const lastChange = db.prepare('SELECT COALESCE(MAX(id), 0) FROM ViewChange').pluck();
  const changesSince = db.prepare('SELECT id, key FROM ViewChange WHERE id > ? ORDER BY id LIMIT ?').raw();
  let seen = lastChange.get() as number;
  let forgotten = 0;
  const evictChanged = () => {
    forgotten++;
    const changes = changesSince.all(seen, CHANGES_PER_CATCH_UP + 1) as [number, string][];
    const first = changes[0];
    if (!first) {
      // The log never goes backwards unless the file was replaced (a restore): start over from it.
      const last = lastChange.get() as number;
      if (last < seen) {
        memo.clear();
        seen = last;
      }
      return;
    }
    if (first[0] !== seen + 1 || changes.length > CHANGES_PER_CATCH_UP) {
      // Pruned past us, or so much changed that starting over is cheaper.
      memo.clear();
      seen = lastChange.get() as number;
      return;
    }
    for (const [id, key] of changes) {
      memo.delete(key);
      seen = id;
    }
  };
  /* eslint-disable @typescript-eslint/no-unnecessary-type-parameters -- the caller names the row shape */
  return {
    all: <T>(sql: string, params: Record<string, SqlValue> = {}) => prepare(sql).all(params) as T[],
    get: <T>(sql: string, params: Record<string, SqlValue> = {}) => prepare(sql).get(params) as T | undefined,
    tuples: <T extends readonly unknown[]>(sql: string, params: Record<string, SqlValue> = {}) =>
      prepare(sql, true).all(params) as T[],
    memo: () => {
      const now = dataVersion.get() as number;
      if (now !== version) {
        version = now;
        evictChanged();
      }
      trimMemo(memo);
      return memo;
    },
    forgetCount: () => forgotten,
    close: () => {
      db.close();
    },
  };
  /* eslint-enable @typescript-eslint/no-unnecessary-type-parameters */
}

/** A stored DateTime (Prisma writes `2025-08-14T08:15:00.000+00:00`) as an ISO string ending in Z. */
export function isoFromDb(value: string): string;
export function isoFromDb(value: string | null): string | null;
export function isoFromDb(value: string | null): string | null {
  if (value === null) return null;
  return value.endsWith('+00:00') ? `${value.slice(0, -6)}Z` : new Date(value).toISOString();
}

/** A Date in the form Prisma stores, so SQL comparisons with stored DateTimes are plain text order. */
export function isoToDb(date: Date): string {
  return `${date.toISOString().slice(0, -1)}+00:00`;
}
