import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { silentLogger } from '../core/logger.js';
import type { SourceConfig } from '../crawlers/sources/source-schema.js';
import { runCrawl } from '../jobs/run-crawl.js';
import { defaultKnowledgeBase } from '../nlp/knowledge-base.js';
import { openDatabase } from '../store/database.js';
import { syncEntities } from '../store/knowledge-base-sync.js';
import { describeWithPostgres } from './describe-with-postgres.js';
import { closedPort } from './fault-server.js';
import { testCrawlSettings } from './helpers.js';
import { startNewsHosts, type HostRequest, type NewsHosts } from './news-hosts.js';
import { createPostgresTestDatabase, testingOnPostgres } from './postgres-test-database.js';
import { spawnCli, type CliProcess } from './spawn-cli.js';

/** The politeness interval per host in the first test. */
const DELAY_MS = 200;
/** A hang guard for waiting on the processes, not a timed assertion. */
const GIVE_UP_MS = 420_000;
const TEST_TIMEOUT_MS = GIVE_UP_MS + 120_000;

interface Tally {
  articles: number;
  mentions: number;
  events: number;
  /** Jobs not finished yet (waiting, running or waiting to be retried). */
  pending: number;
  /** Jobs that ran more than once (expired with a dead worker, or failed). */
  retried: number;
}

async function tally(url: string): Promise<Tally> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const count = async (sql: string) => {
    try {
      return Number((await client.query<{ n: string }>(sql)).rows[0]?.n ?? 0);
    } catch {
      return Number.NaN; // no pgboss schema yet: no worker started
    }
  };
  try {
    // pending first: a batch that completes between the reads has stored its articles already
    const pending = await count(
      `SELECT count(*) AS n FROM pgboss.job WHERE state IN ('created', 'retry', 'active')`,
    );
    return {
      pending,
      articles: await count('SELECT count(*) AS n FROM "Article"'),
      mentions: await count('SELECT count(*) AS n FROM "Mention"'),
      events: await count('SELECT count(*) AS n FROM "Event"'),
      retried: await count('SELECT count(*) AS n FROM pgboss.job WHERE retry_count > 0'),
    };
  } finally {
    await client.end();
  }
}

/** Waits until `articles` are stored and no job is left, failing early when a process dies. */
async function waitForCrawl(url: string, articles: number, processes: CliProcess[]): Promise<Tally> {
  const deadline = Date.now() + GIVE_UP_MS;
  for (;;) {
    const now = await tally(url);
    if (now.pending === 0 && now.articles >= articles) return now;
    const dead = processes.find((p) => p.child.exitCode !== null || p.child.signalCode !== null);
    if (dead) throw new Error(`a process exited during the crawl:\n${dead.stderr().slice(-2000)}`);
    if (Date.now() > deadline) throw new Error(`crawl not done: ${JSON.stringify(now)}`);
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}

function clusterEnv(url: string, extra: Record<string, string> = {}): Record<string, string> {
  return {
    DATABASE_URL: url,
    CRAWL_ALLOW_HOSTS: '127.0.0.1',
    CRAWL_USER_AGENT: 'modelwatch-test/1',
    CRAWL_RETRY_BASE_MS: '50',
    CRAWL_SCHEDULE: '* * * * * *',
    CRAWL_WORKER_THREADS: '1',
    LOG_LEVEL: 'info',
    ...extra,
  };
}

function writeSources(site: NewsHosts, extra: readonly SourceConfig[] = []): { dir: string; file: string } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'modelwatch-workers-'));
  const file = path.join(dir, 'sources.json');
  fs.writeFileSync(file, JSON.stringify([...site.sources, ...extra]));
  return { dir, file };
}

/** The finished runs of one source: status and recorded errors. */
async function finishedRuns(url: string, sourceId: string): Promise<{ status: string; errors: string }[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ status: string; errors: string }>(
      'SELECT status, errors FROM "CrawlRun" WHERE "sourceId" = $1 AND "finishedAt" IS NOT NULL',
      [sourceId],
    );
    return rows;
  } catch {
    return []; // no schema yet: the scheduler has not migrated the database
  } finally {
    await client.end();
  }
}

/** Consecutive requests to one host that came closer than `minMs` (with the gap), for the failure message. */
function tooClose(requests: readonly HostRequest[], minMs: number): string[] {
  const byHost = new Map<string, HostRequest[]>();
  for (const r of requests) byHost.set(r.host, [...(byHost.get(r.host) ?? []), r]);
  const close: string[] = [];
  for (const list of byHost.values()) {
    const sorted = [...list].sort((a, b) => a.at - b.at);
    sorted.slice(1).forEach((r, i) => {
      const before = sorted[i];
      if (before && r.at - before.at < minMs)
        close.push(`${r.host}: ${before.path} then ${r.path} after ${r.at - before.at} ms`);
    });
  }
  return close;
}

async function stopAll(processes: CliProcess[]): Promise<(number | null)[]> {
  for (const p of processes)
    if (p.child.exitCode === null && p.child.signalCode === null) p.child.kill('SIGTERM');
  return (await Promise.all(processes.map((p) => p.exited))).map((exit) => exit.code);
}

function killLeftovers(processes: CliProcess[]): void {
  for (const p of processes)
    if (p.child.exitCode === null && p.child.signalCode === null) p.child.kill('SIGKILL');
}

