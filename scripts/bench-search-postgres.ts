/**
 * Search on PostgreSQL next to SQLite FTS5, over the same articles: the search benchmark's synthetic
 * database (`npm run bench:search -- --articles N` makes data/bench-search-N.db) is copied into a fresh
 * database on a PostgreSQL 15 server (BENCH_DATABASE_URL or TEST_DATABASE_URL, else started as the tests
 * start one and stopped afterwards), and the same queries run through both `SearchIndex`es, alternately first,
 * through the same code the API calls (everything but HTTP). Wall time only: PostgreSQL's work happens in
 * its server process. Also counts the queries whose totals differ (they should not). A missing SQLite
 * file is generated first by the search benchmark's generator (bench-search.ts, in a child process).
 * `npm run bench` runs it as `search-postgres` (10,000 articles; with `--json FILE` for the report).
 *
 * Usage: npx tsx scripts/bench-search-postgres.ts [--articles 20000] [--queries 110] [--json FILE]
 */
import { spawnSync } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import fs from 'node:fs';
import { parseArgs } from 'node:util';
import Database from 'better-sqlite3';
import { openReadConnection } from '../store/read-connection.js';
import { openPostgresReadStore } from '../store/dialects/postgres/pg-read-store.js';
import { createPostgresSearchIndex } from '../store/search/postgres-search-index.js';
import type { SearchIndex, SearchRequest } from '../store/search/search-index.js';
import { createSqliteSearchIndex } from '../store/search/sqlite-search-index.js';
import { createPostgresTestDatabase } from '../test/postgres-test-database.js';
import { random } from './bench-data.js';
import { copySqliteToPostgres } from './bench/postgres-copy.js';
import { startBenchPostgres } from './bench/postgres-server.js';
import { emitResult, type BenchResult } from './bench/result.js';
import { percentile } from './bench/stats.js';

const { values: args } = parseArgs({
  options: {
    articles: { type: 'string', default: '20000' },
    queries: { type: 'string', default: '110' },
    /** Write the harness's result (scripts/bench.ts) to this file. */
    json: { type: 'string' },
  },
});
const DB_FILE = path.resolve(`data/bench-search-${args.articles}.db`);
const QUERIES = Number(args.queries);
const NOW = new Date('2026-01-01T00:00:00Z');
const TABLES = [
  'Source',
  'Entity',
  'EntityAlias',
  'Article',
  'Mention',
  'Event',
  'EventSource',
  'SearchDocument',
];

type Template = (words: () => string[]) => Omit<SearchRequest, 'limit' | 'now'>;

/** Query kinds built from the words of a random stored document, so every query matches something. */
const TEMPLATES: Record<string, Template> = {
  word: (w) => ({ q: w()[0] ?? 'x', sort: 'relevance' }),
  'two words': (w) => ({ q: w().slice(0, 2).join(' '), sort: 'relevance' }),
  phrase: (w) => ({ q: `"${w().slice(0, 2).join(' ')}"`, sort: 'relevance' }),
  NEAR: (w) => ({ q: `${w()[0] ?? 'x'} NEAR/5 ${w()[3] ?? 'y'}`, sort: 'relevance' }),
  'OR, exclusion': (w) => {
    const [a, b] = w();
    const [c] = w();
    return { q: `(${a ?? 'x'} OR ${b ?? 'y'}) -${c ?? 'z'}`, sort: 'relevance' };
  },
  'entity + word': () => ({ q: 'R2 Verzögerung', sort: 'relevance' }),
  'filters, by date': (w) => ({ q: `${w()[0] ?? 'x'} lang:de`, type: 'delay', sort: 'date' }),
};

function wordPicker(file: string): () => string[] {
  const db = new Database(file, { readonly: true });
  const max = (db.prepare('SELECT MAX(articleId) AS n FROM SearchDocument').get() as { n: number }).n;
  const body = db.prepare('SELECT body FROM SearchDocument WHERE articleId >= ? LIMIT 1');
  const rnd = random(11);
  return () => {
    const row = body.get(1 + Math.floor(rnd() * max)) as { body: string } | undefined;
    const tokens = (row?.body ?? 'x').split(' ').filter((t) => /^[a-zäöüß]{4,}$/.test(t));
    const at = Math.floor(rnd() * Math.max(1, tokens.length - 4));
    return tokens.slice(at, at + 4);
  };
}

async function timed(index: SearchIndex, request: SearchRequest): Promise<{ ms: number; total: number }> {
  const started = performance.now();
  const result = await index.search(request);
  return { ms: performance.now() - started, total: result.total };
}

function line(name: string, ms: readonly number[]): string {
  const sorted = [...ms].sort((a, b) => a - b);
  const f = (p: number) => `${percentile(sorted, p).toFixed(1)} ms`.padStart(10);
  return `${name.padEnd(28)}${String(ms.length).padStart(5)}${f(50)}${f(95)}${f(99)}`;
}

/** Generates the search benchmark's SQLite file for --articles with its own generator (a few queries only). */
function generateSqlite(): void {
  process.stderr.write(
    `  ${DB_FILE} is missing: generating it (bench-search.ts --articles ${args.articles})\n`,
  );
  const script = path.join(path.dirname(new URL(import.meta.url).pathname), 'bench-search.ts');
  const child = spawnSync(
    process.execPath,
    [...process.execArgv, script, '--articles', args.articles, '--queries', '10'],
    { stdio: ['ignore', 'ignore', 'inherit'] },
  );
  if (child.status !== 0 || !fs.existsSync(DB_FILE))
    throw new Error(`generating ${DB_FILE} failed (exit code ${String(child.status)})`);
}

