/**
 * API benchmark (not a test): p50/p99 latency and requests per second of GET /v1/entities/:id/timeline,
 * GET /v1/events and GET /v1/search over 100,000 articles and 1,000,000 mentions in the embedded SQLite
 * database, next to a bare Fastify route measured before each of them in `--rounds` rounds (medians), at
 * 50 concurrent clients (target: p99 < 25 ms).
 *
 * The data is generated straight into a SQLite file built from the committed migrations (progress on
 * stderr) and reused by later runs. Requests vary the entity, filters and pages, so the numbers are not
 * one cached query.
 *
 * The servers (the API and the bare route) run in a child process, as a deployed server runs apart from
 * its clients; autocannon runs here. With `--in-process` both share one process and one event loop, so
 * the client's own work is counted in the server's latency (the setup of earlier runs).
 *
 * A last row repeats the random timelines while another process commits `--writes` transactions per
 * second (default 50, about one per page a crawl stores) to the events the hot entities' pages show and
 * to random ones, since every write makes the API read that event again.
 *
 * With `--flavours` (`npm run bench -- --only api-postgres`) it measures instead the timeline and events
 * routes served from PostgreSQL next to the same routes served from SQLite, over the same data: the --db
 * file copied into a PostgreSQL 15 server that the run starts as the tests do (.ci/postgres.sh) and stops.
 *
 * Usage: npm run bench -- --only api, or tsx scripts/bench-api.ts [--seconds 10 --rounds 3 --connections 50
 *        --writes 50 --db data/bench-api.db --articles 100000 --regenerate --in-process --flavours --json FILE]
 */
