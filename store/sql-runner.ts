import type Database from 'better-sqlite3';
import { Prisma } from '../prisma/generated/sqlite/client.js';
import type { Db } from './database.js';

/** A Prisma client or an interactive transaction of one. */
type Queryable = Pick<Db, '$queryRaw' | '$executeRaw'>;

/**
 * Runs SQL written once as `Prisma.sql` templates (double-quoted identifiers, portable to SQLite and
 * PostgreSQL) on the fastest path the database has. Rows come back as the driver gives them: read dates
 * with {@link asDate} and integers with `Number`, since SQLite returns ISO strings and PostgreSQL Dates.
 */
export interface SqlRunner {
  rows<T>(query: Prisma.Sql): Promise<T[]>;
  run(query: Prisma.Sql): Promise<void>;
}

/** The better-sqlite3 connection behind each SQLite client, registered by openDatabase. */
const sqliteConnections = new WeakMap<object, Database.Database>();

/** The most distinct statements kept prepared per connection (IN lists of many lengths make many). */
const MAX_PREPARED = 500;
const prepared = new WeakMap<Database.Database, Map<string, Database.Statement>>();

/**
 * Registers the better-sqlite3 connection a SQLite client runs on, so the store's hot writes can use
 * prepared statements on it instead of Prisma's per-query compilation (about 0.05 ms against 0.5-1.8 ms a
 * statement). It is the client's own connection, so the statements join the client's open transaction.
 */
export function registerSqliteConnection(db: Queryable, connection: Database.Database): void {
  sqliteConnections.set(db, connection);
}

/** A value as better-sqlite3 binds it, in the format Prisma's adapter writes (ISO dates with +00:00). */
function sqliteValue(value: unknown): unknown {
  if (value instanceof Date) return value.toISOString().replace('Z', '+00:00');
  if (typeof value === 'boolean') return value ? 1 : 0;
  return value ?? null;
}

function statementOf(connection: Database.Database, sql: string): Database.Statement {
  let cache = prepared.get(connection);
  if (!cache || cache.size >= MAX_PREPARED) {
    cache = new Map();
    prepared.set(connection, cache);
  }
  let statement = cache.get(sql);
  if (!statement) {
    statement = connection.prepare(sql);
    // Prisma's adapter turns safe integers on for the connection; the store's ids and counts fit a number.
    statement.safeIntegers(false);
    cache.set(sql, statement);
  }
  return statement;
}

function sqliteRunner(connection: Database.Database): SqlRunner {
  return {
    rows<T>(query: Prisma.Sql) {
      return Promise.resolve(statementOf(connection, query.sql).all(...query.values.map(sqliteValue)) as T[]);
    },
    run(query: Prisma.Sql) {
      statementOf(connection, query.sql).run(...query.values.map(sqliteValue));
      return Promise.resolve();
    },
  };
}

function prismaRunner(db: Queryable): SqlRunner {
  return {
    rows: <T>(query: Prisma.Sql) => db.$queryRaw<T[]>(query),
    run: async (query: Prisma.Sql) => {
      await db.$executeRaw(query);
    },
  };
}

/**
 * The runner for statements inside `tx`, a transaction of `db`: on SQLite the connection's prepared
 * statements (the transaction holds that connection, and Prisma's adapter lets no other transaction start
 * meanwhile), elsewhere Prisma's raw queries on `tx`. Without `tx`, statements run on `db` directly.
 */
export function sqlOf(db: Queryable, tx: Queryable = db): SqlRunner {
  const connection = sqliteConnections.get(db);
  return connection ? sqliteRunner(connection) : prismaRunner(tx);
}

/** A date column as either driver returns it (SQLite: ISO text, PostgreSQL: Date). */
export function asDate(value: unknown): Date {
  return value instanceof Date ? value : new Date(String(value));
}

/** `a, b, c` for an IN list; callers never pass an empty list (SQL has no empty IN). */
export function list(values: readonly unknown[]): Prisma.Sql {
  return Prisma.join(values);
}

export { Prisma };
