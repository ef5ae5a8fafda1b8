import fs from 'node:fs';
import { UserError } from '../core/errors.js';

/** Held while this process crawls a database; release exactly once. */
export interface CrawlLock {
  release(): void;
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function readHolder(file: string): { pid: number; since: string } | null {
  try {
    const holder = JSON.parse(fs.readFileSync(file, 'utf8')) as { pid?: unknown; since?: unknown };
    return typeof holder.pid === 'number' && typeof holder.since === 'string'
      ? { pid: holder.pid, since: holder.since }
      : null;
  } catch {
    return null;
  }
}

/**
 * Lets one process at a time crawl a SQLite database: a lock file next to it (`<db>.crawl-lock`) holding
 * the crawler's pid. Two crawlers on one file would fetch every page twice and race on the same article
 * URLs; readers (a `serve` replica with CRAWL_SCHEDULE=off) need no lock, WAL and the busy timeout keep
 * them apart. A lock left by a process that died (SIGKILL, power loss) is taken over, since its pid is gone.
 * A live holder is a {@link UserError} naming it, so `crawl --once` says what to do in one line.
 */
export function acquireCrawlLock(databaseFile: string): CrawlLock {
  const file = `${databaseFile}.crawl-lock`;
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      fs.writeFileSync(file, JSON.stringify({ pid: process.pid, since: new Date().toISOString() }), {
        flag: 'wx',
      });
      let released = false;
      return {
        release: () => {
          if (released) return;
          released = true;
          if (readHolder(file)?.pid === process.pid) fs.rmSync(file, { force: true });
        },
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const holder = readHolder(file);
    if (holder && alive(holder.pid)) {
      throw new UserError(
        `another modelwatch process (pid ${holder.pid}, since ${holder.since}) is crawling this database; ` +
          'wait for it to finish or stop it, and run API-only replicas with CRAWL_SCHEDULE=off',
        { status: 409 },
      );
    }
    // The holder died without releasing (or left half a file): take the lock over.
    fs.rmSync(file, { force: true });
  }
  throw new UserError(`cannot take the crawl lock ${file}; remove it if no modelwatch process is running`);
}
