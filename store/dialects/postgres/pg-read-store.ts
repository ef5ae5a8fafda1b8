import pg from 'pg';
import { isoToDb, type SqlValue } from '../../read-connection.js';
import type { ReadStore } from '../../read-store.js';
import { toPostgresSql, type PostgresQuery } from './sql-translation.js';
import { listeningMemo } from './view-change-listener.js';

/** Connections of the API's read pool (Prisma's pool stays the write path). */
const READ_POOL_SIZE = 8;

/** PostgreSQL type ids whose text the read path turns into SQLite's shapes. */
const TYPE = {
  bool: pg.types.builtins.BOOL,
  int8: pg.types.builtins.INT8,
  numeric: pg.types.builtins.NUMERIC,
  timestamp: pg.types.builtins.TIMESTAMP,
  timestamptz: pg.types.builtins.TIMESTAMPTZ,
} as const;

/** `2025-08-14 08:15:00.12` (a UTC `timestamp(3)`, as Prisma writes it) in the form SQLite stores. */
function timestampText(value: string): string {
  return isoToDb(new Date(`${value.replace(' ', 'T')}Z`));
}

/**
 * Parsers that give rows the shapes the SQLite read path gives (see {@link ReadStore}): dates as ISO text
 * with `+00:00` (pg would read a `timestamp` in the server process's time zone), booleans as 1 or 0, and
 * counts (`bigint`) as numbers, so the read modules need no second copy of their row handling.
 */
const sqliteShapes: pg.CustomTypesConfig = {
  getTypeParser: (oid, format) => {
    switch (oid) {
      case TYPE.bool:
        return (value: string) => (value === 't' ? 1 : 0);
      case TYPE.int8:
      case TYPE.numeric:
        return Number;
      case TYPE.timestamp:
        return timestampText;
      case TYPE.timestamptz:
        return (value: string) => isoToDb(new Date(value));
      default:
        return pg.types.getTypeParser(oid, format) as (value: string) => unknown;
    }
  },
};

/**
 * The read path on PostgreSQL: a pool of its own on `url`, running the read modules' SQL through
 * {@link toPostgresSql} (translated once per text) as named prepared statements, and a memo of event views
 * kept by LISTEN/NOTIFY ({@link listeningMemo}).
 */
export function openPostgresReadStore(url: string): ReadStore {
  const pool = new pg.Pool({ connectionString: url, max: READ_POOL_SIZE, types: sqliteShapes });
  const views = listeningMemo(url);
  // An idle connection the server closes (a restart) is dropped by the pool; the next query opens another.
  pool.on('error', () => undefined);
  const translated = new Map<string, PostgresQuery & { name: string }>();
  const queryOf = (sql: string, params: Record<string, SqlValue>, rowMode?: 'array') => {
    let query = translated.get(sql);
    if (!query) {
      query = { ...toPostgresSql(sql), name: `read_${String(translated.size + 1)}` };
      translated.set(sql, query);
    }
    const values = query.names.map((name) => {
      const value = params[name];
      if (value === undefined) throw new Error(`no value for @${name} in: ${sql}`);
      return query.arrays.has(name) ? (JSON.parse(String(value)) as unknown[]) : value;
    });
    return { name: query.name, text: query.text, values, ...(rowMode ? { rowMode } : {}) };
  };
  const all = async <T>(sql: string, params: Record<string, SqlValue> = {}): Promise<T[]> =>
    (await pool.query(queryOf(sql, params))).rows as T[];
  return {
    dialect: 'postgres',
    all,
    get: async <T>(sql: string, params?: Record<string, SqlValue>) => (await all<T>(sql, params))[0],
    tuples: async <T extends readonly unknown[]>(sql: string, params: Record<string, SqlValue> = {}) =>
      (await pool.query(queryOf(sql, params, 'array'))).rows as T[],
    memo: () => views.memo(),
    sqlite: null,
    close: async () => {
      await views.close();
      await pool.end();
    },
  };
}
