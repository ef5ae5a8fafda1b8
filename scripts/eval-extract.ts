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
import { Readability } from '@mozilla/readability';
import { JSDOM, VirtualConsole } from 'jsdom';
import { cleanAuthorNames } from '../crawlers/extract/clean-author-names.js';
import { decodeHtml } from '../crawlers/extract/decode-html.js';
import { extractArticle } from '../crawlers/extract/extract-article.js';
import { normalizeSpacing } from '../nlp/normalize-text.js';
import { shingleOverlap } from '../crawlers/extract/shingle-overlap.js';

interface Expected {
  id: string;
  lang: string;
  publisher: string;
  title: string;
  authors: string[];
  published: string | null;
  paragraphs: string[];
}

interface Prediction {
  title: string;
  authors: string[];
  published: string | null;
  text: string;
}

interface Score {
  precision: number;
  recall: number;
  title: boolean;
  authors: boolean;
  /** null when the page has no expected date. */
  date: boolean | null;
}

interface Tally {
  pages: number;
  precision: number;
  recall: number;
  titles: number;
  authors: number;
  datePages: number;
  dates: number;
}

const args = process.argv.slice(2);
const details = args.includes('--details');
const dirArg = args.indexOf('--dir');
const here = dirname(fileURLToPath(import.meta.url));
const dataDir =
  dirArg >= 0 && args[dirArg + 1] !== undefined
    ? resolve(args[dirArg + 1] ?? '')
    : resolve(here, '..', '..', 'shared', 'data', 'extraction-dev');

function sameTitle(a: string, b: string): boolean {
  return normalizeSpacing(a) === normalizeSpacing(b);
}

function sameAuthors(got: readonly string[], want: readonly string[]): boolean {
  const key = (names: readonly string[]): string =>
    [...new Set(names.map((n) => normalizeSpacing(n).toLowerCase()))].sort().join('|');
  return key(got) === key(want);
}

/** Calendar days a timestamp may stand for: as printed, and in UTC when it carries an offset. */
function days(value: string): string[] {
  const iso = value.trim().replace(' ', 'T');
  const local = /^\d{4}-\d{2}-\d{2}/.exec(iso)?.[0];
  const out = local === undefined ? [] : [local];
  if (/(?:Z|[+-]\d{2}:?\d{2})$/.test(iso)) {
    const time = Date.parse(iso);
    if (!Number.isNaN(time)) out.push(new Date(time).toISOString().slice(0, 10));
  }
  return out;
}

function sameDay(got: string | null, want: string): boolean {
  if (got === null) return false;
  const wanted = days(want);
  return days(got).some((d) => wanted.includes(d));
}

function score(prediction: Prediction, expected: Expected): Score {
  const { precision, recall } = shingleOverlap(prediction.text, expected.paragraphs.join('\n'));
  return {
    precision,
    recall,
    title: sameTitle(prediction.title, expected.title),
    authors: sameAuthors(prediction.authors, expected.authors),
    date: expected.published === null ? null : sameDay(prediction.published, expected.published),
  };
}

function runModelwatch(html: string): Prediction {
  const article = extractArticle(html);
  return {
    title: article.title,
    authors: article.authors,
    published: article.publishedAt,
    text: article.text,
  };
}

const quietConsole = new VirtualConsole();

function runReadability(html: string): Prediction {
  const dom = new JSDOM(html, { virtualConsole: quietConsole });
  const parsed = new Readability(dom.window.document).parse();
  dom.window.close();
  return {
    title: parsed?.title ?? '',
    // Readability gives one byline string; the same name cleaning is applied so both are judged alike.
    authors: cleanAuthorNames(parsed?.byline === null || parsed?.byline === undefined ? [] : [parsed.byline]),
    published: parsed?.publishedTime ?? null,
    text: parsed?.textContent ?? '',
  };
}

function emptyTally(): Tally {
  return { pages: 0, precision: 0, recall: 0, titles: 0, authors: 0, datePages: 0, dates: 0 };
}

function add(tally: Tally, s: Score): void {
  tally.pages++;
  tally.precision += s.precision;
  tally.recall += s.recall;
  if (s.title) tally.titles++;
  if (s.authors) tally.authors++;
  if (s.date !== null) {
    tally.datePages++;
    if (s.date) tally.dates++;
  }
}

function summary(t: Tally): Record<string, string> {
  const p = t.precision / Math.max(t.pages, 1);
  const r = t.recall / Math.max(t.pages, 1);
  const f1 = p + r === 0 ? 0 : (2 * p * r) / (p + r);
  const pct = (n: number, d: number): string => `${((100 * n) / Math.max(d, 1)).toFixed(1)}%`;
  return {
    'body precision': p.toFixed(3),
    'body recall': r.toFixed(3),
    'body F1': f1.toFixed(3),
    'title exact': pct(t.titles, t.pages),
    authors: pct(t.authors, t.pages),
    [`date (${t.datePages} pages)`]: pct(t.dates, t.datePages),
  };
}

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
