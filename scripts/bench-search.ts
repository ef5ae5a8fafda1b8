/**
 * Search benchmark (not a test): p50/p95 latency of full-text search (parse, plan, FTS5 MATCH with BM25 and
 * recency, facets, page of hits with snippets: everything GET /v1/search does but HTTP) over 100,000
 * synthetic articles in the embedded SQLite database, next to a plain `LIKE '%word%'` scan over the same
 * rows in the same run (newest 20 matches plus their count). Target: p95 < 50 ms at 100,000 articles and
 * < 150 ms at 1,000,000 (`--large`).
 *
 * The articles are generated straight into a SQLite file built from the committed migrations (progress on
 * stderr) and reused by later runs: German and English texts of ~200 words from a Zipf-distributed
 * vocabulary of synthetic words plus domain words with their inflections ("Verzögerung", "verzögert",
 * "licences"), entities named in the text and linked as mentions, and events. Each distinct word's
 * analyzer tokens are computed once with nlp/search-tokens.ts and reused, which gives the same index
 * documents as analysing every text (the texts have no punctuation) in a fraction of the time.
 *
 * Queries mix the query language: rare, medium and common words, an entity with a word ("R2
 * Verzögerung"), phrases, OR, exclusion, NEAR, field filters and date sorting.
 *
 * `--phases` also prints where the CPU time of a search goes, per phase (each SQL statement by its role, the
 * rest is JavaScript), averaged over all queries and over the slowest 5%, and per query of the tail.
 *
 * `--compare FILE` then runs every query again on this database and on FILE (the same articles, e.g. a copy
 * taken before a migration), interleaved (alternately first, so both see the same load), and prints the CPU
 * times of both and how many answers are identical in every field but `explain`.
 *
 * Usage: npm run bench:search [-- --large | --articles N] [--queries 300] [--db FILE] [--regenerate] [--phases]
 *   [--compare FILE]
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import Database from 'better-sqlite3';
import { silentLogger } from '../core/logger.js';
import { searchTokens } from '../nlp/search-tokens.js';
import { EVENT_TYPES } from '../nlp/types.js';
import { openDatabase } from '../store/database.js';
import { openReadConnection, type ReadConnection } from '../store/read-connection.js';
import { entityTokensOf } from '../store/search/search-documents.js';
import type { SearchRequest } from '../store/search/search-index.js';
import { createSqliteSearchIndex } from '../store/search/sqlite-search-index.js';
import { dbTime, progress, random } from './bench-data.js';
import { emitResult } from './bench/result.js';
import { phaseTimedConnection } from './bench/search-phases.js';
import { percentile as pct } from './bench/stats.js';

const { values: args } = parseArgs({
  options: {
    large: { type: 'boolean', default: false },
    articles: { type: 'string' },
    queries: { type: 'string', default: '300' },
    'like-queries': { type: 'string', default: '60' },
    db: { type: 'string' },
    regenerate: { type: 'boolean', default: false },
    phases: { type: 'boolean', default: false },
    compare: { type: 'string' },
    /** Also write the harness's result (scripts/bench.ts) to this file. */
    json: { type: 'string' },
  },
});

const ARTICLES = Number(args.articles ?? (args.large ? 1_000_000 : 100_000));
const QUERIES = Number(args.queries);
const LIKE_QUERIES = Number(args['like-queries']);
const DB_FILE = path.resolve(args.db ?? `data/bench-search-${String(ARTICLES)}.db`);
const WORDS_PER_TEXT = 200;
const VOCABULARY = 40_000;
const START = Date.parse('2024-01-01T00:00:00Z');
const SPAN_MS = 2 * 365 * 86_400_000;
const NOW = new Date(START + SPAN_MS);

const rnd = random(7);
const pick = <T>(items: readonly T[]): T => items[Math.floor(rnd() * items.length)] as T;
/** Zipf-like rank: rank r is drawn about 1/r as often as rank 1. */
const zipf = (n: number): number => Math.min(n - 1, Math.floor(Math.exp(rnd() * Math.log(n + 1))) - 1);

