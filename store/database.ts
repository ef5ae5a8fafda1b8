import { execFile } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { promisify } from 'node:util';
import { PrismaBetterSQLite3 } from '@prisma/adapter-better-sqlite3';
import { PrismaPg } from '@prisma/adapter-pg';
import Database from 'better-sqlite3';
import pg from 'pg';
import { isPostgresUrl, sqliteFilePath } from '../core/config.js';
import { UserError } from '../core/errors.js';
import type { Logger } from '../core/logger.js';
import { packageRoot } from '../core/package-root.js';
import { PrismaClient as PostgresPrismaClient } from '../prisma/generated/postgres/client.js';
import { PrismaClient } from '../prisma/generated/sqlite/client.js';
import { rebuildReleaseTracks } from './release-tracks.js';
import { rebuildSearchIndex } from './search/reindex.js';
import { registerSqliteConnection } from './sql-runner.js';

/**
 * The store's Prisma client. Both flavours are generated from one datamodel (prisma/postgres/schema.prisma
 * is generated from prisma/schema.prisma), so the PostgreSQL client is used through the SQLite client's type;
 * code that must tell them apart asks {@link isPostgres}.
 */
export type Db = PrismaClient;

const execFileAsync = promisify(execFile);

function migrationsDir(postgres: boolean): string {
  return postgres
    ? path.join(packageRoot(), 'prisma', 'postgres', 'migrations')
    : path.join(packageRoot(), 'prisma', 'migrations');
}