import { fork, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import Database from 'better-sqlite3';
import Fastify, { type FastifyInstance } from 'fastify';
import { buildApp } from '../api/app.js';
import { loadConfig } from '../core/config.js';
import { silentLogger } from '../core/logger.js';
import { EVENT_TYPES } from '../nlp/types.js';
import { openDatabase } from '../store/database.js';
import { searchDocumentOf } from '../store/search/search-documents.js';
import { createPostgresTestDatabase } from '../test/postgres-test-database.js';
import { copySqliteToPostgres } from './bench/postgres-copy.js';
import { startBenchPostgres } from './bench/postgres-server.js';
import { emitResult, type BenchResult, type Comparison } from './bench/result.js';
import { median } from './bench/stats.js';
import { dbTime, progress, random } from './bench-data.js';

const { values: args } = parseArgs({
  options: {
    seconds: { type: 'string', default: '10' },
    connections: { type: 'string', default: '50' },
    db: { type: 'string', default: 'data/bench-api.db' },
    articles: { type: 'string', default: '100000' },
    'mentions-per-article': { type: 'string', default: '10' },
    regenerate: { type: 'boolean', default: false },
    writes: { type: 'string', default: '50' },
    'in-process': { type: 'boolean', default: false },
    rounds: { type: 'string', default: '3' },
    /** Write the harness's result (scripts/bench.ts) to this file. */
    json: { type: 'string' },
    /** Internal: run as the child that serves, and report its addresses to the parent. */
    'serve-only': { type: 'boolean', default: false },
    /** Internal: run as the child that writes while the API serves. */
    'write-only': { type: 'boolean', default: false },
    /** Internal: the database the --serve-only child serves (default: the --db file). */
    'database-url': { type: 'string' },
    /** The timeline and events routes on PostgreSQL next to SQLite, over the same data (bench-api-postgres). */
    flavours: { type: 'boolean', default: false },
  },
});

const ARTICLES = Number(args.articles);
const MENTIONS_PER_ARTICLE = Number(args['mentions-per-article']);
const ORGS = 150;
const MODELS = 1500;
const CHIPS = 350;
const EVENTS = Math.round(ARTICLES * 0.4);
const START = Date.parse('2024-01-01T00:00:00Z');
const SPAN_MS = 2 * 365 * 86_400_000;
const DB_FILE = path.resolve(args.db);
/** Entities most requests ask for, as a few models dominate the news. */
const HOT = ['deepseek-r2', 'model-1', 'model-2', 'model-3', 'chip-1', 'chip-2'];

const rnd = random(42);
const pick = <T>(items: readonly T[]): T => items[Math.floor(rnd() * items.length)] as T;
/** Skewed pick: low indexes are much more likely, as a few models dominate the news. */
const skewed = (n: number): number => Math.min(n - 1, Math.floor(n * rnd() ** 3));

interface EntityRow {
  id: string;
  kind: string;
  name: string;
  developerId: string | null;
}

function entities(): EntityRow[] {
  const rows: EntityRow[] = [{ id: 'deepseek', kind: 'organization', name: 'DeepSeek', developerId: null }];
  for (let i = 1; i < ORGS; i++)
    rows.push({ id: `org-${i}`, kind: 'organization', name: `Org ${i}`, developerId: null });
  rows.push({ id: 'deepseek-r2', kind: 'model', name: 'DeepSeek-R2', developerId: 'deepseek' });
  for (let i = 1; i < MODELS; i++)
    rows.push({
      id: `model-${i}`,
      kind: 'model',
      name: `Model ${i}`,
      developerId: pick(rows.slice(0, ORGS)).id,
    });
  for (let i = 0; i < CHIPS; i++)
    rows.push({
      id: `chip-${i}`,
      kind: 'chip',
      name: `Chip ${i}`,
      developerId: pick(rows.slice(0, ORGS)).id,
    });
  return rows;
}

async function generate(): Promise<void> {
  fs.rmSync(DB_FILE, { force: true });
  fs.rmSync(`${DB_FILE}-wal`, { force: true });
  fs.rmSync(`${DB_FILE}-shm`, { force: true });
  process.stderr.write(`generating ${DB_FILE}\n`);
  const prisma = await openDatabase(`file:${DB_FILE}`, silentLogger);
  await prisma.$disconnect();
  const db = new Database(DB_FILE);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = OFF');
  // 512 MiB of page cache instead of 2 MiB: a million mentions inserted at random places in their indexes
  // otherwise make every insert a read from the file (100,000 articles took about 8 minutes, now 2).
  db.pragma('cache_size = -524288');
  const now = dbTime(Date.now());
  const all = entities();
  const subjects = all.filter((e) => e.kind !== 'organization');
  const words =
    'KI Modell Chip Training Export Lizenz Rechenzentrum Nvidia Huawei Beschleuniger model launch delay'.split(
      ' ',
    );

  db.transaction(() => {
    const source = db.prepare(
      `INSERT INTO Source (id, name, language, category, homepage, createdAt, updatedAt) VALUES (?, ?, ?, 'tech', ?, ?, ?)`,
    );
    for (let i = 0; i < 20; i++)
      source.run(`source-${i}`, `Source ${i}`, i % 2 ? 'en' : 'de', `https://s${i}.example/`, now, now);
    const entity = db.prepare(
      `INSERT INTO Entity (id, kind, name, developerId, candidate, mentionCount, createdAt, updatedAt) VALUES (?, ?, ?, ?, 0, 0, ?, ?)`,
    );
    const alias = db.prepare('INSERT INTO EntityAlias (entityId, alias, key) VALUES (?, ?, ?)');
    for (const e of all) {
      entity.run(e.id, e.kind, e.name, e.developerId, now, now);
      alias.run(e.id, e.name, e.name.toLowerCase());
    }
  })();

  const insertArticle = db.prepare(
    `INSERT INTO Article (id, url, fetchedUrl, sourceId, title, authors, publishedAt, language, text, contentHash,
       simhash, fetchedAt, analyzedAt, createdAt, updatedAt)
     VALUES (?, ?, ?, ?, ?, '[]', ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const insertMention = db.prepare(
    'INSERT INTO Mention (articleId, entityId, count, firstSentence) VALUES (?, ?, ?, ?)',
  );
  const insertDocument = db.prepare(
    'INSERT INTO SearchDocument (articleId, title, body, entities) VALUES (?, ?, ?, ?)',
  );
  const mentionCounts = new Map<string, number>();
  const batch = 5000;
  for (let start = 1; start <= ARTICLES; start += batch) {
    db.transaction(() => {
      for (let id = start; id < start + batch && id <= ARTICLES; id++) {
        const published = START + Math.floor(((id - 1) / ARTICLES) * SPAN_MS);
        const lang = id % 3 === 0 ? 'en' : 'de';
        const text = Array.from({ length: 80 }, () => pick(words)).join(' ');
        const at = dbTime(published);
        insertArticle.run(
          id,
          `https://s${id % 20}.example/a/${id}`,
          `https://s${id % 20}.example/a/${id}`,
          `source-${id % 20}`,
          `Article ${id}`,
          at,
          lang,
          text,
          `h${id}`,
          Math.floor(rnd() * 2 ** 32)
            .toString(16)
            .padStart(8, '0')
            .repeat(2),
          at,
          at,
          at,
          at,
        );
        const seen = new Map<string, number>();
        while (seen.size < MENTIONS_PER_ARTICLE) {
          const e = seen.size === 0 ? pick(subjects) : (all[skewed(all.length)] as EntityRow);
          if (seen.has(e.id)) continue;
          const count = 1 + Math.floor(rnd() * 4);
          seen.set(e.id, count);
          insertMention.run(id, e.id, count, `${e.name} in article ${id}.`);
          mentionCounts.set(e.id, (mentionCounts.get(e.id) ?? 0) + 1);
        }
        const doc = searchDocumentOf(
          { id, title: `Article ${id}`, text, language: lang },
          [...seen].map(([entityId, count]) => ({ entityId, count })),
        );
        insertDocument.run(id, doc.title, doc.body, doc.entities);
        progress('articles and mentions', id, ARTICLES);
      }
    })();
  }
  db.transaction(() => {
    const update = db.prepare('UPDATE Entity SET mentionCount = ? WHERE id = ?');
    for (const [id, count] of mentionCounts) update.run(count, id);
  })();

  const insertEvent = db.prepare(
    `INSERT INTO Event (id, type, subjectId, dateValue, datePrecision, reason, confidence, firstReportedAt,
       lastReportedAt, sourceCount, languages, hidden, createdAt, updatedAt)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?)`,
  );
  const insertSource = db.prepare(
    `INSERT INTO EventSource (eventId, articleId, evidence, language, confidence, reportedAt) VALUES (?, ?, ?, ?, ?, ?)`,
  );
  const insertRelated = db.prepare(
    'INSERT OR IGNORE INTO EventEntity (eventId, entityId, role, firstReportedAt) VALUES (?, ?, ?, ?)',
  );
  let sources = 0;
  for (let start = 1; start <= EVENTS; start += batch) {
    db.transaction(() => {
      for (let id = start; id < start + batch && id <= EVENTS; id++) {
        const subject = subjects[id === 1 ? 0 : skewed(subjects.length)] as EntityRow;
        const type = pick(EVENT_TYPES);
        const base = START + Math.floor(rnd() * (SPAN_MS - 5 * 86_400_000));
        const count = 1 + Math.floor(rnd() ** 2 * 12);
        const articleIds = new Set<number>();
        const reports: { articleId: number; at: number; lang: string }[] = [];
        for (let i = 0; i < count; i++) {
          const at = base + Math.floor(rnd() * 3 * 86_400_000);
          const articleId = Math.max(1, Math.min(ARTICLES, Math.round(((at - START) / SPAN_MS) * ARTICLES)));
          if (articleIds.has(articleId)) continue;
          articleIds.add(articleId);
          reports.push({ articleId, at, lang: articleId % 3 === 0 ? 'en' : 'de' });
        }
        reports.sort((a, b) => a.at - b.at);
        const langs = [...new Set(reports.map((r) => r.lang))].sort().join(',');
        const confidence = Math.min(0.999, 1 - 0.3 ** reports.length);
        const first = reports[0]?.at ?? base;
        const last = reports[reports.length - 1]?.at ?? base;
        insertEvent.run(
          id,
          type,
          subject.id,
          rnd() < 0.5 ? new Date(base).toISOString().slice(0, 7) : null,
          rnd() < 0.5 ? 'month' : 'unknown',
          type === 'delay' ? 'training problems' : null,
          confidence,
          dbTime(first),
          dbTime(last),
          reports.length,
          langs,
          now,
          now,
        );
        for (const r of reports) {
          insertSource.run(
            id,
            r.articleId,
            `${subject.name}: ${type} reported in article ${r.articleId}.`,
            r.lang,
            0.7,
            dbTime(r.at),
          );
          sources++;
        }
        if (subject.developerId) insertRelated.run(id, subject.developerId, 'developer', dbTime(first));
        if (type === 'hardware_switch') {
          insertRelated.run(id, `chip-${skewed(CHIPS)}`, 'from', dbTime(first));
          insertRelated.run(id, `chip-${skewed(CHIPS)}`, 'to', dbTime(first));
        }
        progress('events', id, EVENTS);
      }
    })();
  }
  process.stderr.write(`  event sources: ${sources.toLocaleString('en')}\n`);
  db.pragma('wal_checkpoint(TRUNCATE)');
  db.exec('ANALYZE');
  db.close();
}