const SYLLABLES = 'ka ri to me lan su vo ne dra ben pol tis ga mu rek sel fo din ha ul ber pa quin zo'.split(
  ' ',
);
/** Synthetic words, most frequent first; no real word collides with the domain words below. */
const VOCAB = Array.from({ length: VOCABULARY }, (_, i) => {
  const r = random(i + 1);
  const n = 2 + Math.floor(r() * 3);
  return (
    Array.from({ length: n }, () => SYLLABLES[Math.floor(r() * SYLLABLES.length)]).join('') +
    (i % 7 === 0 ? 'x' : '')
  );
});
const DOMAIN = {
  de: 'Verzögerung verzögert verschoben Chips Chip Training trainiert Exportlizenz Lizenz Rechenzentrum Beschleuniger Aktie Umsatz veröffentlicht Modell Prozessoren Sprachmodell Start Lieferungen Exportkontrollen'.split(
    ' ',
  ),
  en: 'delay delayed delays licence licences export shipments chips chip training trained revenue launch release released model processors inference accelerators restrictions'.split(
    ' ',
  ),
};
const ENTITIES = [
  { id: 'deepseek', kind: 'organization', name: 'DeepSeek', alias: 'DeepSeek' },
  { id: 'deepseek-r2', kind: 'model', name: 'DeepSeek-R2', alias: 'R2' },
  { id: 'nvidia', kind: 'organization', name: 'Nvidia', alias: 'Nvidia' },
  { id: 'nvidia-h20', kind: 'chip', name: 'H20', alias: 'H20' },
  { id: 'huawei-ascend', kind: 'chip', name: 'Huawei Ascend', alias: 'Ascend' },
  ...Array.from({ length: 600 }, (_, i) => ({
    id: `model-${String(i)}`,
    kind: i % 3 === 0 ? 'chip' : 'model',
    name: `Zeta${String(i)}`,
    alias: `Zeta${String(i)}`,
  })),
];

/** Analyzer tokens of one word, computed once per language and word. */
const tokenCache = new Map<string, string>();
function tokensOf(words: readonly string[], lang: string): string {
  return words
    .map((word) => {
      const key = `${lang}:${word}`;
      let tokens = tokenCache.get(key);
      if (tokens === undefined) {
        tokens = searchTokens(word, lang).join(' ');
        tokenCache.set(key, tokens);
      }
      return tokens;
    })
    .filter((t) => t !== '')
    .join(' ');
}

function articleWords(lang: 'de' | 'en', names: readonly string[], count: number): string[] {
  const words: string[] = [];
  for (let i = 0; i < count; i++) {
    const r = rnd();
    if (r < 0.04) words.push(pick(DOMAIN[lang]));
    else if (r < 0.07) words.push(pick(names));
    else words.push(VOCAB[zipf(VOCABULARY)] ?? 'x');
  }
  return words;
}

function insertFixedRows(db: Database.Database): void {
  const now = dbTime(Date.now());
  db.transaction(() => {
    const source = db.prepare(
      `INSERT INTO Source (id, name, language, category, homepage, createdAt, updatedAt) VALUES (?, ?, ?, ?, ?, ?, ?)`,
    );
    for (let i = 0; i < 20; i++)
      source.run(
        `source-${String(i)}`,
        `Source ${String(i)}`,
        i % 3 ? 'de' : 'en',
        i % 4 ? 'tech' : 'finance',
        `https://s${String(i)}.example/`,
        now,
        now,
      );
    const entity = db.prepare(
      `INSERT OR IGNORE INTO Entity (id, kind, name, candidate, mentionCount, createdAt, updatedAt) VALUES (?, ?, ?, 0, 0, ?, ?)`,
    );
    const alias = db.prepare('INSERT OR IGNORE INTO EntityAlias (entityId, alias, key) VALUES (?, ?, ?)');
    for (const e of ENTITIES) {
      entity.run(e.id, e.kind, e.name, now, now);
      alias.run(e.id, e.alias, e.alias.toLowerCase());
      alias.run(e.id, e.name, e.name.toLowerCase());
    }
  })();
}

