import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import pg from 'pg';
import { packageRoot } from '../../core/package-root.js';
import { describeWithPostgres } from '../../test/describe-with-postgres.js';
import { createPostgresTestDatabase } from '../../test/postgres-test-database.js';
import { postgresDatamodelOf } from './datamodel.js';
import { generatePostgresFlavour } from './generate-postgres-flavour.js';
import { POSTGRES_PATHS, postgresSchemaFrom } from './postgres-flavour.js';
import { shapeOfPostgres } from './postgres-shape.js';
import { shapeOfSqlite, type SchemaShape } from './schema-shape.js';

const root = packageRoot();
const sqliteMigrations = path.join(root, 'prisma', 'migrations');
const migrationNames = (dir: string) =>
  fs
    .readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();

/** What the committed SQLite migrations build, applied in order to an in-memory database. */
function sqliteShape(): SchemaShape {
  const db = new Database(':memory:');
  try {
    for (const name of migrationNames(sqliteMigrations))
      db.exec(fs.readFileSync(path.join(sqliteMigrations, name, 'migration.sql'), 'utf8'));
    return shapeOfSqlite(db);
  } finally {
    db.close();
  }
}

describe('the generated PostgreSQL flavour', () => {
  it('is up to date with the SQLite schema, migrations and dialect files (else: npm run db:generate-postgres)', () => {
    expect(generatePostgresFlavour({ root, check: true }).stale).toEqual([]);
    expect(migrationNames(path.join(root, POSTGRES_PATHS.migrations))).toEqual(
      migrationNames(sqliteMigrations),
    );
    const sqliteSchema = fs.readFileSync(path.join(root, 'prisma', 'schema.prisma'), 'utf8');
    expect(fs.readFileSync(path.join(root, POSTGRES_PATHS.schema), 'utf8')).toBe(
      postgresSchemaFrom(sqliteSchema),
    );
  });

  describe('after another branch adds a SQLite migration', () => {
    let copy: string;
    // a name after every real migration, so the test keeps working as migrations are added
    const added = '29991231000000_later_branch';
    beforeEach(() => {
      copy = fs.mkdtempSync(path.join(os.tmpdir(), 'modelwatch-flavour-copy-'));
      fs.cpSync(path.join(root, 'prisma'), path.join(copy, 'prisma'), {
        recursive: true,
        filter: (source) => !source.includes(`${path.sep}generated`),
      });
      fs.mkdirSync(path.join(copy, 'prisma', 'migrations', added));
    });
    afterEach(() => {
      fs.rmSync(copy, { recursive: true, force: true });
    });
    const write = (sql: string) => {
      fs.writeFileSync(path.join(copy, 'prisma', 'migrations', added, 'migration.sql'), sql);
    };

    it('generates its PostgreSQL twin and leaves every existing folder byte for byte', () => {
      write(`CREATE TABLE "LaterThing" ("host" TEXT NOT NULL PRIMARY KEY, "failures" INTEGER NOT NULL DEFAULT 0,
        "openUntil" DATETIME);
        ALTER TABLE "Source" ADD COLUMN "paused" BOOLEAN NOT NULL DEFAULT false;`);
      const before = migrationNames(sqliteMigrations).map((name) =>
        fs.readFileSync(path.join(copy, POSTGRES_PATHS.migrations, name, 'migration.sql'), 'utf8'),
      );
      expect(generatePostgresFlavour({ root: copy, check: true }).stale).toEqual([added]);
      expect(generatePostgresFlavour({ root: copy }).stale).toEqual([added]);
      const twin = fs.readFileSync(
        path.join(copy, POSTGRES_PATHS.migrations, added, 'migration.sql'),
        'utf8',
      );
      expect(twin).toContain('CREATE TABLE "LaterThing"');
      expect(twin).toContain('"openUntil" TIMESTAMP(3)');
      expect(twin).toMatch(/ALTER TABLE "Source" ADD COLUMN\s+"paused" BOOLEAN NOT NULL DEFAULT false/);
      expect(twin).not.toContain('CREATE TABLE "Article"');
      const after = migrationNames(sqliteMigrations).map((name) =>
        fs.readFileSync(path.join(copy, POSTGRES_PATHS.migrations, name, 'migration.sql'), 'utf8'),
      );
      expect(after).toEqual(before);
      expect(generatePostgresFlavour({ root: copy, check: true }).stale).toEqual([]);
    });

    it('refuses a migration with triggers until its PostgreSQL dialect file exists', () => {
      write('CREATE TRIGGER "Source_touch" AFTER UPDATE ON "Source" BEGIN SELECT 1; END;');
      expect(() => generatePostgresFlavour({ root: copy, check: true })).toThrow(
        `${added} creates triggers or virtual tables: write prisma/postgres/dialect/${added}.sql`,
      );
    });
  });

  it('has the same tables, columns, keys and indexes after the SQLite migrations as the schema states', () => {
    const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'modelwatch-flavour-'));
    try {
      fs.writeFileSync(path.join(scratch, 'migrated.prisma'), postgresDatamodelOf(sqliteShape()));
      const diff = execFileSync(
        process.execPath,
        [
          path.join(root, 'node_modules', 'prisma', 'build', 'index.js'),
          'migrate',
          'diff',
          '--from-schema-datamodel',
          path.join(scratch, 'migrated.prisma'),
          '--to-schema-datamodel',
          POSTGRES_PATHS.schema,
          '--script',
        ],
        {
          cwd: root,
          encoding: 'utf8',
          env: { ...process.env, DATABASE_URL: `file:${path.join(scratch, 'x.db')}` },
        },
      );
      expect(diff.trim()).toBe('-- This is an empty migration.');
    } finally {
      fs.rmSync(scratch, { recursive: true, force: true });
    }
  });

  it('refuses a datamodel for a column type PostgreSQL has no mapping for', () => {
    const db = new Database(':memory:');
    db.exec('CREATE TABLE "Odd" ("id" INTEGER NOT NULL PRIMARY KEY, "shape" GEOMETRY)');
    expect(() => shapeOfSqlite(db)).toThrow(/Odd.shape: SQLite type GEOMETRY/);
    db.close();
  });
});

