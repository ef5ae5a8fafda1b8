/**
 * Throughput of `analyze` on 4,000-character articles (target: under 5 ms each on one core), next to
 * the floor: a bare pass of franc (language), our tokenizer and natural's stemmer over the same
 * texts, which any analyser must at least do. The two alternate in rounds after a warm-up so that the
 * machine's drift hits both; the ratio is the figure that holds on a shared machine.
 * The articles are built from the project's own fixture passages (nlp/__fixtures__/passages.jsonl),
 * concatenated until 4,000 characters, so the benchmark needs nothing outside the repository.
 *
 * Usage: npm run bench
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { franc } from 'franc';
import { PorterStemmer, PorterStemmerDe } from 'natural/lib/natural/stemmers/index.js';
import { analyze } from '../nlp/analyze.js';
import { tokenize } from '../nlp/tokenize.js';

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

// warm-up: module initialisation, regex compilation, JIT
for (let i = 0; i < 200; i += 1) {
  analyzeOne(i);
  floorOne(i);
}

const rounds = 10;
const perRound = 200;
const times: number[] = [];
const floorTimes: number[] = [];
for (let r = 0; r < rounds; r += 1) {
  for (const [run, into] of [
    [analyzeOne, times],
    [floorOne, floorTimes],
  ] as const) {
    for (let i = 0; i < perRound; i += 1) {
      const s = performance.now();
      run(r * perRound + i);
      into.push(performance.now() - s);
    }
  }
  process.stderr.write(`\rround ${r + 1}/${rounds}`);
}
process.stderr.write('\n');
const stats = (xs: number[]) => {
  const sorted = [...xs].sort((a, b) => a - b);
  const at = (p: number): number => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? 0;
  return { mean: xs.reduce((a, b) => a + b, 0) / xs.length, p50: at(0.5), p95: at(0.95), p99: at(0.99) };
};
const a = stats(times);
const f = stats(floorTimes);
const line = (name: string, x: ReturnType<typeof stats>): string =>
  `${name.padEnd(34)} mean ${x.mean.toFixed(2)} ms  p50 ${x.p50.toFixed(2)} ms  p95 ${x.p95.toFixed(2)} ms  p99 ${x.p99.toFixed(2)} ms  (${(1000 / x.mean).toFixed(0)} articles/s)`;
console.log(`${times.length} articles of ${ARTICLE_CHARS} characters each, alternating in ${rounds} rounds`);
console.log(line('analyze', a));
console.log(line('floor: franc + tokenize + stem', f));
console.log(`analyze / floor (mean): ${(a.mean / f.mean).toFixed(1)}x`);
