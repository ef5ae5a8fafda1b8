/**
 * Extraction benchmark: pages/s and body F1 of modelwatch's extractor next to Mozilla Readability over
 * jsdom (what most projects use) and @extractus/article-extractor (readability over linkedom with its
 * own metadata rules), on the development set in ../shared/data/extraction-dev. Quality is scored once
 * (it is deterministic, see scripts/lib/extraction-score.ts); speed is parse + extract from an HTML
 * string, the three alternating over a sample of the set for `--rounds` rounds after the quality pass,
 * medians.
 * Skips with a message when ../shared is absent.
 *
 * Usage: npm run bench -- --only extraction [--rounds 3]   |   tsx scripts/bench-extract.ts [--json FILE]
 */
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { extractFromHtml } from '@extractus/article-extractor';
import * as cheerio from 'cheerio';
import { cleanAuthorNames } from '../crawlers/extract/clean-author-names.js';
import { emitResult, type BenchResult, type Comparison } from './bench/result.js';
import { median } from './bench/stats.js';
import {
  add,
  emptyTally,
  loadDevPages,
  runModelwatch,
  runReadability,
  score,
  summary,
  type DevPage,
  type Prediction,
} from './lib/extraction-score.js';

const { values: args } = parseArgs({
  options: {
    rounds: { type: 'string', default: '3' },
    sample: { type: 'string', default: '4' },
    json: { type: 'string' },
    dir: { type: 'string' },
  },
});
const dataDir = resolve(
  args.dir ??
    resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', 'shared', 'data', 'extraction-dev'),
);

/** article-extractor returns HTML; its text is what a user of it would index. */
async function runArticleExtractor(html: string): Promise<Prediction> {
  const article = await extractFromHtml(html, 'https://example.org/article');
  const $ = cheerio.load(article?.content ?? '');
  $('p, h1, h2, h3, h4, li, blockquote').after('\n');
  return {
    title: article?.title ?? '',
    authors: cleanAuthorNames(article?.author ? [article.author] : []),
    published: article?.published ?? null,
    text: $.root().text(),
  };
}

type Extractor = (html: string) => Prediction | Promise<Prediction>;
const EXTRACTORS: [string, Extractor][] = [
  ['modelwatch', runModelwatch],
  ['readability', runReadability],
  ['article-extractor', runArticleExtractor],
];

async function f1Of(pages: readonly DevPage[], run: Extractor): Promise<number> {
  const tally = emptyTally();
  for (const page of pages) add(tally, score(await run(page.html), page.expected));
  return Number(summary(tally)['body F1']);
}

async function pagesPerSecond(pages: readonly DevPage[], run: Extractor): Promise<number> {
  const started = performance.now();
  for (const page of pages) await run(page.html);
  return pages.length / ((performance.now() - started) / 1000);
}

/** Each extractor once per round over `pages`, the order rotating so no one always runs first. */
async function speeds(pages: readonly DevPage[], rounds: number): Promise<Map<string, number[]>> {
  const rates = new Map<string, number[]>(EXTRACTORS.map(([name]) => [name, []]));
  for (let round = 0; round < rounds; round++) {
    process.stderr.write(`  extraction: round ${round + 1}/${rounds}\n`);
    for (let k = 0; k < EXTRACTORS.length; k++) {
      const entry = EXTRACTORS[(k + round) % EXTRACTORS.length];
      if (entry) rates.get(entry[0])?.push(await pagesPerSecond(pages, entry[1]));
    }
  }
  return rates;
}

async function main(): Promise<BenchResult> {
  const base = {
    name: 'extraction',
    title: 'Extraction: pages/s and body F1 on ../shared/data/extraction-dev',
    oursLabel: 'modelwatch extractArticle',
    peerLabel: 'peer',
    tables: [],
    notes: [],
  };
  const pages = loadDevPages(dataDir);
  if (pages.length === 0)
    return {
      ...base,
      setup: '',
      comparisons: [],
      skipped: `no development set at ${dataDir} (../shared is absent)`,
    };
  const rounds = Number(args.rounds);
  const every = Math.max(1, Number(args.sample));
  // The quality pass over every page doubles as the warm-up; speed is timed on every `every`-th page,
  // because Readability over jsdom takes about a second a page on the larger ones.
  const f1 = new Map<string, number>();
  for (const [name, run] of EXTRACTORS) {
    process.stderr.write(`  extraction: scoring ${name} on ${pages.length} pages\n`);
    f1.set(name, await f1Of(pages, run));
  }
  const timed = pages.filter((_, i) => i % every === 0);
  const rates = await speeds(timed, rounds);
  const rate = (name: string) => median(rates.get(name) ?? []);
  const comparisons: Comparison[] = [];
  for (const [peer] of EXTRACTORS.slice(1)) {
    comparisons.push({
      metric: `pages/s vs ${peer}`,
      ours: rate('modelwatch'),
      peer: rate(peer),
      better: 'higher',
    });
    comparisons.push({
      metric: `body F1 vs ${peer}`,
      ours: f1.get('modelwatch') ?? 0,
      peer: f1.get(peer) ?? 0,
      better: 'higher',
    });
  }
  return {
    ...base,
    peerLabel: 'readability (jsdom) / article-extractor (linkedom)',
    setup: `F1 over ${pages.length} pages (de and en); speed (parse + extract from an HTML string) over every ${every}th page (${timed.length}), ${rounds} rounds alternating after the quality pass as warm-up, medians`,
    comparisons,
    notes: [
      'F1: body precision and recall over 4-token shingles per page, averaged (see npm run eval:extract)',
    ],
  };
}

emitResult(await main(), args.json);
