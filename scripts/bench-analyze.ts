/**
 * Analysis benchmark: articles/s and characters/s of `analyze` on 4,000-character articles (target: under
 * 5 ms each on one core), next to
 * the floor: a bare pass of franc (language), our tokenizer and natural's stemmer over the same
 * texts, which any analyser must at least do. The two alternate in rounds after a warm-up so that the
 * machine's drift hits both; the ratio is the figure that holds on a shared machine.
 * The headline articles are built from the project's own fixture passages (nlp/__fixtures__/passages.jsonl),
 * concatenated until 4,000 characters, so the benchmark needs nothing outside the repository; when
 * ../shared is present two sets of real text are measured too (see articleSets), because real news is
 * where speed problems showed that our own sentences did not (docs/benchmarking.md: V8's tier-up;
 * `npm run bench` starts node with --no-regexp-tier-up).
 *
 * Usage: npm run bench -- --only analysis [--large]   |   tsx scripts/bench-analyze.ts [--rounds N] [--json FILE]
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { franc } from 'franc';
import { PorterStemmer, PorterStemmerDe } from 'natural/lib/natural/stemmers/index.js';
import { analyze } from '../nlp/analyze.js';
import { tokenize } from '../nlp/tokenize.js';
import { emitResult } from './bench/result.js';
import { loadItems, OWN_PASSAGES, repoRoot, SHARED_DEV, SHARED_DEV_2 } from './lib/annotated-passages.js';
import { loadDevPages } from './lib/extraction-score.js';
import { alternate, median } from './bench/stats.js';

const { values: args } = parseArgs({
  options: { rounds: { type: 'string', default: '10' }, json: { type: 'string' } },
});

const sharedData = path.resolve(repoRoot, '../shared/data');
const ARTICLE_CHARS = 4000;
const ARTICLES_PER_SET = 50;

/** Passages joined with blank lines into articles of ARTICLE_CHARS characters, each starting further on. */
function articlesFrom(passages: readonly string[]): string[] {
  const articles: string[] = [];
  for (let start = 0; articles.length < ARTICLES_PER_SET; start += 7) {
    let text = '';
    for (let i = start; text.length < ARTICLE_CHARS; i += 1)
      text += `${passages[i % passages.length] ?? ''}\n\n`;
    articles.push(text.slice(0, ARTICLE_CHARS));
  }
  return articles;
}

/** The passages' texts of a labelled set (empty when the file is absent). */
function textsOf(file: string): string[] {
  return (loadItems(file) ?? []).map((item) => item.text);
}

/** The first ARTICLE_CHARS characters of every page body in the extraction set that has that many. */
function pageBodies(dir: string): string[] {
  return loadDevPages(dir)
    .map((page) => page.expected.paragraphs.join('\n\n'))
    .filter((body) => body.length >= ARTICLE_CHARS)
    .map((body) => body.slice(0, ARTICLE_CHARS));
}

interface ArticleSet {
  label: string;
  articles: string[];
}

/**
 * The project's own fixture passages always (dense in events: about 29 per article); with ../shared
 * present also real text: AI news passages of the two development sets, and whole news pages of the
 * extraction set (most of them not about AI, as most of a crawl is not).
 */
function articleSets(): { sets: ArticleSet[]; missing: string | null } {
  const sets: ArticleSet[] = [
    {
      label: 'own fixture passages',
      articles: articlesFrom(textsOf(OWN_PASSAGES)),
    },
  ];
  if (!existsSync(sharedData))
    return { sets, missing: `no ${sharedData} (../shared is absent): real-text sets skipped` };
  const real = [...textsOf(SHARED_DEV), ...textsOf(SHARED_DEV_2)];
  sets.push({ label: 'real AI news passages (nlp-dev, nlp-dev-2)', articles: articlesFrom(real) });
  sets.push({
    label: 'real news pages (extraction-dev bodies)',
    articles: pageBodies(path.join(sharedData, 'extraction-dev')),
  });
  return { sets, missing: null };
}

const { sets, missing } = articleSets();

/** The floor: language, tokens and stems, nothing else. */
function barePass(text: string): number {
  const lang = franc(text, { only: ['deu', 'eng'] });
  const stemmer = lang === 'deu' ? PorterStemmerDe : PorterStemmer;
  let n = 0;
  for (const t of tokenize(text)) n += stemmer.stem(t.text.toLowerCase()).length;
  return n;
}

const perRound = 200;
/** Articles per second over one round of `perRound` articles of `articles`. */
function round(articles: readonly string[], run: (text: string) => void): number {
  const started = performance.now();
  for (let i = 0; i < perRound; i += 1) run(articles[i % articles.length] ?? '');
  return perRound / ((performance.now() - started) / 1000);
}

function analyzeText(text: string): void {
  analyze({ id: 'a', text, published: '2025-08-26' });
}

/** Events per article, to show how much work each set asks for. */
function eventsPerArticle(articles: readonly string[]): number {
  let events = 0;
  for (const text of articles) events += analyze({ id: 'e', text, published: '2025-08-26' }).events.length;
  return events / articles.length;
}

const rounds = Number(args.rounds);
const measured: { set: ArticleSet; ours: number; floor: number; events: number }[] = [];
for (const set of sets) {
  const rates = await alternate(
    `analysis (${set.label})`,
    { rounds, warmUp: 1 },
    () => round(set.articles, analyzeText),
    () => round(set.articles, barePass),
  );
  measured.push({
    set,
    ours: median(rates.ours),
    floor: median(rates.peer),
    events: eventsPerArticle(set.articles),
  });
}
const [main, ...real] = measured;
if (main === undefined) throw new Error('bench-analyze: no article set');
emitResult(
  {
    name: 'analysis',
    title: 'Analysis: articles/s of analyze next to the floor (tokenize + stem + franc)',
    oursLabel: 'modelwatch analyze (entities, events, dates)',
    peerLabel: 'floor: franc + tokenize + natural stemmer',
    setup: `articles of ${ARTICLE_CHARS} characters in ${measured.length} sets (counts in the table), ${rounds} rounds of ${perRound} alternating after a warm-up per set, medians, one core`,
    comparisons: [
      { metric: 'articles/s', ours: main.ours, peer: main.floor, better: 'higher' },
      {
        metric: 'characters/s',
        ours: main.ours * ARTICLE_CHARS,
        peer: main.floor * ARTICLE_CHARS,
        better: 'higher',
      },
      { metric: 'ms per article', ours: 1000 / main.ours, peer: 1000 / main.floor, better: 'lower' },
      ...real.map((m) => ({
        metric: `ms per article, ${m.set.label}`,
        ours: 1000 / m.ours,
        peer: 1000 / m.floor,
        better: 'lower' as const,
      })),
    ],
    tables: [
      {
        heading: 'Per article set',
        columns: ['articles', 'count', 'events per article', 'analyze ms', 'floor ms'],
        rows: measured.map((m) => [
          m.set.label,
          String(m.set.articles.length),
          m.events.toFixed(1),
          (1000 / m.ours).toFixed(2),
          (1000 / m.floor).toFixed(2),
        ]),
      },
    ],
    notes: [
      'the floor is what any analyser must do at least: detect the language, tokenize, stem every token',
      'the first three rows are on the fixture articles; the others on real text when ../shared is present',
      ...(missing === null ? [] : [missing]),
    ],
  },
  args.json,
);
