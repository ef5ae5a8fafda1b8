/**
 * Workers benchmark: crawl-and-analyse throughput of 1, 2 and 4 `modelwatch worker` processes on
 * PostgreSQL (pg-boss queues, host turns in the database) next to the embedded single process (`runCrawl`
 * into a fresh SQLite file), over the same loopback site of distinct news articles
 * (scripts/bench/news-site.ts, in its own process). Workers are started and ready before the discovery is
 * queued; the clock runs from queueing until every article is stored and no job is left.
 *
 * Needs a PostgreSQL server: BENCH_DATABASE_URL or TEST_DATABASE_URL (`source .ci/postgres.sh &&
 * start_postgres` starts one); without it the result says so and nothing runs.
 *
 * Usage: npm run bench -- --only workers [--pages 200 --threads 0 --workers 1,2,4]
 *        tsx scripts/bench-workers.ts [same flags] [--json FILE]
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { loadConfig } from '../core/config.js';
import { silentLogger } from '../core/logger.js';
import { queueDueSources } from '../jobs/distributed/crawl-dispatch.js';
import { startCrawlQueue } from '../jobs/distributed/crawl-queue.js';
import { runCrawl } from '../jobs/run-crawl.js';
import { defaultKnowledgeBase } from '../nlp/knowledge-base.js';
import { upsertSources } from '../store/crawl-state.js';
import { openDatabase } from '../store/database.js';
import { syncEntities } from '../store/knowledge-base-sync.js';
import { createPostgresTestDatabase } from '../test/postgres-test-database.js';
import { benchSource } from './bench/news-site.js';
import { startSiteProcess } from './bench/site-process.js';
import { emitResult, skippedResult, type BenchResult } from './bench/result.js';

const { values: args } = parseArgs({
  options: {
    pages: { type: 'string', default: '200' },
    threads: { type: 'string', default: '0' },
    workers: { type: 'string', default: '1,2,4' },
    json: { type: 'string' },
  },
});
const pages = Number(args.pages);
const counts = args.workers.split(',').map(Number);
const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const serverUrl = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL;

function settings(databaseUrl: string): Record<string, string> {
  return {
    DATABASE_URL: databaseUrl,
    CRAWL_DELAY_MS: '0',
    CRAWL_ALLOW_HOSTS: '127.0.0.1',
    CRAWL_PER_HOST_CONCURRENCY: '4',
    CRAWL_MAX_CONCURRENCY: '2',
    CRAWL_MAX_ARTICLES_PER_SOURCE: String(pages),
    CRAWL_WORKER_THREADS: args.threads,
    LOG_LEVEL: 'info',
  };
}

async function embedded(baseUrl: string): Promise<number> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'modelwatch-bench-workers-'));
  const db = await openDatabase(`file:${path.join(dir, 'bench.db')}`, silentLogger);
  await syncEntities(db, defaultKnowledgeBase.entries);
  const started = performance.now();
  await runCrawl({
    db,
    log: silentLogger,
    settings: loadConfig(settings('file:unused.db')),
    sources: [benchSource(baseUrl)],
  });
  const seconds = (performance.now() - started) / 1000;
  const stored = await db.article.count();
  await db.$disconnect();
  fs.rmSync(dir, { recursive: true, force: true });
  process.stderr.write(`    embedded (SQLite, one process): ${stored} stored in ${seconds.toFixed(1)} s\n`);
  return stored / seconds;
}

/** A `modelwatch worker` from the sources under this loader; resolves once it takes jobs. */
function startWorker(env: Record<string, string>): Promise<ChildProcess> {
  const child = spawn(
    process.execPath,
    [...process.execArgv, path.join(repoRoot, 'cli', 'main.ts'), 'worker'],
    {
      cwd: os.tmpdir(),
      env: { ...process.env, ...env },
      stdio: ['ignore', 'ignore', 'pipe'],
    },
  );
  let seen = '';
  return new Promise((resolve, reject) => {
    child.stderr.on('data', (chunk: Buffer) => {
      seen += chunk.toString();
      if (seen.includes('crawl worker taking jobs')) resolve(child);
    });
    child.once('exit', (code) => {
      reject(new Error(`worker exited with ${String(code)}: ${seen.slice(-1000)}`));
    });
  });
}

