/**
 * Memory benchmark: the resident set size (RSS) of modelwatch's full crawl (fetch, extract, analyse, store
 * into a fresh SQLite file) over a loopback site of 10,000 distinct news articles, next to a bare Crawlee
 * CheerioCrawler that only fetches and parses the same pages. Each crawler runs in its own process and
 * samples its own RSS (every 250 ms and at every page); the figures are the peak, the RSS after the first
 * 1,000 pages and the growth from there to the end, which shows whether memory stays bounded as the
 * crawl goes on (a leak grows with the pages, a cache fills once).
 *
 * Usage: npm run bench -- --only memory
 *        tsx scripts/bench-memory.ts [--pages 10000 --concurrency 8] [--json FILE]
 */
import { fork } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { CheerioCrawler, Configuration, Log, LogLevel } from 'crawlee';
import { loadConfig } from '../core/config.js';
import { silentLogger } from '../core/logger.js';
import { runCrawl } from '../jobs/run-crawl.js';
import { defaultKnowledgeBase } from '../nlp/knowledge-base.js';
import { openDatabase } from '../store/database.js';
import { syncEntities } from '../store/knowledge-base-sync.js';
import { benchSource, startBenchSite } from './bench/news-site.js';
import { emitResult, type BenchResult } from './bench/result.js';

const { values: args } = parseArgs({
  options: {
    pages: { type: 'string', default: '10000' },
    concurrency: { type: 'string', default: '8' },
    json: { type: 'string' },
    'serve-site': { type: 'boolean', default: false },
    measure: { type: 'string' },
    base: { type: 'string' },
  },
});
const pages = Number(args.pages);
const concurrency = Number(args.concurrency);
const MB = 2 ** 20;
/** Pages between two checkpoints of the growth table. */
const STEP = 1000;

/** What one measured crawl reports to the parent. */
interface MemoryRun {
  pages: number;
  seconds: number;
  peakMb: number;
  /** RSS (and V8 heap in use) after every STEP pages, and at the end. */
  checkpoints: { pages: number; rssMb: number; heapMb: number }[];
}

/** Samples this process's RSS on a timer and at every page; `page()` also records the checkpoints. */
function createSampler() {
  let peak = 0;
  let count = 0;
  const checkpoints: MemoryRun['checkpoints'] = [];
  const sample = () => {
    peak = Math.max(peak, process.memoryUsage.rss());
  };
  const mark = () => {
    const usage = process.memoryUsage();
    checkpoints.push({ pages: count, rssMb: usage.rss / MB, heapMb: usage.heapUsed / MB });
  };
  const timer = setInterval(sample, 250);
  const started = performance.now();
  return {
    page: () => {
      count += 1;
      sample();
      if (count % STEP === 0) {
        mark();
        process.stderr.write(`    ${count} pages, RSS ${(process.memoryUsage.rss() / MB).toFixed(0)} MB\n`);
      }
    },
    finish: (): MemoryRun => {
      clearInterval(timer);
      sample();
      if (checkpoints.at(-1)?.pages !== count) mark();
      return { pages: count, seconds: (performance.now() - started) / 1000, peakMb: peak / MB, checkpoints };
    },
  };
}

