import pg from 'pg';
import type { Logger } from '../../core/logger.js';

/** The advisory-lock key of the crawl scheduler's leadership (any constant unique to this purpose). */
const SCHEDULER_LOCK = 1_301_302;

export interface Leadership {
  /** Whether this process leads now, taking the lead when nobody holds it. */
  lead(): Promise<boolean>;
  release(): Promise<void>;
}

/**
 * Leadership of the distributed scheduler: a session-level PostgreSQL advisory lock held on a connection
 * of its own, so exactly one scheduler process per database queues work. The lock goes with the
 * connection: when the leader dies or loses its connection, the next `lead()` of another scheduler takes
 * over; a leader that lost its connection reconnects and tries again. Concurrent `lead()` calls (the crawl
 * and the digest clock) share one attempt, so the process never opens a second lock connection.
 */
export function createLeadership(databaseUrl: string, log: Logger): Leadership {
  let client: pg.Client | null = null;
  let leading = false;
  const drop = () => {
    const old = client;
    client = null;
    leading = false;
    void old?.end().catch(() => undefined);
  };
  let attempt: Promise<boolean> | null = null;
  const tryLead = async () => {
    if (client && leading) return true;
    if (!client) {
      const fresh = new pg.Client({ connectionString: databaseUrl });
      fresh.on('error', (error) => {
        if (leading) log.warn({ err: error }, 'scheduler lost its database connection; leadership dropped');
        drop();
      });
      await fresh.connect();
      client = fresh;
    }
    const result = await client.query<{ locked: boolean }>('SELECT pg_try_advisory_lock($1) AS locked', [
      SCHEDULER_LOCK,
    ]);
    leading = result.rows[0]?.locked === true;
    return leading;
  };
  return {
    lead() {
      attempt ??= tryLead().finally(() => {
        attempt = null;
      });
      return attempt;
    },
    async release() {
      await attempt?.catch(() => false);
      const old = client;
      client = null;
      leading = false;
      await old?.end();
    },
  };
}
