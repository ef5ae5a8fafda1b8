import { PrismaPg } from '@prisma/adapter-pg';
import pg from 'pg';

/** PostgreSQL's `name` type (catalog identifiers) and `text`. */
const NAME_OID = 19;
const TEXT_OID = 25;

type QueryResultLike = { fields?: { dataTypeID: number }[] } | undefined;
type AnyQuery = (...args: unknown[]) => unknown;

/**
 * A `pg.Pool` whose results report catalog `name` columns as `text`. Prisma's pg adapter (6.19) cannot
 * deserialise `name` (oid 19), which the schema engine reads from the catalogs during `migrate deploy`
 * (see ../shared/STACK.md); the values are plain strings either way. Everything else passes through.
 */
export function catalogSafePool(connectionString: string): pg.Pool {
  const pool = new pg.Pool({ connectionString });
  const query = pool.query.bind(pool) as AnyQuery;
  (pool as unknown as { query: AnyQuery }).query = (...args: unknown[]) => {
    const result = query(...args);
    if (!(result instanceof Promise)) return result;
    return result.then((value: QueryResultLike) => {
      for (const field of value?.fields ?? []) if (field.dataTypeID === NAME_OID) field.dataTypeID = TEXT_OID;
      return value;
    });
  };
  return pool;
}

/**
 * Prisma's pg driver adapter for the Prisma CLI (prisma.config.ts), over a {@link catalogSafePool}, with
 * whole-script execution: the adapter's own `executeScript` (used by `migrate deploy`) splits a migration
 * at every `;`, which cuts the PL/pgSQL trigger functions of prisma/postgres/dialect apart, so a script goes
 * to the server in one piece (the simple query protocol runs it as one transaction).
 */
export function createPgAdapter(connectionString: string): PrismaPg {
  const pool = catalogSafePool(connectionString);
  const factory = new PrismaPg(pool);
  const connect = factory.connect.bind(factory);
  factory.connect = async () => {
    const adapter = await connect();
    adapter.executeScript = async (script: string) => {
      await pool.query(script);
    };
    return adapter;
  };
  return factory;
}