const pct = (ms: readonly number[], p: number) =>
  percentile(
    [...ms].sort((a, b) => a - b),
    p,
  );

/** The harness's result: PostgreSQL's percentiles next to SQLite's from the same run, per kind of query. */
function result(
  ms: Record<'sqlite' | 'postgres', Map<string, number[]>>,
  articles: number,
  notes: string[],
): BenchResult {
  const all = (flavour: 'sqlite' | 'postgres') => [...ms[flavour].values()].flat();
  return {
    name: 'search-postgres',
    title: `Search on PostgreSQL next to SQLite: ${articles.toLocaleString('en')} articles`,
    oursLabel: 'PostgreSQL 15 (GIN index, ts_rank_cd)',
    peerLabel: 'SQLite FTS5 (same articles, same queries)',
    setup: `${String(QUERIES)} queries of ${String(ms.sqlite.size)} kinds through the same SearchIndex code as the API (no HTTP), alternately first, wall time; PostgreSQL on 127.0.0.1 started for the run`,
    comparisons: [50, 95, 99].map((p) => ({
      metric: `p${String(p)} ms`,
      ours: pct(all('postgres'), p),
      peer: pct(all('sqlite'), p),
      better: 'lower' as const,
    })),
    tables: [
      {
        heading: 'by kind of query (ms)',
        columns: ['query', 'n', 'p50 PostgreSQL', 'p50 SQLite', 'p95 PostgreSQL', 'p95 SQLite'],
        rows: [...ms.postgres].map(([name, times]) => {
          const peer = ms.sqlite.get(name) ?? [];
          return [name, String(times.length), pct(times, 50), pct(peer, 50), pct(times, 95), pct(peer, 95)];
        }),
      },
    ],
    notes,
  };
}

async function main(): Promise<void> {
  if (!fs.existsSync(DB_FILE)) generateSqlite();
  const server = await startBenchPostgres();
  const database = await createPostgresTestDatabase(server.url);
  const postgres = openPostgresReadStore(database.url);
  const sqlite = openReadConnection(DB_FILE);
  try {
    const started = performance.now();
    const copied = await copySqliteToPostgres(DB_FILE, database.url, TABLES, (table, done) =>
      process.stderr.write(`\r  copying to PostgreSQL: ${table} ${done.toLocaleString('en')}        `),
    );
    process.stderr.write(
      `\n  copied ${copied.Article?.toLocaleString('en') ?? '?'} articles in ${((performance.now() - started) / 1000).toFixed(0)} s (vectors and GIN index built on insert)\n`,
    );
    const indexes = {
      sqlite: createSqliteSearchIndex(sqlite),
      postgres: createPostgresSearchIndex(postgres),
    };
    const words = wordPicker(DB_FILE);
    const names = Object.keys(TEMPLATES);
    const queries = Array.from({ length: QUERIES }, (_, i) => {
      const name = names[i % names.length] ?? 'word';
      return {
        name,
        request: { ...(TEMPLATES[name]?.(words) ?? { q: 'x', sort: 'relevance' }), limit: 20, now: NOW },
      };
    });
    for (const { request } of queries.slice(0, 10)) {
      await indexes.postgres.search(request);
      indexes.sqlite.search(request);
    }
    const ms = { sqlite: new Map<string, number[]>(), postgres: new Map<string, number[]>() };
    let differing = 0;
    for (const [i, { name, request }] of queries.entries()) {
      const order = i % 2 === 0 ? (['sqlite', 'postgres'] as const) : (['postgres', 'sqlite'] as const);
      const totals: number[] = [];
      for (const flavour of order) {
        const { ms: took, total } = await timed(indexes[flavour], request);
        ms[flavour].set(name, [...(ms[flavour].get(name) ?? []), took]);
        totals.push(total);
      }
      if (totals[0] !== totals[1]) differing += 1;
    }
    const load = os.loadavg()[0] ?? 0;
    console.log(
      `search on PostgreSQL next to SQLite: ${copied.Article?.toLocaleString('en') ?? '?'} articles, ${String(QUERIES)} queries each, interleaved, load average ${load.toFixed(1)} on ${String(os.cpus().length)} cores`,
    );
    console.log(
      `${'wall time'.padEnd(28)}${'n'.padStart(5)}${'p50'.padStart(10)}${'p95'.padStart(10)}${'p99'.padStart(10)}`,
    );
    for (const flavour of ['sqlite', 'postgres'] as const) {
      console.log(
        line(flavour === 'sqlite' ? 'SQLite FTS5' : 'PostgreSQL GIN', [...ms[flavour].values()].flat()),
      );
      for (const name of names) console.log(line(`  ${name}`, ms[flavour].get(name) ?? []));
    }
    console.log(`queries whose totals differ: ${String(differing)} of ${String(QUERIES)}`);
    if (args.json)
      emitResult(
        result(ms, copied.Article ?? 0, [
          `load average ${load.toFixed(1)} at the end of the queries on ${String(os.cpus().length)} cores; PostgreSQL works in its own processes, so only wall time is comparable`,
          `queries whose totals differ between the two: ${String(differing)} of ${String(QUERIES)}`,
        ]),
        args.json,
      );
  } finally {
    sqlite.close();
    await postgres.close();
    await database.drop();
    await server.stop();
  }
}

await main();
