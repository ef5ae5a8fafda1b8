import { databaseFileOf, isPostgres, postgresUrlOf, type Db } from './database.js';
import { openPostgresReadStore } from './dialects/postgres/pg-read-store.js';
import { openReadConnection, type ReadConnection, type SqlValue } from './read-connection.js';

/** The SQL dialect a {@link ReadStore} speaks, for the few queries written once per dialect. */
export type ReadDialect = 'sqlite' | 'postgres';

/**
 * Memoised values derived from the database (see {@link ReadConnection.memo}), taken at the start of one
 * read: `set` stores only when no write was forgotten since, so a read that awaited while another request
 * caught up with a write never stores what it read before that write.
 */
export interface ViewMemo {
  get(key: string): unknown;
  set(key: string, value: unknown): void;
}

/**
 * The API's read path over either database: SQL written once in SQLite's spelling (unquoted CamelCase
 * identifiers, `@name` parameters, `IN (SELECT value FROM json_each(@list))` for lists of values), run on
 * the SQLite read connection or translated for PostgreSQL (store/dialects/postgres/sql-translation.ts).
 * Rows come back in SQLite's shapes on both: dates as ISO strings with `+00:00` (read with `isoFromDb`),
 * booleans as 1 or 0, counts as numbers.
 */
export interface ReadStore {
  readonly dialect: ReadDialect;
  all<T>(sql: string, params?: Record<string, SqlValue>): Promise<T[]>;
  get<T>(sql: string, params?: Record<string, SqlValue>): Promise<T | undefined>;
  /** Rows as arrays of column values in select order. */
  tuples<T extends readonly unknown[]>(sql: string, params?: Record<string, SqlValue>): Promise<T[]>;
  /**
   * The memo of event views, forgetting what writes change: on SQLite through the ViewChange log read at
   * each commit, on PostgreSQL through LISTEN/NOTIFY (a moment after another process's commit).
   */
  memo(): Promise<ViewMemo>;
  /** The synchronous SQLite connection underneath, for SQLite-only reads (FTS5 search); null on PostgreSQL. */
  readonly sqlite: ReadConnection | null;
  close(): Promise<void>;
}

/** A {@link ReadStore} over a SQLite read connection; closing the store closes the connection. */
export function sqliteReadStore(conn: ReadConnection): ReadStore {
  return {
    dialect: 'sqlite',
    all: <T>(sql: string, params?: Record<string, SqlValue>) => Promise.resolve(conn.all<T>(sql, params)),
    get: <T>(sql: string, params?: Record<string, SqlValue>) => Promise.resolve(conn.get<T>(sql, params)),
    tuples: <T extends readonly unknown[]>(sql: string, params?: Record<string, SqlValue>) =>
      Promise.resolve(conn.tuples<T>(sql, params)),
    memo: () => {
      const map = conn.memo();
      const at = conn.forgetCount();
      return Promise.resolve({
        get: (key: string) => map.get(key),
        set: (key: string, value: unknown) => {
          conn.memo();
          if (conn.forgetCount() === at) map.set(key, value);
        },
      });
    },
    sqlite: conn,
    close: () => {
      conn.close();
      return Promise.resolve();
    },
  };
}

/**
 * Opens the read path of a client opened by openDatabase: a read-only connection to its SQLite file, or a
 * small pool on its PostgreSQL database. The caller closes it.
 */
export function openReadStore(db: Db): ReadStore {
  return isPostgres(db)
    ? openPostgresReadStore(postgresUrlOf(db))
    : sqliteReadStore(openReadConnection(databaseFileOf(db)));
}
