import type { Db } from './database.js';

/** A host's turn, or how long until asking again makes sense. */
export type TurnAnswer = { token: bigint } | { retryInMs: number; leased: boolean };

const CLOCK = 'SELECT (EXTRACT(EPOCH FROM clock_timestamp()) * 1000)::bigint AS now_ms';

/**
 * Tries to take `host`'s turn for one request: granted when no request to the host is in flight from any
 * worker (no live lease) and its next-allowed time has come, which leases the host for `leaseMs` (so a
 * worker that dies mid-request blocks it no longer than that). The answer's token releases the turn
 * ({@link releaseHostTurn}). Refused, it says how long until the next-allowed time and whether another
 * worker holds the host. One atomic upsert under the row lock, by the database's clock. PostgreSQL only
 * (the CrawlHostSlot table exists in both flavours).
 */
export async function takeHostTurn(db: Db, host: string, leaseMs: number): Promise<TurnAnswer> {
  const taken = await db.$queryRawUnsafe<{ token: bigint | string }[]>(
    `WITH clock AS (${CLOCK})
     INSERT INTO "CrawlHostSlot" ("host", "nextAtMs", "leasedUntilMs")
     SELECT $1, 0, now_ms + $2::bigint FROM clock
     ON CONFLICT ("host") DO UPDATE SET "leasedUntilMs" = (SELECT now_ms FROM clock) + $2::bigint
       WHERE "CrawlHostSlot"."leasedUntilMs" <= (SELECT now_ms FROM clock)
         AND "CrawlHostSlot"."nextAtMs" <= (SELECT now_ms FROM clock)
     RETURNING "leasedUntilMs" AS token`,
    host,
    leaseMs,
  );
  const granted = taken[0];
  if (granted) return { token: BigInt(granted.token) };
  const state = await db.$queryRawUnsafe<{ waitMs: number; leased: boolean }[]>(
    `WITH clock AS (${CLOCK})
     SELECT GREATEST("nextAtMs" - now_ms, 0)::float8 AS "waitMs", "leasedUntilMs" > now_ms AS leased
     FROM "CrawlHostSlot", clock WHERE "host" = $1`,
    host,
  );
  return { retryInMs: state[0]?.waitMs ?? 0, leased: state[0]?.leased ?? false };
}

/**
 * Ends the turn `token` took: the host is free again, and its next request may start `intervalMs` after
 * now at the earliest (or later, when a hold-back says so). A turn whose lease ran out and was taken by
 * another worker is left alone.
 */
export async function releaseHostTurn(
  db: Db,
  host: string,
  token: bigint,
  intervalMs: number,
): Promise<void> {
  await db.$executeRawUnsafe(
    `WITH clock AS (${CLOCK})
     UPDATE "CrawlHostSlot" SET "leasedUntilMs" = 0,
       "nextAtMs" = GREATEST("nextAtMs", (SELECT now_ms FROM clock) + $3::bigint)
     WHERE "host" = $1 AND "leasedUntilMs" = $2::bigint`,
    host,
    token.toString(),
    intervalMs,
  );
}

/**
 * Holds every worker's next request to `host` back for at least `delayMs` from now (a 429 or 503 with
 * Retry-After, or a retry's back-off), keeping a later time already stored.
 */
export async function holdHostBack(db: Db, host: string, delayMs: number): Promise<void> {
  await db.$executeRawUnsafe(
    `WITH clock AS (${CLOCK})
     INSERT INTO "CrawlHostSlot" ("host", "nextAtMs")
     SELECT $1, now_ms + $2::bigint FROM clock
     ON CONFLICT ("host") DO UPDATE
       SET "nextAtMs" = GREATEST("CrawlHostSlot"."nextAtMs", EXCLUDED."nextAtMs")`,
    host,
    delayMs,
  );
}
