/**
 * Measures the article extractor against the development set in ../shared/data/extraction-dev and
 * runs Mozilla Readability (over jsdom) on the same pages in the same run, side by side.
 *
 *   npm run eval:extract                 # the table
 *   npm run eval:extract -- --details    # plus every miss, page by page
 *   npm run eval:extract -- --dir <path> # another data set with the same layout
 *
 * Body: per-page precision and recall over 4-token shingles of \w+ tokens (Unicode, as Python's \w),
 * averaged over pages, F1 from the averages. Title: exact match after whitespace and soft-hyphen
 * normalisation. Authors: the same set of names, case-insensitive (a page expecting none must give
 * none). Date: same calendar day as the expected publication date, either as printed (publisher's
 * offset) or in UTC, over pages that have one. Speed: pages per second of parse + extract, from an
 * HTML string (decoding the bytes is excluded for both).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { decodeHtml } from '../crawlers/extract/decode-html.js';
import {
  add,
  emptyTally,
  runModelwatch,
  runReadability,
  score,
  summary,
  type Expected,
  type Prediction,
  type Score,
  type Tally,
} from './lib/extraction-score.js';

const args = process.argv.slice(2);
const details = args.includes('--details');
const dirArg = args.indexOf('--dir');
const here = dirname(fileURLToPath(import.meta.url));
const dataDir =
  dirArg >= 0 && args[dirArg + 1] !== undefined
    ? resolve(args[dirArg + 1] ?? '')
    : resolve(here, '..', '..', 'shared', 'data', 'extraction-dev');

function printTable(lang: string, ours: Tally, theirs: Tally): void {
  const a = summary(ours);
  const b = summary(theirs);
  console.log(`\n${lang} (${ours.pages} pages)`);
  console.log(`  ${'metric'.padEnd(20)} ${'modelwatch'.padStart(11)} ${'readability'.padStart(12)}`);
  for (const key of Object.keys(a)) {
    console.log(`  ${key.padEnd(20)} ${(a[key] ?? '').padStart(11)} ${(b[key] ?? '').padStart(12)}`);
  }
}

function describeMisses(e: Expected, p: Prediction, s: Score): void {
  const lines: string[] = [];
  if (s.precision < 0.9 || s.recall < 0.9) {
    lines.push(`  body P=${s.precision.toFixed(2)} R=${s.recall.toFixed(2)}`);
  }
  if (!s.title) lines.push(`  title: got ${JSON.stringify(p.title)} want ${JSON.stringify(e.title)}`);
  if (!s.authors) lines.push(`  authors: got ${JSON.stringify(p.authors)} want ${JSON.stringify(e.authors)}`);
  if (s.date === false) lines.push(`  date: got ${String(p.published)} want ${String(e.published)}`);
  if (lines.length > 0) console.log(`${e.id}\n${lines.join('\n')}`);
}

function main(): void {
  if (!existsSync(dataDir)) {
    console.log(`eval:extract: no development set at ${dataDir} (../shared is absent); nothing to evaluate.`);
    return;
  }
  const languages = readdirSync(dataDir, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort();
  const timing = { ours: 0, theirs: 0, pages: 0 };
  const tallies: [string, Tally, Tally][] = [];
  for (const lang of languages) {
    const ours = emptyTally();
    const theirs = emptyTally();
    const dir = join(dataDir, lang);
    for (const file of readdirSync(dir)
      .filter((f) => f.endsWith('.json'))
      .sort()) {
      const expected = JSON.parse(readFileSync(join(dir, file), 'utf8')) as Expected;
      const htmlPath = join(dir, file.replace(/\.json$/, '.html.gz'));
      if (!existsSync(htmlPath)) continue;
      const html = decodeHtml(gunzipSync(readFileSync(htmlPath)));

      let start = performance.now();
      const mine = runModelwatch(html);
      timing.ours += performance.now() - start;
      start = performance.now();
      const ref = runReadability(html);
      timing.theirs += performance.now() - start;
      timing.pages++;

      const s = score(mine, expected);
      add(ours, s);
      add(theirs, score(ref, expected));
      if (details) describeMisses(expected, mine, s);
    }
    tallies.push([lang, ours, theirs]);
  }
  console.log(`extraction-dev: ${timing.pages} pages from ${dataDir}`);
  for (const [lang, ours, theirs] of tallies) printTable(lang, ours, theirs);
  const rate = (ms: number): number => (timing.pages * 1000) / Math.max(ms, 1);
  console.log(
    `\nspeed: modelwatch ${rate(timing.ours).toFixed(1)} pages/s, readability ${rate(timing.theirs).toFixed(1)} pages/s ` +
      `(${(timing.theirs / Math.max(timing.ours, 1)).toFixed(1)}x)`,
  );
}

main();
