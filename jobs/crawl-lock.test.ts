import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { acquireCrawlLock } from './crawl-lock.js';

/** Start times come from /proc; elsewhere the lock falls back to the pid alone. */
const linux = fs.existsSync('/proc/self/stat');

describe('crawl lock: one crawler per SQLite file, a dead holder taken over', () => {
  let dir: string;
  let db: string;
  const writeLock = (holder: object) => {
    fs.writeFileSync(`${db}.crawl-lock`, JSON.stringify(holder));
  };
  const lockPid = () => (JSON.parse(fs.readFileSync(`${db}.crawl-lock`, 'utf8')) as { pid: number }).pid;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'modelwatch-lock-'));
    db = path.join(dir, 'store.db');
  });
  afterEach(() => {
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('refuses a second crawler while the first holds the lock, and frees it on release', () => {
    const lock = acquireCrawlLock(db);
    expect(() => acquireCrawlLock(db)).toThrow(
      new RegExp(
        `^another modelwatch process \\(pid ${process.pid}, since [^)]+\\) is crawling this database`,
      ),
    );
    lock.release();
    expect(fs.existsSync(`${db}.crawl-lock`)).toBe(false);
    acquireCrawlLock(db).release();
  });

  it('takes over the lock of a process that is gone (SIGKILL)', () => {
    const gone = spawnSync(process.execPath, ['-e', '']).pid;
    writeLock({ pid: gone, since: '2026-12-01T00:00:00.000Z', started: '1' });
    const lock = acquireCrawlLock(db);
    expect(lockPid()).toBe(process.pid);
    lock.release();
  });

  it('takes over a lock naming its own pid from an earlier start (a container restarts the crawler as pid 1)', () => {
    writeLock({ pid: process.pid, since: '2026-12-01T00:00:00.000Z', started: '1' });
    const lock = acquireCrawlLock(db);
    expect(lockPid()).toBe(process.pid);
    lock.release();
    // A lock file written before start times were recorded: the pid alone, ours, is stale too.
    writeLock({ pid: process.pid, since: '2026-12-01T00:00:00.000Z' });
    acquireCrawlLock(db).release();
  });

  (linux ? it : it.skip)('takes over a lock whose pid now belongs to another, later process', () => {
    // The parent (jest's runner) is alive, but it is not the process that wrote this lock.
    writeLock({ pid: process.ppid, since: '2026-12-01T00:00:00.000Z', started: '1' });
    const lock = acquireCrawlLock(db);
    expect(lockPid()).toBe(process.pid);
    lock.release();
  });
});
