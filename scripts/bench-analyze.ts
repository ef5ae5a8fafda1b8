/**
 * Throughput of `analyze` on 4,000-character articles (target: under 5 ms each on one core).
 * The articles are built from the project's own fixture passages (nlp/__fixtures__/passages.jsonl),
 * concatenated until 4,000 characters, so the benchmark needs nothing outside the repository.
 *
 * Usage: npm run bench
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyze } from '../nlp/analyze.js';

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

// warm-up: module initialisation, regex compilation, JIT
for (let i = 0; i < 200; i += 1) {
  analyze({ id: 'warm', text: articles[i % articles.length] ?? '', published: '2025-08-26' });
}

const runs = 2000;
const times: number[] = [];
const t0 = performance.now();
for (let i = 0; i < runs; i += 1) {
  const s = performance.now();
  analyze({ id: `a${i}`, text: articles[i % articles.length] ?? '', published: '2025-08-26' });
  times.push(performance.now() - s);
}
const total = performance.now() - t0;
times.sort((a, b) => a - b);
const pct = (p: number): string =>
  (times[Math.min(times.length - 1, Math.floor(p * times.length))] ?? 0).toFixed(2);
console.log(`analyze: ${runs} articles of ${ARTICLE_CHARS} characters in ${total.toFixed(0)} ms`);
console.log(`throughput: ${((runs * 1000) / total).toFixed(0)} articles/second (one core)`);
console.log(
  `latency: mean ${(total / runs).toFixed(2)} ms, p50 ${pct(0.5)} ms, p95 ${pct(0.95)} ms, p99 ${pct(0.99)} ms`,
);