/** FTS5 options while the generator builds the index, and FTS5's defaults it restores afterwards. */
const FTS_BUILD = [
  ['automerge', { build: 0, after: 4 }],
  ['crisismerge', { build: 2000, after: 16 }],
  ['hashsize', { build: 256 * 1024 * 1024, after: 1024 * 1024 }],
] as const;

async function generate(): Promise<void> {
  // Built under another name and renamed when complete, so an interrupted run is never reused as a database.
  const file = `${DB_FILE}.partial`;
  for (const name of [DB_FILE, file])
    for (const suffix of ['', '-wal', '-shm']) fs.rmSync(`${name}${suffix}`, { force: true });
  process.stderr.write(`generating ${DB_FILE}\n`);
  const started = Date.now();
  const elapsed = () => `${((Date.now() - started) / 60_000).toFixed(1)} min`;
  const prisma = await openDatabase(`file:${file}`, silentLogger);
  await prisma.$disconnect();
  const db = new Database(file);
  // A throwaway file that is renamed only when complete: no journal, no fsync, one writer. Prisma left it in
  // WAL mode, which must be left first; journal_mode OFF needs better-sqlite3's defensive mode off.
  db.unsafeMode(true);
  db.pragma('journal_mode = DELETE');
  const journal = db.pragma('journal_mode = OFF', { simple: true }) as string;
  if (journal !== 'off') throw new Error(`journal_mode stayed ${journal}`);
  db.pragma('synchronous = OFF');
  db.pragma('locking_mode = EXCLUSIVE');
  db.pragma('cache_size = -1048576');
  insertFixedRows(db);
  // One FTS5 rebuild at the end instead of a trigger per row: the same index, several times faster to build.
  const trigger = db
    .prepare(`SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = 'SearchDocument_fts_insert'`)
    .pluck()
    .get() as string;
  db.exec('DROP TRIGGER "SearchDocument_fts_insert"');
  const insertArticle = db.prepare(
    `INSERT INTO Article (id, url, fetchedUrl, sourceId, title, authors, publishedAt, language, text, contentHash,
       fetchedAt, analyzedAt, createdAt, updatedAt) VALUES (?, ?, ?, ?, ?, '[]', ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const insertMention = db.prepare(
    'INSERT INTO Mention (articleId, entityId, count, firstSentence) VALUES (?, ?, ?, ?)',
  );
  const insertDocument = db.prepare(
    'INSERT INTO SearchDocument (articleId, title, body, entities) VALUES (?, ?, ?, ?)',
  );
  const insertEvent = db.prepare(
    `INSERT INTO Event (type, subjectId, datePrecision, confidence, firstReportedAt, lastReportedAt, sourceCount,
       languages, hidden, createdAt, updatedAt) VALUES (?, ?, 'unknown', 0.8, ?, ?, 1, ?, 0, ?, ?)`,
  );
  const insertSource = db.prepare(
    `INSERT INTO EventSource (eventId, articleId, evidence, language, confidence, reportedAt) VALUES (?, ?, ?, ?, 0.8, ?)`,
  );
  const batch = 5000;
  for (let start = 1; start <= ARTICLES; start += batch) {
    db.transaction(() => {
      for (let id = start; id < start + batch && id <= ARTICLES; id++) {
        const lang = id % 3 === 0 ? 'en' : 'de';
        const at = dbTime(START + Math.floor(((id - 1) / ARTICLES) * SPAN_MS));
        const linked = [
          ...new Set(
            Array.from({ length: 1 + Math.floor(rnd() * 4) }, () => ENTITIES[zipf(ENTITIES.length)]),
          ),
        ].filter((e) => e !== undefined);
        const names = linked.map((e) => e.alias);
        const title = [names[0] ?? 'Zeta', ...articleWords(lang, names, 7)];
        const text = articleWords(lang, names, WORDS_PER_TEXT);
        const source = id % 20;
        const url = `https://s${String(source)}.example/a/${String(id)}`;
        insertArticle.run(
          id,
          url,
          url,
          `source-${String(source)}`,
          title.join(' '),
          at,
          lang,
          text.join(' '),
          `h${String(id)}`,
          at,
          at,
          at,
          at,
        );
        const mentions = linked.map((e) => ({ entityId: e.id, count: 1 + Math.floor(rnd() * 3) }));
        for (const m of mentions) insertMention.run(id, m.entityId, m.count, '');
        insertDocument.run(id, tokensOf(title, lang), tokensOf(text, lang), entityTokensOf(mentions));
        const subject = linked.find((e) => e.kind !== 'organization');
        if (subject && rnd() < 0.4) {
          const event = insertEvent.run(pick(EVENT_TYPES), subject.id, at, at, lang, at, at);
          insertSource.run(event.lastInsertRowid, id, '', lang, at);
        }
        progress('articles, mentions, events, index documents', id, ARTICLES);
      }
    })();
  }
  const step = (label: string, sql: string) => {
    process.stderr.write(`  ${label} (${elapsed()})\n`);
    db.exec(sql);
  };
  const fts = (command: string, value?: number) =>
    `INSERT INTO SearchDocumentFts (SearchDocumentFts${value === undefined ? '' : ', rank'}) VALUES ('${command}'${value === undefined ? '' : `, ${String(value)}`})`;
  // No merging while building: at 1,000,000 articles FTS5's incremental merges spent 81% of the time deleting
  // merged segments (perf, 2026-12-03) and the build had not finished after 40 minutes. Big in-memory
  // segments, few of them, merged once by 'optimize'; FTS5's defaults are set back for the pipeline's writes.
  for (const [option, value] of FTS_BUILD) db.exec(fts(option, value.build));
  step('building the full-text index', fts('rebuild'));
  db.exec(trigger);
  step('optimizing the index', fts('optimize'));
  for (const [option, value] of FTS_BUILD) db.exec(fts(option, value.after));
  step('analyzing', 'ANALYZE');
  db.pragma('journal_mode = WAL');
  db.close();
  process.stderr.write(`  done (${elapsed()})\n`);
  for (const suffix of ['-wal', '-shm']) fs.rmSync(`${file}${suffix}`, { force: true });
  fs.renameSync(file, DB_FILE);
}

