/**
 * Analysis benchmark: articles/s and characters/s of `analyze` on 4,000-character articles (target: under
 * 5 ms each on one core), next to
 * the floor: a bare pass of franc (language), our tokenizer and natural's stemmer over the same
 * texts, which any analyser must at least do. The two alternate in rounds after a warm-up so that the
 * machine's drift hits both; the ratio is the figure that holds on a shared machine.
 * The articles are built from the project's own fixture passages (nlp/__fixtures__/passages.jsonl),
 * concatenated until 4,000 characters, so the benchmark needs nothing outside the repository.
 *
 * Usage: npm run bench -- --only analysis [--rounds 10]   |   tsx scripts/bench-analyze.ts [--json FILE]
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { franc } from 'franc';
import { PorterStemmer, PorterStemmerDe } from 'natural/lib/natural/stemmers/index.js';
import { analyze } from '../nlp/analyze.js';
import { tokenize } from '../nlp/tokenize.js';
import { emitResult } from './bench/result.js';
import { alternate, median } from './bench/stats.js';

const { values: args } = parseArgs({
  options: { rounds: { type: 'string', default: '10' }, json: { type: 'string' } },
});

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const passages = readFileSync(path.resolve(repoRoot, 'nlp/__fixtures__/passages.jsonl'), 'utf8')
  .split('\n')
  .filter((l) => l.trim() !== '')
  .map((l) => (JSON.parse(l) as { text: string; lang: string }).text);

const ARTICLE_CHARS = 4000;
const articles: string[] = [];
for (let start = 0; articles.length < 50; start += 7) {
  let text = '';
  for (let i = start; text.length < ARTICLE_CHARS; i += 1)
    text += `${passages[i % passages.length] ?? ''}\n\n`;
  articles.push(text.slice(0, ARTICLE_CHARS));
}

/** The floor: language, tokens and stems, nothing else. */
function barePass(text: string): number {
  const lang = franc(text, { only: ['deu', 'eng'] });
  const stemmer = lang === 'deu' ? PorterStemmerDe : PorterStemmer;
  let n = 0;
  for (const t of tokenize(text)) n += stemmer.stem(t.text.toLowerCase()).length;
  return n;
}

function analyzeOne(i: number): void {
  analyze({ id: `a${i}`, text: articles[i % articles.length] ?? '', published: '2025-08-26' });
}
function floorOne(i: number): void {
  barePass(articles[i % articles.length] ?? '');
}

const perRound = 200;
/** Articles per second over one round of `perRound` articles. */
function round(run: (i: number) => void): number {
  const started = performance.now();
  for (let i = 0; i < perRound; i += 1) run(i);
  return perRound / ((performance.now() - started) / 1000);
}

const rounds = Number(args.rounds);
const rates = await alternate(
  'analysis',
  { rounds, warmUp: 1 },
  () => round(analyzeOne),
  () => round(floorOne),
);
const ours = median(rates.ours);
const floor = median(rates.peer);
emitResult(
  {
    name: 'analysis',
    title: 'Analysis: articles/s of analyze next to the floor (tokenize + stem + franc)',
    oursLabel: 'modelwatch analyze (entities, events, dates)',
    peerLabel: 'floor: franc + tokenize + natural stemmer',
    setup: `${articles.length} distinct articles of ${ARTICLE_CHARS} characters from the NLP fixtures, ${rounds} rounds of ${perRound} alternating after a warm-up, medians, one core`,
    comparisons: [
      { metric: 'articles/s', ours, peer: floor, better: 'higher' },
      { metric: 'characters/s', ours: ours * ARTICLE_CHARS, peer: floor * ARTICLE_CHARS, better: 'higher' },
      { metric: 'ms per article', ours: 1000 / ours, peer: 1000 / floor, better: 'lower' },
    ],
    tables: [],
    notes: [
      'the floor is what any analyser must do at least: detect the language, tokenize, stem every token',
    ],
  },
  args.json,
);
