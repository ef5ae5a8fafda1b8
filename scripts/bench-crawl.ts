/**
 * Crawl benchmark: modelwatch's full crawl (fetch, extract, analyse, store into a fresh SQLite file) next
 * to a bare Crawlee CheerioCrawler that only fetches and parses, over the same loopback site of distinct
 * news articles (scripts/bench/news-articles.ts), which runs in its own process like a real site. The two
 * alternate for `--rounds` rounds after a warm-up; the medians of pages/s and their ratio are reported,
 * with the share of wall time each stage occupied (fetch is the time no page was in a stage) and how
 * many pages were stored as near-duplicates (should be none: the pages are distinct).
 *
 * Usage: npm run bench -- --only crawl [--pages 1000 --rounds 3 --concurrency 8 --threads 1]
 *        tsx scripts/bench-crawl.ts [same flags] [--json FILE]
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { CheerioCrawler, Configuration, Log, LogLevel } from 'crawlee';
import { loadConfig } from '../core/config.js';
import { silentLogger } from '../core/logger.js';
import type { Stage } from '../jobs/ingest-page.js';
import { runCrawl } from '../jobs/run-crawl.js';
import { defaultKnowledgeBase } from '../nlp/knowledge-base.js';
import { openDatabase, type Db } from '../store/database.js';
import { syncEntities } from '../store/knowledge-base-sync.js';
import { unionLength, type Interval } from './bench/intervals.js';
import { benchSource } from './bench/news-site.js';
import { startSiteProcess } from './bench/site-process.js';
import { emitResult, type BenchResult } from './bench/result.js';
import { alternate, median } from './bench/stats.js';

const { values: args } = parseArgs({
  options: {
    pages: { type: 'string', default: '1000' },
    rounds: { type: 'string', default: '3' },
    concurrency: { type: 'string', default: '8' },
    threads: { type: 'string', default: '1' },
    json: { type: 'string' },
  },
});
const pages = Number(args.pages);
const concurrency = Number(args.concurrency);
const threads = Number(args.threads);
const STAGES: Stage[] = ['extract', 'analyse', 'store'];

interface OursRound {
  rate: number;
  seconds: number;
  stored: number;
  nearDuplicates: number;
  events: number;
  shares: Record<Stage | 'fetch', number>;
}

async function freshStore(): Promise<{ db: Db; dispose(): Promise<void> }> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'modelwatch-bench-crawl-'));
  const db = await openDatabase(`file:${path.join(dir, 'bench.db')}`, silentLogger);
  await syncEntities(db, defaultKnowledgeBase.entries);
  return {
    db,
    dispose: async () => {
      await db.$disconnect();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

async function crawlModelwatch(baseUrl: string): Promise<OursRound> {
  const store = await freshStore();
  const spans: Record<Stage, Interval[]> = { extract: [], analyse: [], store: [] };
  const settings = loadConfig({
    CRAWL_DELAY_MS: '0',
    CRAWL_ALLOW_HOSTS: '127.0.0.1',
    CRAWL_PER_HOST_CONCURRENCY: String(concurrency),
    CRAWL_MAX_ARTICLES_PER_SOURCE: String(pages),
    CRAWL_WORKER_THREADS: String(threads),
  });
  const started = performance.timeOrigin + performance.now();
  await runCrawl({
    db: store.db,
    log: silentLogger,
    settings,
    observe: (stage, from, to) => spans[stage].push([from, to]),
    sources: [benchSource(baseUrl)],
  });
  const wall = performance.timeOrigin + performance.now() - started;
  const stored = await store.db.article.count();
  const nearDuplicates = await store.db.article.count({ where: { duplicateOfId: { not: null } } });
  const events = await store.db.event.count();
  await store.dispose();
  const shares = { fetch: 1 - unionLength(STAGES.flatMap((s) => spans[s])) / wall } as OursRound['shares'];
  for (const stage of STAGES) shares[stage] = unionLength(spans[stage]) / wall;
  process.stderr.write(`    modelwatch: ${stored} stored in ${(wall / 1000).toFixed(1)} s\n`);
  return { rate: stored / (wall / 1000), seconds: wall / 1000, stored, nearDuplicates, events, shares };
}

async function crawlBare(baseUrl: string): Promise<number> {
  let parsed = 0;
  const crawler = new CheerioCrawler(
    {
      maxConcurrency: concurrency,
      // The same start as modelwatch's crawler (crawlers/fetch/crawl-source.ts): at the given concurrency.
      autoscaledPoolOptions: { desiredConcurrency: concurrency },
      log: new Log({ level: LogLevel.OFF }),
      requestHandler: ({ $ }) => {
        if ($('title').text()) parsed += 1;
      },
    },
    new Configuration({ persistStorage: false }),
  );
  const started = performance.now();
  await crawler.run(Array.from({ length: pages }, (_, i) => `${baseUrl}/news/${i}.html`));
  const seconds = (performance.now() - started) / 1000;
  process.stderr.write(`    bare CheerioCrawler: ${parsed} parsed in ${seconds.toFixed(1)} s\n`);
  return parsed / seconds;
}

function report(ours: OursRound[], bare: number[]): BenchResult {
  const mid = (f: (r: OursRound) => number) => median(ours.map(f));
  const pct = (x: number) => `${(100 * x).toFixed(0)}%`;
  return {
    name: 'crawl',
    title: 'Crawl: pages/s over a loopback site of distinct news articles',
    oursLabel: `modelwatch runCrawl (${threads} worker thread${threads === 1 ? '' : 's'})`,
    peerLabel: 'bare CheerioCrawler',
    setup: `${pages} articles, concurrency ${concurrency}, ${ours.length} rounds alternating after a warm-up, medians`,
    comparisons: [{ metric: 'pages/s', ours: mid((r) => r.rate), peer: median(bare), better: 'higher' }],
    tables: [
      {
        heading: "Share of the crawl's wall time per stage (stages of concurrent pages overlap)",
        columns: ['stage', 'share of wall time'],
        rows: [
          ['fetch, discovery and crawler (no page in a stage)', pct(mid((r) => r.shares.fetch))],
          ['extract (worker thread when threads > 0)', pct(mid((r) => r.shares.extract))],
          ['analyse (language, NLP)', pct(mid((r) => r.shares.analyse))],
          ['store (SQLite: article, mentions, events, search document)', pct(mid((r) => r.shares.store))],
        ],
      },
    ],
    notes: [
      `stored per round: ${mid((r) => r.stored)} articles, ${mid((r) => r.nearDuplicates)} as near-duplicates, ${mid((r) => r.events)} events`,
      'the bare crawler fetches and parses each page with cheerio and does nothing else; modelwatch also reads robots.txt and sitemaps, extracts, analyses and stores',
    ],
  };
}

async function main(): Promise<void> {
  const site = await startSiteProcess(pages);
  try {
    const { ours, peer } = await alternate(
      'crawl',
      { rounds: Number(args.rounds), warmUp: 1 },
      () => crawlModelwatch(site.baseUrl),
      () => crawlBare(site.baseUrl),
    );
    emitResult(report(ours, peer), args.json);
  } finally {
    site.close();
  }
}

await main();
