import {
  nextHostState,
  type BreakerPolicy,
  type HostState,
  type HostTally,
} from '../crawlers/fetch/circuit-breaker.js';
import type { Db } from './database.js';

/** The stored breaker state of these hosts (hosts never seen are absent). */
export async function readHostStates(db: Db, hosts: readonly string[]): Promise<Map<string, HostState>> {
  const rows = await db.hostHealth.findMany({ where: { host: { in: [...hosts] } } });
  return new Map(
    rows.map((row) => [
      row.host,
      { failedRuns: row.failedRuns, openUntil: row.openUntil, lastError: row.lastError },
    ]),
  );
}

/**
 * Folds one run's tallies into the stored breaker state of each host it reached (see
 * {@link nextHostState}), so the back-off survives restarts and is shared by every process on the database.
 */
export async function recordHostTallies(
  db: Db,
  tallies: ReadonlyMap<string, HostTally>,
  now: Date,
  policy: BreakerPolicy,
): Promise<void> {
  const previous = await readHostStates(db, [...tallies.keys()]);
  for (const [host, tally] of tallies) {
    if (tally.answered === 0 && tally.failed === 0) continue;
    const next = nextHostState(previous.get(host) ?? null, tally, now, policy);
    const data = {
      failedRuns: next.failedRuns,
      openUntil: next.openUntil,
      lastError: next.lastError,
      ...(tally.answered > 0 ? { lastSuccessAt: now } : { lastFailureAt: now }),
    };
    await db.hostHealth.upsert({ where: { host }, create: { host, ...data }, update: data });
  }
}
