import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { isPostgresUrl } from '../core/config.js';
import { packageRoot } from '../core/package-root.js';
import { migrateDatabase } from '../store/database.js';

/**
 * The PostgreSQL server tests may use: TEST_DATABASE_URL when it is a postgres:// URL (`.ci/run` starts a
 * throwaway server and sets it), else null. Tests read it here, not through core/config, because it
 * configures the test run rather than the product.
 */
export function postgresTestServer(): string | null {
  const url = process.env.TEST_DATABASE_URL;
  return url && isPostgresUrl(url) ? url : null;
}

/** Whether this jest run stores in PostgreSQL: TEST_FLAVOUR=postgres (the second run of `npm test`). */
export function testingOnPostgres(): boolean {
  return process.env.TEST_FLAVOUR === 'postgres';
}

function withDatabase(serverUrl: string, name: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

/** A name that changes whenever a PostgreSQL migration does, so a stale template is never copied. */
function templateName(): string {
  const dir = path.join(packageRoot(), 'prisma', 'postgres', 'migrations');
  const hash = crypto.createHash('sha256');
  for (const name of fs.readdirSync(dir).sort())
    if (fs.statSync(path.join(dir, name)).isDirectory())
      hash.update(name).update(fs.readFileSync(path.join(dir, name, 'migration.sql')));
  return `modelwatch_template_${hash.digest('hex').slice(0, 12)}`;
}

/** Lock key serialising template builds across jest workers. */
const TEMPLATE_LOCK = 710_013;

async function ensureTemplate(admin: pg.Client, serverUrl: string): Promise<string> {
  const name = templateName();
  await admin.query('SELECT pg_advisory_lock($1)', [TEMPLATE_LOCK]);
  try {
    const found = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (found.rowCount === 0) {
      // Built under another name and renamed, so a build that dies half-way is never used as a template.
      const building = `${name}_building`;
      await admin.query(`DROP DATABASE IF EXISTS "${building}"`);
      await admin.query(`CREATE DATABASE "${building}"`);
      await migrateDatabase(withDatabase(serverUrl, building));
      await admin.query(`ALTER DATABASE "${building}" RENAME TO "${name}"`);
    }
  } finally {
    await admin.query('SELECT pg_advisory_unlock($1)', [TEMPLATE_LOCK]);
  }
  return name;
}

/**
 * A fresh, migrated PostgreSQL database on the test server: a copy of a template database migrated once
 * per set of migrations (`prisma migrate deploy` takes seconds, a copy milliseconds). `drop` removes it.
 */
export async function createPostgresTestDatabase(
  serverUrl: string,
): Promise<{ url: string; drop(): Promise<void> }> {
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  try {
    const template = await ensureTemplate(admin, serverUrl);
    const name = `modelwatch_test_${crypto.randomBytes(6).toString('hex')}`;
    await admin.query(`CREATE DATABASE "${name}" TEMPLATE "${template}"`);
    return {
      url: withDatabase(serverUrl, name),
      drop: async () => {
        const client = new pg.Client({ connectionString: serverUrl });
        await client.connect();
        await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
        await client.end();
      },
    };
  } finally {
    await admin.end();
  }
}
