import { execFile } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { promisify } from 'node:util';
import { PrismaBetterSQLite3 } from '@prisma/adapter-better-sqlite3';
import Database from 'better-sqlite3';
import { sqliteFilePath } from '../core/config.js';
import { UserError } from '../core/errors.js';
import type { Logger } from '../core/logger.js';
import { packageRoot } from '../core/package-root.js';
import { PrismaClient } from '../prisma/generated/sqlite/client.js';
import { rebuildReleaseTracks } from './release-tracks.js';
import { rebuildSearchIndex } from './search/reindex.js';

export type Db = PrismaClient;

const execFileAsync = promisify(execFile);

function migrationsDir(): string {
  return path.join(packageRoot(), 'prisma', 'migrations');
}

/** Names of the committed migrations, in order. */
export function committedMigrations(): string[] {
  return fs
    .readdirSync(migrationsDir(), { withFileTypes: true })
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

/**
 * Applies the committed migrations with the real `prisma migrate deploy` (JS schema engine, no download),
 * creating the database file and its directory when missing. Cheap when nothing is pending: the applied
 * set is read straight from `_prisma_migrations` first, so every start can call it.
 */
export async function migrateDatabase(databaseUrl: string, log?: Logger): Promise<{ applied: string[] }> {
  const file = sqliteFilePath(databaseUrl);
  if (!file)
    throw new UserError(`DATABASE_URL must be a file: URL for the embedded database, got "${databaseUrl}"`);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const done = appliedMigrations(file);
  const pending = committedMigrations().filter((name) => !done.has(name));
  if (pending.length === 0) return { applied: [] };
  log?.info({ pending }, 'applying database migrations');
  const prismaCli = createRequire(import.meta.url).resolve('prisma/build/index.js');
  try {
    await execFileAsync(process.execPath, [prismaCli, 'migrate', 'deploy'], {
      cwd: packageRoot(),
      env: { ...process.env, DATABASE_URL: `file:${file}` },
    });
  } catch (error) {
    const output = error as { stdout?: string; stderr?: string; message: string };
    throw new Error(`prisma migrate deploy failed: ${output.stderr ?? ''}${output.stdout ?? output.message}`);
  }
  return { applied: pending };
}

/**
 * Opens the embedded SQLite database (migrated first, WAL journal) through Prisma's better-sqlite3
 * adapter. The caller owns the client and must `$disconnect()` it.
 */
export async function openDatabase(databaseUrl: string, log?: Logger): Promise<Db> {
  const { applied } = await migrateDatabase(databaseUrl, log);
  const file = sqliteFilePath(databaseUrl) ?? '';
  const db = new PrismaClient({ adapter: new PrismaBetterSQLite3({ url: `file:${file}` }) });
  await db.$queryRawUnsafe('PRAGMA journal_mode = WAL');
  await db.$queryRawUnsafe('PRAGMA busy_timeout = 5000');
  await db.$queryRawUnsafe('PRAGMA foreign_keys = ON');
  // Refresh the query planner's statistics where they are missing or stale (a migration that rebuilds a
  // table drops them); SQLite limits the work, so this stays cheap on every open.
  await db.$queryRawUnsafe('PRAGMA optimize=0x10002');
  databaseFiles.set(db, file);
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

/**
 * The SQLite file behind a client opened by {@link openDatabase}, so the API can open its own read-only
 * connection to the same file (see read-connection.ts) without being handed the URL twice.
 */
export function databaseFileOf(db: Db): string {
  const file = databaseFiles.get(db);
  if (!file) throw new Error('database client was not opened with openDatabase()');
  return file;
}
