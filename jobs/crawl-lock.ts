import fs from 'node:fs';
import { UserError } from '../core/errors.js';

/** Held while this process crawls a database; release exactly once. */
export interface CrawlLock {
  release(): void;
}

interface Holder {
  pid: number;
  since: string;
  /** The holder's start time from the kernel (see {@link startTicks}); absent in older lock files. */
  started?: string | undefined;
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** When a process started, in clock ticks since boot (Linux /proc/<pid>/stat, field 22); null where unknown. */
function startTicks(pid: number): string | null {
  try {
    const stat = fs.readFileSync(`/proc/${String(pid)}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19] ?? null;
  } catch {
    return null;
  }
}

/**
 * Whether the process that wrote the lock still runs. A live pid is not enough: pids are reused, and in a
 * container the crawler is pid 1 on every start, so a crawler killed there would leave a lock that its own
 * restart takes for a live holder. The start time tells the writer from a later process with its pid.
 */
function held(holder: Holder): boolean {
  if (!alive(holder.pid)) return false;
  const started = startTicks(holder.pid);
  if (holder.started !== undefined && started !== null) return holder.started === started;
  return holder.pid !== process.pid;
}

function readHolder(file: string): Holder | null {
  try {
    const holder = JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, unknown>;
    if (typeof holder.pid !== 'number' || typeof holder.since !== 'string') return null;
    const started = typeof holder.started === 'string' ? holder.started : undefined;
    return { pid: holder.pid, since: holder.since, started };
  } catch {
    return null;
  }
}

/**
 * Lets one process at a time crawl a SQLite database: a lock file next to it (`<db>.crawl-lock`) holding
 * the crawler's pid. Two crawlers on one file would fetch every page twice and race on the same article
 * URLs; readers (a `serve` replica with CRAWL_SCHEDULE=off) need no lock, WAL and the busy timeout keep
 * them apart. A lock left by a process that died (SIGKILL, power loss, a container restart) is taken over:
 * its pid is gone, or (Linux) now belongs to a process that started later.
 * A live holder is a {@link UserError} naming it, so `crawl --once` says what to do in one line.
 */
export function acquireCrawlLock(databaseFile: string): CrawlLock {
  const file = `${databaseFile}.crawl-lock`;
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      const holder = { pid: process.pid, since: new Date().toISOString(), started: startTicks(process.pid) };
      fs.writeFileSync(file, JSON.stringify(holder), { flag: 'wx' });
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
    if (holder && held(holder)) {
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
