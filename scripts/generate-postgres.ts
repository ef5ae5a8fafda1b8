/**
 * Generates the PostgreSQL flavour from the SQLite one: prisma/postgres/schema.prisma and one migration
 * under prisma/postgres/migrations/ per SQLite migration, under the same name. Run it after adding a
 * SQLite migration (`npm run db:generate-postgres`; `-- --all` regenerates every folder, `-- --check` only
 * reports what is stale and exits 1 if anything is).
 *
 * How a migration is made: the SQLite migrations are applied one by one to an in-memory database; after
 * each, the shape of its tables is read back (store/flavours/schema-shape.ts) and written as a PostgreSQL
 * datamodel, and `prisma migrate diff` between the previous and this datamodel gives the PostgreSQL SQL.
 * What Prisma cannot state (triggers, FTS5) comes from prisma/postgres/dialect/<migration>.sql, appended
 * to that migration; a SQLite migration with triggers or virtual tables and no dialect file is an error.
 * A folder whose stamp (hashes of its sources) is current is kept as it is.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { packageRoot } from '../core/package-root.js';
import { postgresDatamodelOf } from '../store/flavours/datamodel.js';
import {
  POSTGRES_PATHS,
  SQLITE_ONLY_SQL,
  migrationStamp,
  postgresSchemaFrom,
} from '../store/flavours/postgres-flavour.js';
import { shapeOfSqlite } from '../store/flavours/schema-shape.js';

const root = packageRoot();
const sqliteMigrations = path.join(root, 'prisma', 'migrations');
const at = (relative: string) => path.join(root, relative);

function readDialect(name: string): string | null {
  const file = path.join(at(POSTGRES_PATHS.dialect), `${name}.sql`);
  return fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : null;
}

function diff(from: string | null, to: string, scratch: string): string {
  const toFile = path.join(scratch, 'to.prisma');
  fs.writeFileSync(toFile, to);
  const fromArgs =
    from === null ? ['--from-empty'] : ['--from-schema-datamodel', path.join(scratch, 'from.prisma')];
  if (from !== null) fs.writeFileSync(path.join(scratch, 'from.prisma'), from);
  const cli = path.join(root, 'node_modules', 'prisma', 'build', 'index.js');
  return execFileSync(
    process.execPath,
    [cli, 'migrate', 'diff', ...fromArgs, '--to-schema-datamodel', toFile, '--script'],
    {
      cwd: root,
      // Only the datamodels are compared, but the CLI opens the configured adapter all the same: a scratch
      // SQLite file keeps it from needing a PostgreSQL server.
      env: { ...process.env, DATABASE_URL: `file:${path.join(scratch, 'unused.db')}` },
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
}

function composeMigration(stamp: string, sql: string, dialect: string | null): string {
  const parts = [stamp, sql.trim()];
  if (dialect !== null)
    parts.push(`-- Dialect: prisma/postgres/dialect (hand-written PostgreSQL)\n${dialect.trim()}`);
  return `${parts.join('\n\n')}\n`;
}

function main(): void {
  const all = process.argv.includes('--all');
  const check = process.argv.includes('--check');
  const names = fs
    .readdirSync(sqliteMigrations, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
  // The schema first: prisma.config.ts points the CLI at it for the diffs below.
  const schema = postgresSchemaFrom(fs.readFileSync(at(path.join('prisma', 'schema.prisma')), 'utf8'));
  const schemaCurrent =
    fs.existsSync(at(POSTGRES_PATHS.schema)) && fs.readFileSync(at(POSTGRES_PATHS.schema), 'utf8') === schema;
  if (!check) {
    fs.mkdirSync(path.dirname(at(POSTGRES_PATHS.schema)), { recursive: true });
    fs.writeFileSync(at(POSTGRES_PATHS.schema), schema);
  }
  const db = new Database(':memory:');
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'modelwatch-pg-gen-'));
  const stale: string[] = [];
  let previous: string | null = null;
  try {
    for (const [index, name] of names.entries()) {
      const sqliteSql = fs.readFileSync(path.join(sqliteMigrations, name, 'migration.sql'), 'utf8');
      const dialect = readDialect(name);
      if (dialect === null && SQLITE_ONLY_SQL.test(sqliteSql))
        throw new Error(
          `${name} creates triggers or virtual tables: write ${POSTGRES_PATHS.dialect}/${name}.sql`,
        );
      db.exec(sqliteSql);
      const datamodel = postgresDatamodelOf(shapeOfSqlite(db));
      const stamp = migrationStamp(name, sqliteSql, dialect);
      const target = path.join(at(POSTGRES_PATHS.migrations), name, 'migration.sql');
      const current = fs.existsSync(target) && fs.readFileSync(target, 'utf8').split('\n', 1)[0] === stamp;
      if (!current || all) {
        stale.push(name);
        if (!check) {
          process.stderr.write(`[${String(index + 1)}/${String(names.length)}] ${name}\n`);
          fs.mkdirSync(path.dirname(target), { recursive: true });
          fs.writeFileSync(target, composeMigration(stamp, diff(previous, datamodel, scratch), dialect));
        }
      }
      previous = datamodel;
    }
  } finally {
    db.close();
    fs.rmSync(scratch, { recursive: true, force: true });
  }
  if (check) {
    if (!schemaCurrent) stale.push(POSTGRES_PATHS.schema);
    process.stdout.write(
      stale.length ? `stale: ${stale.join(', ')}\n` : 'PostgreSQL flavour is up to date\n',
    );
    process.exitCode = stale.length ? 1 : 0;
    return;
  }
  fs.writeFileSync(
    path.join(at(POSTGRES_PATHS.migrations), 'migration_lock.toml'),
    '# Please do not edit this file manually\n# It should be added in your version-control system (e.g., Git)\nprovider = "postgresql"\n',
  );
  process.stdout.write(`PostgreSQL flavour written: ${String(stale.length)} migration(s) regenerated\n`);
}

main();