/** Names of the committed migrations of one flavour, in order (the same names in both). */
export function committedMigrations(postgres = false): string[] {
  return fs
    .readdirSync(migrationsDir(postgres), { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
}

function appliedMigrations(file: string): Set<string> {
  if (!fs.existsSync(file)) return new Set();
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    const table = db
      .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name = '_prisma_migrations'")
      .get();
    if (!table) return new Set();
    const rows = db
      .prepare('SELECT migration_name AS name FROM _prisma_migrations WHERE finished_at IS NOT NULL')
      .all() as { name: string }[];
    return new Set(rows.map((row) => row.name));
  } finally {
    db.close();
  }
}

async function appliedPostgresMigrations(url: string): Promise<Set<string>> {
  const client = new pg.Client({ connectionString: url });
  try {
    await client.connect();
  } catch (error) {
    throw new UserError(
      `cannot connect to the PostgreSQL database of DATABASE_URL: ${(error as Error).message}`,
    );
  }
  try {
    const table = await client.query('SELECT to_regclass(\'"_prisma_migrations"\') IS NOT NULL AS present');
    if (!(table.rows[0] as { present: boolean }).present) return new Set();
    const rows = await client.query(
      'SELECT migration_name FROM "_prisma_migrations" WHERE finished_at IS NOT NULL',
    );
    return new Set((rows.rows as { migration_name: string }[]).map((row) => row.migration_name));
  } finally {
    await client.end();
  }
}

/** The URL `prisma migrate deploy` is given, and what was applied before, per flavour. */
async function migrationTarget(databaseUrl: string): Promise<{ url: string; done: Set<string> }> {
  if (isPostgresUrl(databaseUrl))
    return { url: databaseUrl, done: await appliedPostgresMigrations(databaseUrl) };
  const file = sqliteFilePath(databaseUrl);
  if (!file)
    throw new UserError(
      `DATABASE_URL must be a file: URL (embedded SQLite) or a postgres:// or postgresql:// URL, got "${databaseUrl}"`,
    );
  fs.mkdirSync(path.dirname(file), { recursive: true });
  return { url: `file:${file}`, done: appliedMigrations(file) };
}

/**
 * Applies the committed migrations of the URL's flavour (SQLite: prisma/migrations, PostgreSQL: the
 * generated prisma/postgres/migrations) with the real `prisma migrate deploy` (JS schema engine, no
 * download), creating a SQLite file and its directory when missing. Cheap when nothing is pending: the
 * applied set is read straight from `_prisma_migrations` first, so every start can call it.
 */
export async function migrateDatabase(databaseUrl: string, log?: Logger): Promise<{ applied: string[] }> {
  const { url, done } = await migrationTarget(databaseUrl);
  const pending = committedMigrations(isPostgresUrl(databaseUrl)).filter((name) => !done.has(name));
  if (pending.length === 0) return { applied: [] };
  log?.info({ pending }, 'applying database migrations');
  const prismaCli = createRequire(import.meta.url).resolve('prisma/build/index.js');
  try {
    // prisma.config.ts picks the flavour's schema, migrations and driver adapter from DATABASE_URL.
    await execFileAsync(process.execPath, [prismaCli, 'migrate', 'deploy'], {
      cwd: packageRoot(),
      env: { ...process.env, DATABASE_URL: url },
    });
  } catch (error) {
    const output = error as { stdout?: string; stderr?: string; message: string };
    throw new Error(`prisma migrate deploy failed: ${output.stderr ?? ''}${output.stdout ?? output.message}`);
  }
  return { applied: pending };
}

async function openSqlite(databaseUrl: string): Promise<Db> {
  const file = sqliteFilePath(databaseUrl) ?? '';
  const factory = new PrismaBetterSQLite3({ url: `file:${file}` });
  const captured: { connection?: Database.Database } = {};
  const connect = factory.connect.bind(factory);
  // The adapter opens the one connection the client runs on; the store's hot writes reuse it (sql-runner.ts).
  factory.connect = async () => {
    const adapter = await connect();
    const client = (adapter as unknown as { client?: unknown }).client;
    if (client instanceof Database) captured.connection = client;
    return adapter;
  };
  const db = new PrismaClient({ adapter: factory });
  await db.$queryRawUnsafe('PRAGMA journal_mode = WAL');
  // In WAL mode NORMAL syncs at checkpoints, not at every commit: a killed process loses nothing, a power
  // cut at most the last commits (pages a crawl fetches again), and a crawl commits once per page.
  await db.$queryRawUnsafe('PRAGMA synchronous = NORMAL');
  await db.$queryRawUnsafe('PRAGMA busy_timeout = 5000');
  await db.$queryRawUnsafe('PRAGMA foreign_keys = ON');
  // Refresh the query planner's statistics where they are missing or stale (a migration that rebuilds a
  // table drops them); SQLite limits the work, so this stays cheap on every open.
  await db.$queryRawUnsafe('PRAGMA optimize=0x10002');
  if (captured.connection) registerSqliteConnection(db, captured.connection);
  databaseFiles.set(db, file);
  return db;
}

function openPostgres(databaseUrl: string): Db {
  // The adapter owns its pool and ends it on $disconnect; the catalog fix of store/dialects/postgres is
  // only needed by migrate deploy.
  // Every statement is a network round trip here, so a crawl's larger transactions get more than
  // Prisma's 5 s default before they count as stuck.
  const db = new PostgresPrismaClient({
    adapter: new PrismaPg({ connectionString: databaseUrl }),
    transactionOptions: { maxWait: 10_000, timeout: 60_000 },
  });
  const asDb = db as unknown as Db;
  postgresUrls.set(asDb, databaseUrl);
  return asDb;
}

/**
 * Opens the database of DATABASE_URL, migrated first: the embedded SQLite file (WAL journal) through
 * Prisma's better-sqlite3 adapter, or PostgreSQL (postgres:// or postgresql://) through the pg adapter.
 * The caller owns the client and must `$disconnect()` it.
 */
export async function openDatabase(databaseUrl: string, log?: Logger): Promise<Db> {
  const { applied } = await migrateDatabase(databaseUrl, log);
  const db = isPostgresUrl(databaseUrl) ? openPostgres(databaseUrl) : await openSqlite(databaseUrl);
  // Events stored before the release tracker existed get their tracker rows once.
  if (applied.includes(TRACKER_MIGRATION)) await rebuildReleaseTracks(db);
  // SQL cannot run the search analyzer: articles stored before the index existed are indexed once here.
  if (applied.includes(SEARCH_MIGRATION)) {
    log?.info('building the search index of the stored articles');
    await rebuildSearchIndex(db);
  }
  return db;
}

/** The migration that introduced the full-text search index. */
const SEARCH_MIGRATION = '20261206000000_search';

/** The migration that introduced the release tracker table. */
const TRACKER_MIGRATION = '20261201000000_api_dedup_tracker';

const databaseFiles = new WeakMap<Db, string>();
const postgresUrls = new WeakMap<Db, string>();

/** Whether a client opened by {@link openDatabase} talks to PostgreSQL (else the embedded SQLite). */
export function isPostgres(db: Db): boolean {
  return postgresUrls.has(db);
}

/**
 * The PostgreSQL URL behind a client opened by {@link openDatabase}, so the API's read path can open its
 * own pool on the same database (see read-store.ts) without being handed the URL twice.
 */
export function postgresUrlOf(db: Db): string {
  const url = postgresUrls.get(db);
  if (!url) throw new Error('database client is not a PostgreSQL client opened with openDatabase()');
  return url;
}

/**
 * The SQLite file behind a client opened by {@link openDatabase}, so the API can open its own read-only
 * connection to the same file (see read-connection.ts) without being handed the URL twice.
 */
export function databaseFileOf(db: Db): string {
  const file = databaseFiles.get(db);
  if (!file && isPostgres(db))
    throw new UserError(
      'this command needs the embedded SQLite database; it is not built for PostgreSQL yet',
    );
  if (!file) throw new Error('database client was not opened with openDatabase()');
  return file;
}