if (!testingOnPostgres()) {
  describe('distributed crawl (PostgreSQL workers)', () => {
    it.skip('runs in the PostgreSQL run: npm run test:postgres with TEST_DATABASE_URL set', () => {});
  });
} else {
  describeWithPostgres('distributed crawl (PostgreSQL workers)', (server) => {
    it(
      'two workers and one scheduler store each of 500 articles once and keep every host apart by its delay',
      async () => {
        const site = await startNewsHosts(5, 100);
        const database = await createPostgresTestDatabase(server());
        const { dir, file } = writeSources(site);
        const env = clusterEnv(database.url, { CRAWL_DELAY_MS: String(DELAY_MS) });
        const processes = [
          spawnCli(['scheduler', '--sources', file], env, dir),
          spawnCli(['worker'], env, dir),
          spawnCli(['worker'], env, dir),
        ];
        try {
          const done = await waitForCrawl(database.url, 500, processes);
          expect(done.articles).toBe(500);
          const articleHits = new Map<string, number>();
          for (const r of site.requests.filter((r) => r.path.startsWith('/news/')))
            articleHits.set(r.host + r.path, (articleHits.get(r.host + r.path) ?? 0) + 1);
          expect(articleHits.size).toBe(500);
          expect(Math.max(...articleHits.values())).toBe(1);
          // One request per host in flight across the workers, the next DELAY_MS after the answer at the earliest.
          expect(tooClose(site.requests, DELAY_MS)).toEqual([]);
          for (const worker of processes.slice(1))
            expect(worker.lines.some((line) => line.msg === 'article batch done')).toBe(true);
          expect(await stopAll(processes)).toEqual([0, 0, 0]);
        } finally {
          killLeftovers(processes);
          await database.drop();
          await site.close();
          fs.rmSync(dir, { recursive: true, force: true });
        }
      },
      TEST_TIMEOUT_MS,
    );

    it(
      'records the discovery of a source whose host does not answer as a failed run, as the embedded crawl does',
      async () => {
        const site = await startNewsHosts(1, 3);
        const database = await createPostgresTestDatabase(server());
        const base = `http://127.0.0.1:${await closedPort()}`;
        const dead: SourceConfig = {
          ...(site.sources[0] as SourceConfig),
          id: 'dead-host',
          name: 'Dead host',
          homepage: `${base}/`,
          sitemaps: [`${base}/sitemap.xml`],
        };
        const { dir, file } = writeSources(site, [dead]);
        const env = clusterEnv(database.url, { CRAWL_DELAY_MS: '0', CRAWL_MAX_RETRIES: '0' });
        const processes = [
          spawnCli(['scheduler', '--sources', file], env, dir),
          spawnCli(['worker'], env, dir),
        ];
        try {
          await waitForCrawl(database.url, 3, processes);
          const deadline = Date.now() + GIVE_UP_MS;
          let deadRuns = await finishedRuns(database.url, 'dead-host');
          while (deadRuns.length === 0 && Date.now() < deadline) {
            await new Promise((resolve) => setTimeout(resolve, 500));
            deadRuns = await finishedRuns(database.url, 'dead-host');
          }
          expect(deadRuns.length).toBeGreaterThan(0);
          expect(deadRuns.map((r) => r.status)).toEqual(deadRuns.map(() => 'failed'));
          expect(deadRuns[0]?.errors).toMatch(/robots\.txt unreachable/u);
          const liveRuns = await finishedRuns(database.url, 'news-0');
          expect(liveRuns.map((r) => r.status)).toContain('ok');
          expect(await stopAll(processes)).toEqual([0, 0]);
        } finally {
          killLeftovers(processes);
          await database.drop();
          await site.close();
          fs.rmSync(dir, { recursive: true, force: true });
        }
      },
      TEST_TIMEOUT_MS,
    );

    it(
      'a worker killed with SIGKILL mid-run is replaced and the crawl ends with what one process stores',
      async () => {
        const site = await startNewsHosts(2, 100);
        const reference = await createPostgresTestDatabase(server());
        const database = await createPostgresTestDatabase(server());
        const { dir, file } = writeSources(site);
        const processes: CliProcess[] = [];
        try {
          const db = await openDatabase(reference.url, silentLogger);
          await syncEntities(db, defaultKnowledgeBase.entries);
          await runCrawl({ db, log: silentLogger, settings: testCrawlSettings(), sources: site.sources });
          await db.$disconnect();
          const expected = await tally(reference.url);
          expect(expected.articles).toBe(200);

          const env = clusterEnv(database.url, {
            CRAWL_DELAY_MS: '0',
            CRAWL_MAX_CONCURRENCY: '2',
            WORKER_BATCH_SIZE: '3',
            WORKER_JOB_TIMEOUT_SECONDS: '8',
          });
          processes.push(spawnCli(['scheduler', '--sources', file], env, dir));
          const doomed = spawnCli(['worker'], env, dir);
          processes.push(spawnCli(['worker'], env, dir));
          await doomed.waitFor((line) => line.msg === 'article batch done');
          doomed.child.kill('SIGKILL');
          expect((await doomed.exited).signal).toBe('SIGKILL');
          processes.push(spawnCli(['worker'], env, dir));
          const done = await waitForCrawl(database.url, expected.articles, processes);
          expect({ articles: done.articles, mentions: done.mentions, events: done.events }).toEqual({
            articles: expected.articles,
            mentions: expected.mentions,
            events: expected.events,
          });
          expect(done.retried).toBeGreaterThan(0);
          expect(await stopAll(processes)).toEqual([0, 0, 0]);
        } finally {
          killLeftovers(processes);
          await reference.drop();
          await database.drop();
          await site.close();
          fs.rmSync(dir, { recursive: true, force: true });
        }
      },
      TEST_TIMEOUT_MS,
    );
  });
}
