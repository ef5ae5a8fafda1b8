import type { Db } from './database.js';

/**
 * Reserves the next turn of `host` for one request and says how many milliseconds to wait for it: the
 * turn starts at the host's stored next-allowed time or now, whichever is later, and the stored time
 * moves `intervalMs` past it. It is one atomic upsert (the row lock orders concurrent callers), so any
 * number of workers on any machines get turns at least `intervalMs` apart by the database's clock, and
 * a worker's own clock never matters. PostgreSQL only (the CrawlHostSlot table exists in both flavours).
 */
export async function reserveHostTurn(db: Db, host: string, intervalMs: number): Promise<number> {
  const rows = await db.$queryRaw<{ waitMs: number }[]>`
    WITH clock AS (SELECT (EXTRACT(EPOCH FROM clock_timestamp()) * 1000)::bigint AS now_ms)
    INSERT INTO "CrawlHostSlot" ("host", "nextAtMs")
    SELECT ${host}, now_ms + ${intervalMs}::bigint FROM clock
    ON CONFLICT ("host") DO UPDATE
      SET "nextAtMs" = GREATEST("CrawlHostSlot"."nextAtMs", (SELECT now_ms FROM clock)) + ${intervalMs}::bigint
    RETURNING ("nextAtMs" - ${intervalMs}::bigint - (SELECT now_ms FROM clock))::float8 AS "waitMs"`;
  return Math.max(0, rows[0]?.waitMs ?? 0);
}

/**
 * Holds every worker's next request to `host` back for at least `delayMs` from now (a 429 or 503 with
 * Retry-After, or a retry's back-off), keeping a later time already stored.
 */
export async function holdHostBack(db: Db, host: string, delayMs: number): Promise<void> {
  await db.$executeRaw`
    WITH clock AS (SELECT (EXTRACT(EPOCH FROM clock_timestamp()) * 1000)::bigint AS now_ms)
    INSERT INTO "CrawlHostSlot" ("host", "nextAtMs")
    SELECT ${host}, now_ms + ${delayMs}::bigint FROM clock
    ON CONFLICT ("host") DO UPDATE
      SET "nextAtMs" = GREATEST("CrawlHostSlot"."nextAtMs", EXCLUDED."nextAtMs")`;
}
