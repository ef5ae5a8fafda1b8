/**
 * Scoring of article extraction against the development set in ../shared/data/extraction-dev, shared by
 * eval-extract.ts (quality, page by page) and bench-extract.ts (speed and F1 next to the peers): body
 * precision and recall over 4-token shingles, exact title, author set, publication day; and the pages of
 * the set, loaded once.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { Readability } from '@mozilla/readability';
import { JSDOM, VirtualConsole } from 'jsdom';
import { cleanAuthorNames } from '../../crawlers/extract/clean-author-names.js';
import { decodeHtml } from '../../crawlers/extract/decode-html.js';
import { extractArticle } from '../../crawlers/extract/extract-article.js';
import { shingleOverlap } from '../../crawlers/extract/shingle-overlap.js';
import { normalizeSpacing } from '../../nlp/normalize-text.js';

export interface Expected {
  id: string;
  lang: string;
  publisher: string;
  title: string;
  authors: string[];
  published: string | null;
  paragraphs: string[];
}

export interface Prediction {
  title: string;
  authors: string[];
  published: string | null;
  text: string;
}

export interface Score {
  precision: number;
  recall: number;
  title: boolean;
  authors: boolean;
  /** null when the page has no expected date. */
  date: boolean | null;
}

export interface Tally {
  pages: number;
  precision: number;
  recall: number;
  titles: number;
  authors: number;
  datePages: number;
  dates: number;
}

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

export function score(prediction: Prediction, expected: Expected): Score {
  const { precision, recall } = shingleOverlap(prediction.text, expected.paragraphs.join('\n'));
  return {
    precision,
    recall,
    title: sameTitle(prediction.title, expected.title),
    authors: sameAuthors(prediction.authors, expected.authors),
    date: expected.published === null ? null : sameDay(prediction.published, expected.published),
  };
}

export function runModelwatch(html: string): Prediction {
  const article = extractArticle(html);
  return {
    title: article.title,
    authors: article.authors,
    published: article.publishedAt,
    text: article.text,
  };
}

const quietConsole = new VirtualConsole();

export function runReadability(html: string): Prediction {
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

export function emptyTally(): Tally {
  return { pages: 0, precision: 0, recall: 0, titles: 0, authors: 0, datePages: 0, dates: 0 };
}

export function add(tally: Tally, s: Score): void {
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

export function summary(t: Tally): Record<string, string> {
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

/** A page of the development set: its expected values and its HTML, decoded. */
export interface DevPage {
  lang: string;
  expected: Expected;
  html: string;
}

/** Every page of the set under `dataDir` (one folder per language), sorted; empty when it is absent. */
export function loadDevPages(dataDir: string): DevPage[] {
  if (!existsSync(dataDir)) return [];
  const pages: DevPage[] = [];
  for (const lang of readdirSync(dataDir, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort()) {
    const dir = join(dataDir, lang);
    for (const file of readdirSync(dir)
      .filter((f) => f.endsWith('.json'))
      .sort()) {
      const htmlPath = join(dir, file.replace(/\.json$/, '.html.gz'));
      if (!existsSync(htmlPath)) continue;
      const expected = JSON.parse(readFileSync(join(dir, file), 'utf8')) as Expected;
      pages.push({ lang, expected, html: decodeHtml(gunzipSync(readFileSync(htmlPath))) });
    }
  }
  return pages;
}