function counts(): Record<string, number> {
  const db = new Database(DB_FILE, { readonly: true });
  try {
    const count = (table: string) =>
      (db.prepare(`SELECT COUNT(*) AS n FROM ${table}`).get() as { n: number }).n;
    return {
      articles: count('Article'),
      mentions: count('Mention'),
      entities: count('Entity'),
      events: count('Event'),
      eventSources: count('EventSource'),
      searchDocuments: count('SearchDocument'),
    };
  } finally {
    db.close();
  }
}

interface Row {
  route: string;
  p50: number;
  p99: number;
  rps: number;
  errors: number;
  non2xx: number;
}

async function measure(route: string, url: string, paths: (() => string) | null): Promise<Row> {
  const result = await autocannon({
    url,
    connections: Number(args.connections),
    duration: Number(args.seconds),
    ...(paths
      ? {
          requests: [
            {
              setupRequest: (request: autocannon.Request) => ({ ...request, path: paths() }),
            },
          ],
        }
      : {}),
  });
  return {
    route,
    p50: result.latency.p50,
    p99: result.latency.p99,
    rps: Math.round(result.requests.average),
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
  };
}

async function listen(app: FastifyInstance): Promise<string> {
  return app.listen({ host: '127.0.0.1', port: 0 });
}

interface Servers {
  bareUrl: string;
  apiUrl: string;
  close(): Promise<void>;
}