/** Brings a database generated by an earlier version up to the committed migrations (new indexes). */
async function migrate(): Promise<void> {
  const prisma = await openDatabase(`file:${DB_FILE}`, silentLogger);
  await prisma.$disconnect();
}

/**
 * Words by how many articles use them (200 Zipf words per text): ranks below 50 are in a third to all of
 * the articles, like stop words; 100-400 in 4-15% (as "Chip" or "Nvidia" in this news); 1,000-3,000 in
 * 0.5-2%; 15,000-35,000 in a few articles.
 */
const veryCommon = () => VOCAB[Math.floor(rnd() * 50)] ?? 'x';
const common = () => VOCAB[100 + Math.floor(rnd() * 300)] ?? 'x';
const medium = () => VOCAB[1_000 + Math.floor(rnd() * 2_000)] ?? 'x';
const rare = () => VOCAB[15_000 + Math.floor(rnd() * 20_000)] ?? 'x';

const TEMPLATES: Record<string, () => Omit<SearchRequest, 'limit' | 'now'>> = {
  'very common word': () => ({ q: veryCommon(), sort: 'relevance' }),
  'common word': () => ({ q: common(), sort: 'relevance' }),
  'medium word': () => ({ q: medium(), sort: 'relevance' }),
  'rare word': () => ({ q: rare(), sort: 'relevance' }),
  'entity + word': () => ({
    q: pick(['R2 Verzögerung', 'H20 export licence', 'Ascend Training', 'Nvidia chips']),
    sort: 'relevance',
  }),
  'two words': () => ({ q: `${medium()} ${common()}`, sort: 'relevance' }),
  phrase: () => ({ q: `"${common()} ${common()}"`, sort: 'relevance' }),
  'OR, exclusion': () => ({ q: `(${medium()} OR ${medium()}) -${common()}`, sort: 'relevance' }),
  NEAR: () => ({ q: `${medium()} NEAR/5 ${common()}`, sort: 'relevance' }),
  'filters, by date': () => ({ q: `${pick(DOMAIN.de)} lang:de`, type: pick(EVENT_TYPES), sort: 'date' }),
  'domain word': () => ({ q: pick([...DOMAIN.de, ...DOMAIN.en]), sort: 'relevance' }),
};

