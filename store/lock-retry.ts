/**
 * Retrying a write that lost a race for SQLite's single write lock. Another process on the same file
 * (an API replica starting, a second job) can hold the lock past the busy timeout, or a deferred
 * transaction can find its snapshot stale; both surface as "database is locked" (SQLITE_BUSY). The
 * store's writes are idempotent, so trying again a moment later is safe and loses nothing.
 */

/** The error of a lost lock race, as better-sqlite3 and Prisma's adapter word it. */
const LOCKED = /database is locked|SQLITE_BUSY/u;

/** Whether `error` is a transient lock conflict rather than a real failure. */
export function isLockConflict(error: unknown): boolean {
  return LOCKED.test(error instanceof Error ? error.message : String(error));
}

/**
 * Runs `write`, and again after a growing pause (`firstDelayMs`, doubled each time) while it fails with
 * a lock conflict, at most `attempts` times in all; any other error, or the last conflict, is thrown.
 */
export async function retryOnLockConflict<T>(
  write: () => Promise<T>,
  options: { attempts?: number; firstDelayMs?: number } = {},
): Promise<T> {
  const attempts = options.attempts ?? 4;
  let delay = options.firstDelayMs ?? 250;
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await write();
    } catch (error) {
      if (attempt >= attempts || !isLockConflict(error)) throw error;
      await new Promise((resolve) => setTimeout(resolve, delay));
      delay *= 2;
    }
  }
}