/** The bare route and the API on the benchmark database, listening on loopback in this process. */
async function startServers(): Promise<Servers> {
  const bare = Fastify();
  bare.get('/bare', () => ({ status: 'ok' }));
  const bareUrl = await listen(bare);
  const db = await openDatabase(args['database-url'] ?? `file:${DB_FILE}`, silentLogger);
  const app = buildApp({
    db,
    log: silentLogger,
    config: loadConfig({ API_RATE_LIMIT_PER_MINUTE: '0', API_ANONYMOUS_RATE_LIMIT_PER_MINUTE: '0' }),
  });
  const apiUrl = await listen(app);
  return {
    bareUrl,
    apiUrl,
    close: async () => {
      await app.close();
      await db.$disconnect();
      await bare.close();
    },
  };
}

/**
 * The servers in a child process (this script with --serve-only) on the --db file or on `databaseUrl`,
 * stopped when `close` is called.
 */
async function startServerProcess(databaseUrl?: string): Promise<Servers> {
  const { child, first } = await forkRole(
    ['--serve-only', '--db', DB_FILE, ...(databaseUrl ? ['--database-url', databaseUrl] : [])],
    'benchmark server',
  );
  return {
    ...(first as { bareUrl: string; apiUrl: string }),
    close: async () => {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    },
  };
}