describeWithPostgres('both flavours on a real PostgreSQL server', (server) => {
  let database: { url: string; drop(): Promise<void> };
  let client: pg.Client;

  beforeAll(async () => {
    database = await createPostgresTestDatabase(server());
    client = new pg.Client({ connectionString: database.url });
    await client.connect();
  });

  afterAll(async () => {
    await client.end();
    await database.drop();
  });

  it('builds from the PostgreSQL migrations exactly the tables the SQLite migrations build', async () => {
    const postgres = await shapeOfPostgres(client);
    const sqlite = sqliteShape();
    expect(postgres.map((table) => table.name)).toEqual(sqlite.map((table) => table.name));
    // Column order differs where SQLite rebuilt a table and PostgreSQL appended a column; nothing reads it.
    const byName = (shape: SchemaShape) =>
      shape.map((table) => ({
        ...table,
        columns: [...table.columns].sort((a, b) => a.name.localeCompare(b.name)),
      }));
    const sqliteTables = byName(sqlite);
    for (const [index, table] of byName(postgres).entries()) expect(table).toEqual(sqliteTables[index]);
  });

  it('keeps the EventTimeline read model and the ViewChange log in step through its triggers', async () => {
    await client.query(`INSERT INTO "Entity" ("id", "kind", "name", "updatedAt") VALUES
      ('m', 'model', 'M', now()), ('c', 'chip', 'C', now()), ('d', 'chip', 'D', now())`);
    const event = await client.query<{ id: number }>(`INSERT INTO "Event"
      ("type", "subjectId", "confidence", "firstReportedAt", "lastReportedAt", "updatedAt")
      VALUES ('delay', 'm', 0.9, '2025-08-14', '2025-08-14', now()) RETURNING "id"`);
    const id = event.rows[0]?.id ?? 0;
    await client.query(
      `INSERT INTO "EventEntity" ("eventId", "entityId", "role") VALUES ($1, 'c', 'to'), ($1, 'd', 'from')`,
      [id],
    );
    await client.query(`UPDATE "Event" SET "sourceCount" = 2, "hidden" = true WHERE "id" = $1`, [id]);
    await client.query(`DELETE FROM "EventEntity" WHERE "eventId" = $1 AND "entityId" = 'd'`, [id]);
    const rows = await client.query<{ entityId: string; sourceCount: number; hidden: boolean }>(
      `SELECT "entityId", "sourceCount", "hidden" FROM "EventTimeline" WHERE "eventId" = $1 ORDER BY "entityId"`,
      [id],
    );
    expect(rows.rows).toEqual([
      { entityId: 'c', sourceCount: 2, hidden: true },
      { entityId: 'm', sourceCount: 2, hidden: true },
    ]);
    const changes = await client.query<{ key: string }>(`SELECT DISTINCT "key" FROM "ViewChange"`);
    expect(changes.rows).toEqual([{ key: `event:${String(id)}` }]);
    await client.query(`DELETE FROM "Entity" WHERE "id" = 'm'`);
    expect((await client.query(`SELECT 1 FROM "EventTimeline"`)).rowCount).toBe(0);
  });
});