async function measureModelwatch(baseUrl: string): Promise<MemoryRun> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'modelwatch-bench-memory-'));
  const db = await openDatabase(`file:${path.join(dir, 'bench.db')}`, silentLogger);
  try {
    await syncEntities(db, defaultKnowledgeBase.entries);
    const sampler = createSampler();
    await runCrawl({
      db,
      log: silentLogger,
      settings: loadConfig({
        CRAWL_DELAY_MS: '0',
        CRAWL_ALLOW_HOSTS: '127.0.0.1',
        CRAWL_PER_HOST_CONCURRENCY: String(concurrency),
        CRAWL_MAX_ARTICLES_PER_SOURCE: String(pages),
      }),
      observe: (stage) => {
        if (stage === 'store') sampler.page();
      },
      sources: [benchSource(baseUrl)],
    });
    return sampler.finish();
  } finally {
    await db.$disconnect();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

async function measureBare(baseUrl: string): Promise<MemoryRun> {
  const sampler = createSampler();
  const crawler = new CheerioCrawler(
    {
      maxConcurrency: concurrency,
      maxRequestsPerCrawl: pages,
      log: new Log({ level: LogLevel.OFF }),
      requestHandler: ({ $ }) => {
        if ($('title').text()) sampler.page();
      },
    },
    new Configuration({ persistStorage: false }),
  );
  await crawler.run(Array.from({ length: pages }, (_, i) => `${baseUrl}/news/${i}.html`));
  return sampler.finish();
}

/** Runs this script with `extra` flags in a child process and returns the one message it sends. */
async function inChild(extra: string[]): Promise<{ message: unknown; child: ReturnType<typeof fork> }> {
  const child = fork(fileURLToPath(import.meta.url), ['--pages', String(pages), ...extra], {
    execArgv: process.execArgv,
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const message = await new Promise((resolve, reject) => {
    child.once('message', (m) => {
      resolve(m);
    });
    child.once('exit', (code) => {
      reject(new Error(`bench-memory child ${extra.join(' ')} exited with ${String(code)}`));
    });
  });
  return { message, child };
}

async function measure(who: 'ours' | 'peer', baseUrl: string): Promise<MemoryRun> {
  process.stderr.write(`  memory: ${who === 'ours' ? 'modelwatch' : 'bare CheerioCrawler'}\n`);
  const { message } = await inChild([
    '--measure',
    who,
    '--base',
    baseUrl,
    '--concurrency',
    String(concurrency),
  ]);
  return message as MemoryRun;
}

function growthRows(ours: MemoryRun, peer: MemoryRun): (string | number)[][] {
  return ours.checkpoints.map((point, i) => {
    const other = peer.checkpoints[i];
    return [
      point.pages,
      point.rssMb.toFixed(0),
      point.heapMb.toFixed(0),
      other ? other.rssMb.toFixed(0) : '–',
      other ? other.heapMb.toFixed(0) : '–',
    ];
  });
}

function report(ours: MemoryRun, peer: MemoryRun): BenchResult {
  const first = (run: MemoryRun) => run.checkpoints.find((p) => p.pages >= STEP)?.rssMb ?? Number.NaN;
  const last = (run: MemoryRun) => run.checkpoints.at(-1)?.rssMb ?? Number.NaN;
  return {
    name: 'memory',
    title: `Memory: RSS over a ${pages.toLocaleString('en')}-page crawl`,
    oursLabel: 'modelwatch runCrawl (fetch, extract, analyse, store)',
    peerLabel: 'bare CheerioCrawler (fetch, parse)',
    setup: `${pages} distinct articles on a loopback site, concurrency ${concurrency}, each crawler in its own process, RSS sampled every 250 ms and at every page, one round`,
    comparisons: [
      { metric: 'peak RSS (MB)', ours: ours.peakMb, peer: peer.peakMb, better: 'lower' },
      { metric: `RSS after ${STEP} pages (MB)`, ours: first(ours), peer: first(peer), better: 'lower' },
      {
        metric: `RSS growth from ${STEP} pages to the end (MB)`,
        ours: last(ours) - first(ours),
        peer: last(peer) - first(peer),
        better: 'lower',
      },
    ],
    tables: [
      {
        heading: 'RSS and V8 heap in use (MB) as the crawl goes on',
        columns: ['pages', 'modelwatch RSS', 'modelwatch heap', 'bare RSS', 'bare heap'],
        rows: growthRows(ours, peer),
      },
    ],
    notes: [
      `pages stored by modelwatch: ${ours.pages} in ${ours.seconds.toFixed(0)} s; parsed by the bare crawler: ${peer.pages} in ${peer.seconds.toFixed(0)} s`,
      'RSS includes SQLite’s page cache and the native allocations of better-sqlite3; the heap column is V8’s heap in use, where a leak of JavaScript objects would show',
    ],
  };
}

async function main(): Promise<void> {
  const { message, child: site } = await inChild(['--serve-site']);
  const baseUrl = message as string;
  try {
    const ours = await measure('ours', baseUrl);
    const peer = await measure('peer', baseUrl);
    emitResult(report(ours, peer), args.json);
  } finally {
    site.kill('SIGTERM');
  }
}

if (args['serve-site']) {
  const site = await startBenchSite(pages);
  process.send?.(site.baseUrl);
} else if (args.measure !== undefined && args.base !== undefined) {
  const run = args.measure === 'ours' ? await measureModelwatch(args.base) : await measureBare(args.base);
  process.send?.(run, () => process.exit(0));
} else await main();
