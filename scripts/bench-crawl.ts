/**
 * Crawl benchmark: modelwatch's full crawl (fetch, extract, analyse, store into a fresh SQLite file)
 * against a bare Crawlee CheerioCrawler that only fetches and parses, over the same loopback site of
 * N articles (default 2,000) in the same run. Prints pages per second for both and checks that every
 * article was stored. Usage: npm run bench:crawl [-- N [CONCURRENCY]]
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { CheerioCrawler, Configuration, Log, LogLevel } from 'crawlee';
import { loadConfig } from '../core/config.js';
import { createLogger } from '../core/logger.js';
import { runCrawl } from '../jobs/run-crawl.js';
import { defaultKnowledgeBase } from '../nlp/knowledge-base.js';
import { openDatabase } from '../store/database.js';
import { syncEntities } from '../store/knowledge-base-sync.js';
import { startBenchSite } from './bench/news-site.js';

const count = Number(process.argv[2] ?? 2000);
const concurrency = Number(process.argv[3] ?? 8);

async function benchModelwatch(): Promise<{ seconds: number; stored: number }> {
  const site = await startBenchSite(count);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'modelwatch-bench-'));
  const log = createLogger('info', { pretty: false });
  const db = await openDatabase(`file:${path.join(dir, 'bench.db')}`, log);
  await syncEntities(db, defaultKnowledgeBase.entries);
  const settings = loadConfig({
    CRAWL_DELAY_MS: '0',
    CRAWL_PER_HOST_CONCURRENCY: String(concurrency),
    CRAWL_MAX_ARTICLES_PER_SOURCE: String(count),
    LOG_LEVEL: 'info',
  });
  const started = performance.now();
  const [summary] = await runCrawl({
    db,
    log,
    settings,
    sources: [
      {
        id: 'bench',
        name: 'Bench News',
        language: 'en',
        category: 'tech',
        homepage: `${site.baseUrl}/`,
        feeds: [],
        sitemaps: [`${site.baseUrl}/sitemap-index.xml`],
        sections: [],
        intervalMinutes: 60,
        enabled: true,
      },
    ],
  });
  const seconds = (performance.now() - started) / 1000;
  const stored = await db.article.count();
  if (summary?.failed)
    console.error(`modelwatch: ${summary.failed} failures, first: ${JSON.stringify(summary.errors[0])}`);
  await db.$disconnect();
  await site.close();
  fs.rmSync(dir, { recursive: true, force: true });
  return { seconds, stored };
}

async function benchBareCheerio(): Promise<{ seconds: number; pages: number }> {
  const site = await startBenchSite(count);
  let pages = 0;
  const crawler = new CheerioCrawler(
    {
      maxConcurrency: concurrency,
      log: new Log({ level: LogLevel.OFF }),
      requestHandler: ({ $ }) => {
        if ($('title').text()) pages += 1;
        if (pages % 500 === 0) process.stderr.write(`bare CheerioCrawler: ${pages}/${count}\n`);
      },
    },
    new Configuration({ persistStorage: false }),
  );
  const started = performance.now();
  await crawler.run(Array.from({ length: count }, (_, i) => `${site.baseUrl}/news/${i}.html`));
  const seconds = (performance.now() - started) / 1000;
  await site.close();
  return { seconds, pages };
}

const ours = await benchModelwatch();
const bare = await benchBareCheerio();
const rate = (n: number, s: number) => (n / s).toFixed(1);
console.log(
  `\ncrawl benchmark: ${count} articles on a loopback site, concurrency ${concurrency}, ${os.cpus().length} cores`,
);
console.log('| crawler | pages | seconds | pages/s | what it does per page |');
console.log('|---|---|---|---|---|');
console.log(
  `| modelwatch runCrawl | ${ours.stored} stored | ${ours.seconds.toFixed(1)} | ${rate(ours.stored, ours.seconds)} | fetch, robots, extract, language, NLP, SQLite upsert |`,
);
console.log(
  `| bare CheerioCrawler | ${bare.pages} parsed | ${bare.seconds.toFixed(1)} | ${rate(bare.pages, bare.seconds)} | fetch and parse only |`,
);
if (ours.stored !== count) {
  console.error(`expected ${count} articles stored, found ${ours.stored}`);
  process.exitCode = 1;
}