async function waitForCrawl(url: string): Promise<number> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const count = async (sql: string) => Number((await client.query<{ n: string }>(sql)).rows[0]?.n ?? 0);
  try {
    for (;;) {
      // pending first: a batch that completes between the two reads has stored its articles already
      const pending = await count(
        `SELECT count(*) AS n FROM pgboss.job WHERE state IN ('created', 'retry', 'active')`,
      );
      const stored = await count('SELECT count(*) AS n FROM "Article"');
      if (pending === 0 && stored > 0) return stored;
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  } finally {
    await client.end();
  }
}

async function distributed(server: string, baseUrl: string, workers: number): Promise<number> {
  const database = await createPostgresTestDatabase(server);
  const env = settings(database.url);
  const children: ChildProcess[] = [];
  try {
    for (let i = 0; i < workers; i += 1) children.push(await startWorker(env));
    const db = await openDatabase(database.url, silentLogger);
    await upsertSources(db, [benchSource(baseUrl)]);
    const boss = await startCrawlQueue(database.url, loadConfig(env), silentLogger);
    const started = performance.now();
    await queueDueSources({ db, boss, log: silentLogger, queuedAt: new Map(), now: new Date() });
    const stored = await waitForCrawl(database.url);
    const seconds = (performance.now() - started) / 1000;
    const failed = await db.urlState.findMany({
      where: { lastError: { not: null } },
      select: { url: true, lastError: true },
    });
    for (const page of failed) process.stderr.write(`    failed: ${page.url}: ${page.lastError ?? ''}\n`);
    await boss.stop({ graceful: false, close: true });
    await db.$disconnect();
    process.stderr.write(
      `    ${workers} worker(s) on PostgreSQL: ${stored} stored in ${seconds.toFixed(1)} s\n`,
    );
    return stored / seconds;
  } finally {
    await Promise.all(
      children.map((child) => {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        child.kill('SIGTERM');
        return exited;
      }),
    );
    await database.drop();
  }
}

function report(peer: number, rates: { workers: number; rate: number }[]): BenchResult {
  return {
    name: 'workers',
    title: 'Workers: crawl-and-analyse pages/s with worker processes on PostgreSQL',
    oursLabel: 'modelwatch worker processes on PostgreSQL',
    peerLabel: 'embedded single process (SQLite)',
    setup: `${pages} distinct articles on one loopback host, ${os.cpus().length} cores, worker threads per process ${args.threads}, one run each`,
    comparisons: rates.map(({ workers, rate }) => ({
      metric: `pages/s, ${workers} worker${workers === 1 ? '' : 's'}`,
      ours: rate,
      peer,
      better: 'higher' as const,
    })),
    tables: [],
    notes: [
      'the clock runs from queueing the discovery until every article is stored and no job is left (workers started before)',
      'every process analyses on its own core; with more workers than cores they share them, and one host is fetched one request at a time across all workers',
    ],
  };
}

async function main(): Promise<void> {
  if (!serverUrl) {
    const skipped =
      'needs PostgreSQL: set BENCH_DATABASE_URL or TEST_DATABASE_URL (source .ci/postgres.sh && start_postgres)';
    process.stderr.write(`    ${skipped}\n`);
    emitResult(skippedResult('workers', 'Workers', skipped), args.json);
    return;
  }
  const site = await startSiteProcess(pages);
  try {
    const peer = await embedded(site.baseUrl);
    const rates: { workers: number; rate: number }[] = [];
    for (const workers of counts)
      rates.push({ workers, rate: await distributed(serverUrl, site.baseUrl, workers) });
    emitResult(report(peer, rates), args.json);
  } finally {
    site.close();
  }
}

await main();
