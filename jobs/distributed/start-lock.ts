import pg from 'pg';
import { UserError } from '../../core/errors.js';

/** The advisory-lock key that serialises the start-up of processes sharing a PostgreSQL database. */
const START_LOCK = 1_301_301;

/**
 * Runs `start` while holding a PostgreSQL advisory lock, so processes started together (a scheduler and
 * N workers of one deployment) migrate the schema and sync the curated entities one after another
 * instead of racing to insert the same rows. The lock is taken on a connection of its own and ends with
 * it, also when `start` throws. A server that cannot be reached is a {@link UserError} (check DATABASE_URL).
 */
export async function withStartLock<T>(databaseUrl: string, start: () => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect().catch((error: unknown) => {
    throw new UserError(`cannot reach the PostgreSQL server of DATABASE_URL: ${(error as Error).message}`);
  });
  try {
    await client.query('SELECT pg_advisory_lock($1)', [START_LOCK]);
    return await start();
  } finally {
    await client.end();
  }
}