/** The plain words of a query, for the LIKE peer. */
function plainWords(q: string): string[] {
  return q
    .replace(/\b(?:OR|NEAR\/\d+)\b|[()"]|-\S+|\w+:\S+/g, ' ')
    .split(/\s+/)
    .filter((w) => w !== '');
}

function likeScan(reads: ReadConnection, q: string): number {
  const words = plainWords(q);
  const params = Object.fromEntries(words.map((w, i) => [`w${String(i)}`, `%${w}%`]));
  const where =
    words.map((_, i) => `(title LIKE @w${String(i)} OR text LIKE @w${String(i)})`).join(' AND ') || '1';
  reads.all(
    `SELECT id, url, title FROM Article WHERE ${where} ORDER BY COALESCE(publishedAt, fetchedAt) DESC LIMIT 20`,
    params,
  );
  return reads.get<{ n: number }>(`SELECT COUNT(*) AS n FROM Article WHERE ${where}`, params)?.n ?? 0;
}

/** Runs `fn` once: its result, wall time and CPU time of this process (user + system), in ms. */
function timed<T>(fn: () => T): { value: T; wall: number; cpu: number } {
  const cpuBefore = process.cpuUsage();
  const started = performance.now();
  const value = fn();
  const wall = performance.now() - started;
  const cpu = process.cpuUsage(cpuBefore);
  return { value, wall, cpu: (cpu.user + cpu.system) / 1000 };
}

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
}

function row(label: string, times: number[]): string {
  const sorted = [...times].sort((a, b) => a - b);
  const ms = (v: number) => `${v.toFixed(1)} ms`.padStart(10);
  return `${label.padEnd(28)}${String(times.length).padStart(6)}${ms(percentile(sorted, 50))}${ms(percentile(sorted, 95))}${ms(percentile(sorted, 99))}${ms(sorted[sorted.length - 1] ?? 0)}`;
}

/** One measured search, kept to name the queries that make the p95. */
interface Timed {
  name: string;
  request: Omit<SearchRequest, 'limit' | 'now'>;
  wall: number;
  cpu: number;
  total: number;
  match: string;
  /** CPU ms per phase (with --phases). */
  phases: Map<string, number>;
}

const JAVASCRIPT = 'JavaScript (parse, plan, rank, count, snippets)';

/** Mean CPU ms per phase over `queries`, largest first. */
function phaseMeans(queries: readonly Timed[]): string[] {
  const sums = new Map<string, number>();
  for (const q of queries) for (const [phase, ms] of q.phases) sums.set(phase, (sums.get(phase) ?? 0) + ms);
  return [...sums]
    .sort((a, b) => b[1] - a[1])
    .map(([phase, ms]) => `${(ms / Math.max(1, queries.length)).toFixed(1).padStart(8)} ms  ${phase}`);
}

/** Where the CPU time goes: all queries, the tail, and each query of the tail. */
function printPhases(timed: readonly Timed[], tail: readonly Timed[]): void {
  console.log(`CPU time per phase, mean over all ${String(timed.length)} queries`);
  for (const line of phaseMeans(timed)) console.log(line);
  console.log(`CPU time per phase, mean over the slowest ${String(tail.length)}`);
  for (const line of phaseMeans(tail)) console.log(line);
  for (const t of tail)
    console.log(
      `${t.cpu.toFixed(1).padStart(8)} ms  ${t.request.q}: ${[...t.phases]
        .sort((a, b) => b[1] - a[1])
        .slice(0, 4)
        .map(([phase, ms]) => `${phase} ${ms.toFixed(1)}`)
        .join(', ')}`,
    );
}

/** The queries slower than the p95 by CPU time: which kinds and MATCH expressions make the tail. */
function printSlowest(timed: readonly Timed[]): void {
  const byCpu = [...timed].sort((a, b) => b.cpu - a.cpu);
  const tail = byCpu.slice(0, Math.max(1, Math.ceil(timed.length * 0.05)));
  if (args.phases) printPhases(timed, tail);
  console.log(`slowest ${String(tail.length)} queries by CPU time (the p95 tail)`);
  for (const t of tail)
    console.log(
      `${`${t.cpu.toFixed(1)} ms`.padStart(10)}${`${t.wall.toFixed(1)} ms`.padStart(10)}  ${t.name}: ${t.request.q}${t.request.type ? ` type=${t.request.type}` : ''}  MATCH ${t.match}  (${String(t.total)} matches)`,
    );
}

type Query = { name: string; request: Omit<SearchRequest, 'limit' | 'now'> };

/**
 * Every query on this database and on `otherFile`, interleaved: CPU time of both, per kind, and how many
 * answers are the same in every field but `explain` (the MATCH expression may differ by design).
 */
function compareDatabases(queries: readonly Query[], reads: ReadConnection, otherFile: string): void {
  const other = openReadConnection(otherFile);
  const indexes = [createSqliteSearchIndex(reads), createSqliteSearchIndex(other)] as const;
  const cpu: [number[], number[]] = [[], []];
  const byKind = new Map<string, [number[], number[]]>();
  let identical = 0;
  queries.forEach(({ name, request }, i) => {
    const answers: string[] = [];
    for (const which of i % 2 === 0 ? ([0, 1] as const) : ([1, 0] as const)) {
      const run = timed(() => indexes[which].search({ ...request, limit: 20, now: NOW }));
      answers[which] = JSON.stringify({ ...run.value, explain: null });
      cpu[which].push(run.cpu);
      const kind = byKind.get(name) ?? [[], []];
      kind[which].push(run.cpu);
      byKind.set(name, kind);
    }
    if (answers[0] === answers[1]) identical++;
  });
  other.close();
  console.log(
    `compared with ${otherFile}: ${String(identical)} of ${String(queries.length)} answers identical (every field but explain); CPU time, interleaved`,
  );
  console.log(row('this database', cpu[0]));
  console.log(row('the other database', cpu[1]));
  for (const [name, [here, there]] of byKind) {
    console.log(row(`  ${name}`, here));
    console.log(row(`  ${name} (other)`, there));
  }
}

async function main(): Promise<void> {
  if (args.regenerate || !fs.existsSync(DB_FILE)) await generate();
  else await migrate();
  const reads = openReadConnection(DB_FILE);
  const count = reads.get<{ n: number }>('SELECT COUNT(*) AS n FROM Article')?.n ?? 0;
  const timedReads = phaseTimedConnection(reads);
  const index = createSqliteSearchIndex(args.phases ? timedReads.reads : reads);
  const names = Object.keys(TEMPLATES);
  const queries: Query[] = Array.from({ length: QUERIES }, (_, i) => {
    const name = names[i % names.length] ?? 'rare word';
    return { name, request: TEMPLATES[name]?.() ?? { q: rare(), sort: 'relevance' as const } };
  });
  for (const { request } of queries.slice(0, 20)) index.search({ ...request, limit: 20, now: NOW });

  const loadAtStart = os.loadavg()[0] ?? 0;
  const byTemplate = new Map<string, number[]>();
  const byTemplateCpu = new Map<string, number[]>();
  const slowest: Timed[] = [];
  const all: number[] = [];
  const allCpu: number[] = [];
  let totals = 0;
  let windowed = 0;
  for (const { name, request } of queries) {
    timedReads.reset();
    const { wall, cpu, value: result } = timed(() => index.search({ ...request, limit: 20, now: NOW }));
    totals += result.total;
    if (result.totalIsEstimate) windowed++;
    const phases = new Map(timedReads.spent);
    if (args.phases) phases.set(JAVASCRIPT, cpu - [...phases.values()].reduce((a, b) => a + b, 0));
    slowest.push({
      name,
      request,
      wall,
      cpu,
      total: result.total,
      match: result.explain?.match ?? '',
      phases,
    });
    all.push(wall);
    allCpu.push(cpu);
    byTemplate.set(name, [...(byTemplate.get(name) ?? []), wall]);
    byTemplateCpu.set(name, [...(byTemplateCpu.get(name) ?? []), cpu]);
  }
  const like: number[] = [];
  const likeCpu: number[] = [];
  let likeTotals = 0;
  for (const { request } of queries.slice(0, LIKE_QUERIES)) {
    const { wall, cpu, value } = timed(() => likeScan(reads, request.q));
    likeTotals += value;
    like.push(wall);
    likeCpu.push(cpu);
  }
  if (args.compare) compareDatabases(queries, reads, path.resolve(args.compare));
  reads.close();

  const size = fs.statSync(DB_FILE).size / 1e9;
  console.log(
    `search benchmark: ${count.toLocaleString('en')} articles in ${DB_FILE} (${size.toFixed(1)} GB), ${String(QUERIES)} queries, load average ${os.loadavg()[0]?.toFixed(1) ?? '?'} on ${String(os.cpus().length)} cores`,
  );
  console.log(
    `${'wall time'.padEnd(28)}${'n'.padStart(6)}${'p50'.padStart(10)}${'p95'.padStart(10)}${'p99'.padStart(10)}${'max'.padStart(10)}`,
  );
  console.log(row('modelwatch search (FTS5)', all));
  for (const [name, times] of byTemplate) console.log(row(`  ${name}`, times));
  console.log(row('plain LIKE scan (peer)', like));
  console.log('CPU time of the process (what the query costs when it need not wait for a core)');
  console.log(row('modelwatch search (FTS5)', allCpu));
  for (const [name, times] of byTemplateCpu) console.log(row(`  ${name}`, times));
  console.log(row('plain LIKE scan (peer)', likeCpu));
  console.log(
    `mean matches per query: search ${(totals / QUERIES).toFixed(0)} (stemmed, entities linked; ${String(windowed)} queries matched more than the window and estimated their total), LIKE ${(likeTotals / Math.max(1, like.length)).toFixed(0)} (substrings, first ${String(LIKE_QUERIES)} queries)`,
  );
  printSlowest(slowest);
  if (args.json)
    emitResult(
      {
        name: 'search',
        title: `Search: latency over ${count.toLocaleString('en')} articles`,
        oursLabel: 'modelwatch search (FTS5, BM25, facets, snippets)',
        peerLabel: "plain LIKE '%word%' scan",
        setup: `${String(QUERIES)} queries of ${String(names.length)} kinds (LIKE peer: the first ${String(LIKE_QUERIES)}), one after another after 20 warm-up queries, in-process (no HTTP)`,
        comparisons: [
          ...[50, 95].map((p) => ({ metric: `p${String(p)} ms`, ours: pct(all, p), peer: pct(like, p) })),
          ...[50, 95].map((p) => ({
            metric: `p${String(p)} ms CPU`,
            ours: pct(allCpu, p),
            peer: pct(likeCpu, p),
          })),
        ].map((c) => ({ ...c, better: 'lower' as const })),
        tables: [
          {
            heading: 'modelwatch search by kind of query',
            columns: ['query', 'n', 'p50 ms', 'p95 ms', 'p50 ms CPU', 'p95 ms CPU'],
            rows: [...byTemplate].map(([name, t]) => {
              const cpu = byTemplateCpu.get(name) ?? [];
              return [name, t.length, pct(t, 50), pct(t, 95), pct(cpu, 50), pct(cpu, 95)];
            }),
          },
        ],
        notes: [
          `load average ${loadAtStart.toFixed(1)} at the start of the queries and ${(os.loadavg()[0] ?? 0).toFixed(1)} at the end, on ${String(os.cpus().length)} cores: wall time includes waiting for a core, CPU time (user + system of the process) is what a query costs`,
          `mean matches per query: search ${(totals / QUERIES).toFixed(0)} (stemmed, entities linked), LIKE ${(likeTotals / Math.max(1, like.length)).toFixed(0)} (substrings)`,
        ],
      },
      args.json,
    );
}

await main();