/** This script in a child process with `args`, once it has sent its first message (its addresses or "ready"). */
async function forkRole(args: string[], role: string): Promise<{ child: ChildProcess; first: unknown }> {
  const child = fork(fileURLToPath(import.meta.url), args, {
    execArgv: process.execArgv,
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const first = await new Promise((resolve, reject) => {
    child.once('message', resolve);
    child.once('exit', (code) => {
      reject(new Error(`${role} exited with code ${String(code)} before starting`));
    });
  });
  return { child, first };
}

async function serveOnly(): Promise<void> {
  const servers = await startServers();
  process.once('SIGTERM', () => {
    void servers.close().then(() => process.exit(0));
  });
  process.send?.({ bareUrl: servers.bareUrl, apiUrl: servers.apiUrl });
}

/**
 * Writes as a crawl would while the API serves, in its own process so that commits block neither the
 * server nor the load generator: `perSecond` transactions, each adding a report to an event (source
 * count up, last report now) or taking the previous one away again (so the stored data stays the same
 * from run to run). Half go to the events the hot entities' first and last pages show, the rest to any
 * event, so evictions land on pages being served and EventTimeline rows are rewritten.
 */
function writeOnly(perSecond: number): void {
  const db = new Database(DB_FILE);
  db.pragma('busy_timeout = 5000');
  const own = random(7);
  const hotEvents = db
    .prepare(
      `SELECT eventId FROM (SELECT eventId, ROW_NUMBER() OVER (PARTITION BY entityId ORDER BY firstReportedAt) AS n,
         COUNT(*) OVER (PARTITION BY entityId) AS total FROM EventTimeline WHERE entityId IN (SELECT value FROM json_each(?)))
       WHERE n <= 20 OR n > total - 20`,
    )
    .pluck()
    .all(JSON.stringify(HOT)) as number[];
  const add = db.prepare(
    'UPDATE Event SET sourceCount = sourceCount + 1, lastReportedAt = ?, updatedAt = ? WHERE id = ?',
  );
  const takeBack = db.prepare('UPDATE Event SET sourceCount = sourceCount - 1, updatedAt = ? WHERE id = ?');
  let written = 0;
  let pending: number | null = null;
  const timer = setInterval(() => {
    const now = dbTime(Date.now());
    if (pending === null) {
      pending =
        own() < 0.5 ? (hotEvents[Math.floor(own() * hotEvents.length)] ?? 1) : 1 + Math.floor(own() * EVENTS);
      add.run(now, now, pending);
    } else {
      takeBack.run(now, pending);
      pending = null;
    }
    written++;
  }, 1000 / perSecond);
  process.once('SIGTERM', () => {
    clearInterval(timer);
    if (pending !== null) takeBack.run(dbTime(Date.now()), pending);
    db.close();
    process.send?.({ written });
    process.disconnect();
  });
  process.send?.({ ready: true });
}

/** The writer in a child process (this script with --write-only); `stop` returns how many it committed. */
async function startWriter(perSecond: number): Promise<{ stop(): Promise<number> }> {
  const { child } = await forkRole(
    ['--write-only', '--writes', String(perSecond), '--db', DB_FILE, '--articles', String(ARTICLES)],
    'benchmark writer',
  );
  return {
    stop: () =>
      new Promise<number>((resolve) => {
        child.once('message', (message) => {
          resolve((message as { written: number }).written);
        });
        child.kill('SIGTERM');
      }),
  };
}

/**
 * Request paths that vary the entity, filters and pages (hot entities half of the time), so the numbers
 * are not one cached query.
 */
function requestPaths() {
  const entityFor = () =>
    rnd() < 0.5
      ? pick(HOT)
      : rnd() < 0.5
        ? `model-${1 + Math.floor(rnd() * (MODELS - 1))}`
        : `chip-${Math.floor(rnd() * CHIPS)}`;
  const timeline = () => {
    const filters = [
      '',
      '&type=delay,release,plan',
      '&lang=en',
      '&minSources=2',
      '&from=2025-01-01',
      '&order=desc',
    ];
    return `/v1/entities/${entityFor()}/timeline?limit=20${pick(filters)}`;
  };
  const events = () => {
    const filters = [
      '',
      '&type=delay',
      `&subject=${entityFor()}`,
      '&lang=de&minSources=3',
      '&from=2024-06-01&to=2024-06-30',
    ];
    return `/v1/events?limit=20${pick(filters)}`;
  };

  // The long tail: any model, chip or organization, from a random day of the two years, either order.
  // Together these pages cover every event, more than the memo holds, so many views are read cold.
  const deepTimeline = () => {
    const entity =
      rnd() < 0.6
        ? `model-${1 + Math.floor(rnd() * (MODELS - 1))}`
        : rnd() < 0.7
          ? `chip-${Math.floor(rnd() * CHIPS)}`
          : `org-${1 + Math.floor(rnd() * (ORGS - 1))}`;
    const day = new Date(START + Math.floor(rnd() * SPAN_MS)).toISOString().slice(0, 10);
    return `/v1/entities/${entity}/timeline?limit=20&${rnd() < 0.5 ? 'from' : 'to'}=${day}${rnd() < 0.5 ? '&order=desc' : ''}`;
  };

  const search = () => {
    const words = [
      'KI',
      'Modell',
      'Chip',
      'Training',
      'Export',
      'Lizenz',
      'Nvidia',
      'Huawei',
      'launch',
      'delay',
    ];
    const queries = [
      () => pick(words),
      () => `${pick(words)} ${pick(words)}`,
      () => `${pick(words)} lang:de`,
      () => `${pick(words)}&entity=${entityFor()}`,
      () => `${pick(words)}&sort=date`,
    ];
    return `/v1/search?limit=20&q=${pick(queries)()}`;
  };

  return { timeline, events, deepTimeline, search };
}

/** The benchmark database, generated when missing, stale or asked for (--regenerate); its row counts. */
async function benchData(): Promise<Record<string, number>> {
  const stale = () => {
    const c = counts();
    return c.articles !== ARTICLES || c.searchDocuments !== ARTICLES;
  };
  if (args.regenerate || !fs.existsSync(DB_FILE) || stale()) await generate();
  return counts();
}

async function main(): Promise<void> {
  const stored = await benchData();

  const inProcess = args['in-process'];
  const servers = inProcess ? await startServers() : await startServerProcess();
  const { bareUrl, apiUrl } = servers;
  const { timeline, events, deepTimeline, search } = requestPaths();

  // The server may still be answering requests a measurement left behind (slow searches at 50
  // connections); one request to the bare route returns once they are done, so the next figure is clean.
  const drained = async () => {
    await (await fetch(`${bareUrl}/bare`)).text();
  };
  const measured = async (...a: Parameters<typeof measure>) => {
    const row = await measure(...a);
    await drained();
    return row;
  };

  // Warm up the JIT, the statement cache and the page cache.
  await measured('warm-up', apiUrl, timeline);
  await measured('warm-up', apiUrl, search);

  const routes: [string, () => string][] = [
    ['GET /v1/entities/:id/timeline', timeline],
    ['GET /v1/events', events],
    ['GET /v1/search', search],
  ];
  const rounds = Number(args.rounds);
  const bareRows: Row[] = [];
  const routeRows = new Map<string, Row[]>(routes.map(([name]) => [name, []]));
  for (let round = 0; round < rounds; round++) {
    process.stderr.write(`  api: round ${round + 1}/${rounds}\n`);
    // The bare route between every two API routes, so drift hits both.
    for (const [name, paths] of routes) {
      bareRows.push(await measured('bare Fastify GET /bare', `${bareUrl}/bare`, null));
      routeRows.get(name)?.push(await measured(name, apiUrl, paths));
    }
  }
  const extra = [
    await measured(
      'GET /v1/entities/deepseek-r2/timeline',
      `${apiUrl}/v1/entities/deepseek-r2/timeline?limit=20`,
      null,
    ),
    await measured('GET /v1/entities/:id/timeline, long tail (any entity, any day)', apiUrl, deepTimeline),
  ];
  const writesPerSecond = Number(args.writes);
  if (writesPerSecond > 0) {
    const writer = await startWriter(writesPerSecond);
    const row = await measured(
      `GET /v1/entities/:id/timeline, ${writesPerSecond} writes/s`,
      apiUrl,
      timeline,
    );
    const written = await writer.stop();
    extra.push({ ...row, route: `${row.route} (${written.toLocaleString('en')} written)` });
  }
  await servers.close();
  const setup =
    `${args.connections} connections, ${args.seconds} s per measurement, ${rounds} rounds (the bare route before each API ` +
    `route), medians; ${Object.entries(stored)
      .map(([k, v]) => `${v.toLocaleString('en')} ${k}`)
      .join(', ')}; servers ${inProcess ? "in the load generator's process" : 'in their own process'}`;
  const result = apiResult(setup, bareRows, routeRows, extra);
  if (args.json) emitResult(result, args.json);
  else printResult(result, [...bareRows, ...[...routeRows.values()].flat(), ...extra]);
}

/** The tables the timeline, events, entity and article routes read, in foreign-key order. */
const API_TABLES = [
  'Source',
  'Entity',
  'EntityAlias',
  'Article',
  'Mention',
  'Event',
  'EventSource',
  'EventEntity',
];

/** The same --db data in a fresh database on a PostgreSQL server; `drop` removes it. */
async function postgresCopy(serverUrl: string): Promise<{ url: string; drop(): Promise<void> }> {
  const database = await createPostgresTestDatabase(serverUrl);
  const copied = await copySqliteToPostgres(DB_FILE, database.url, API_TABLES, (table, done) => {
    process.stderr.write(`\r  copying to PostgreSQL: ${table} ${done.toLocaleString('en')}        `);
  });
  process.stderr.write(`\n  copied: ${JSON.stringify(copied)}\n`);
  return database;
}

/**
 * `--flavours`: the timeline and events routes (and the long tail of timelines) served from PostgreSQL
 * next to the same routes served from the embedded SQLite file, over the same data (the --db file copied
 * into PostgreSQL), each API in its own process, measured alternately in --rounds rounds (medians) without
 * concurrent writes. The PostgreSQL server is started for the run as the tests start it, and stopped.
 */
async function flavoursMain(): Promise<void> {
  const stored = await benchData();
  const server = await startBenchPostgres();
  const rows = { sqlite: new Map<string, Row[]>(), postgres: new Map<string, Row[]>() };
  try {
    const database = await postgresCopy(server.url);
    const servers = { sqlite: await startServerProcess(), postgres: await startServerProcess(database.url) };
    try {
      const { timeline, events, deepTimeline } = requestPaths();
      const routes: [string, () => string][] = [
        ['GET /v1/entities/:id/timeline', timeline],
        ['GET /v1/events', events],
        ['GET /v1/entities/:id/timeline, long tail', deepTimeline],
      ];
      const measureOn = async (flavour: 'sqlite' | 'postgres', route: string, paths: () => string) => {
        const row = await measure(route, servers[flavour].apiUrl, paths);
        await (await fetch(`${servers[flavour].bareUrl}/bare`)).text();
        rows[flavour].set(route, [...(rows[flavour].get(route) ?? []), row]);
      };
      for (const flavour of ['sqlite', 'postgres'] as const)
        await measure('warm-up', servers[flavour].apiUrl, timeline);
      const rounds = Number(args.rounds);
      for (let round = 0; round < rounds; round++) {
        process.stderr.write(`  api on both databases: round ${round + 1}/${rounds}\n`);
        // Which flavour goes first alternates, so drift on the shared machine hits both.
        const order = round % 2 === 0 ? (['sqlite', 'postgres'] as const) : (['postgres', 'sqlite'] as const);
        for (const [route, paths] of routes)
          for (const flavour of order) await measureOn(flavour, route, paths);
      }
    } finally {
      await servers.sqlite.close();
      await servers.postgres.close();
      await database.drop();
    }
  } finally {
    await server.stop();
  }
  const setup =
    `${args.connections} connections, ${args.seconds} s per measurement, ${args.rounds} rounds (the two databases ` +
    `alternately), medians; ${Object.entries(stored)
      .filter(([k]) => k !== 'searchDocuments')
      .map(([k, v]) => `${v.toLocaleString('en')} ${k}`)
      .join(
        ', ',
      )}; each API in its own process; PostgreSQL 15 on loopback ${server.started ? '(started for the run)' : '(given)'}`;
  const result = flavoursResult(setup, rows);
  if (args.json) emitResult(result, args.json);
  else printResult(result, [...rows.sqlite.values(), ...rows.postgres.values()].flat());
}

function flavoursResult(setup: string, rows: Record<'sqlite' | 'postgres', Map<string, Row[]>>): BenchResult {
  const mid = (flavour: 'sqlite' | 'postgres', route: string, key: 'p50' | 'p99' | 'rps') =>
    median((rows[flavour].get(route) ?? []).map((r) => r[key]));
  const comparisons: Comparison[] = [...rows.sqlite.keys()].flatMap((route) =>
    (['p50', 'p99', 'rps'] as const).map((key) => ({
      metric: `${route} ${key === 'rps' ? 'req/s' : `${key} ms`}`,
      ours: mid('postgres', route, key),
      peer: mid('sqlite', route, key),
      better: key === 'rps' ? ('higher' as const) : ('lower' as const),
    })),
  );
  const errors = [...rows.sqlite.values(), ...rows.postgres.values()]
    .flat()
    .reduce((n, r) => n + r.errors + r.non2xx, 0);
  return {
    name: 'api-postgres',
    title: 'API on PostgreSQL next to SQLite: latency and requests/s over the same data',
    oursLabel: 'API on PostgreSQL 15',
    peerLabel: 'API on embedded SQLite',
    setup,
    comparisons,
    tables: [],
    notes: [
      `errors and non-2xx answers over all measurements: ${errors}`,
      'both memoise event views: SQLite forgets changed ones through its ViewChange log, PostgreSQL through LISTEN/NOTIFY',
    ],
  };
}

function apiResult(setup: string, bare: Row[], routes: Map<string, Row[]>, extra: Row[]): BenchResult {
  const mid = (rows: Row[], key: 'p50' | 'p99' | 'rps') => median(rows.map((r) => r[key]));
  const comparisons: Comparison[] = [...routes].flatMap(([name, rows]) => [
    { metric: `${name} p50 ms`, ours: mid(rows, 'p50'), peer: mid(bare, 'p50'), better: 'lower' as const },
    { metric: `${name} p99 ms`, ours: mid(rows, 'p99'), peer: mid(bare, 'p99'), better: 'lower' as const },
    { metric: `${name} req/s`, ours: mid(rows, 'rps'), peer: mid(bare, 'rps'), better: 'higher' as const },
  ]);
  const errors = [...bare, ...[...routes.values()].flat(), ...extra].reduce(
    (n, r) => n + r.errors + r.non2xx,
    0,
  );
  return {
    name: 'api',
    title: 'API: latency and requests/s over 100,000 articles',
    oursLabel: 'modelwatch API route',
    peerLabel: 'bare Fastify route',
    setup,
    comparisons,
    tables: [
      {
        heading: 'More routes, measured once after the rounds',
        columns: ['route', 'p50 ms', 'p99 ms', 'req/s'],
        rows: extra.map((r) => [r.route, r.p50, r.p99, r.rps]),
      },
    ],
    notes: [
      `errors and non-2xx answers over all measurements: ${errors}`,
      'target p99 < 25 ms for the timeline and events routes',
    ],
  };
}

function printResult(result: BenchResult, rows: Row[]): void {
  process.stdout.write(
    `\n${result.setup}\n\n| route | p50 ms | p99 ms | req/s | errors | non-2xx |\n|---|---:|---:|---:|---:|---:|\n`,
  );
  for (const r of rows)
    process.stdout.write(
      `| ${r.route} | ${r.p50} | ${r.p99} | ${r.rps.toLocaleString('en')} | ${r.errors} | ${r.non2xx} |\n`,
    );
}

if (args['serve-only']) await serveOnly();
else if (args['write-only']) writeOnly(Number(args.writes));
else if (args.flavours) await flavoursMain();
else await main();
