import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadConfig, type Config } from '../core/config.js';
import type { SourceConfig } from '../crawlers/sources/source-schema.js';
import { silentLogger } from '../core/logger.js';
import { packageRoot } from '../core/package-root.js';
import { defaultKnowledgeBase } from '../nlp/knowledge-base.js';
import { openDatabase, type Db } from '../store/database.js';
import { syncEntities } from '../store/knowledge-base-sync.js';
import {
  createPostgresTestDatabase,
  postgresTestServer,
  testingOnPostgres,
} from './postgres-test-database.js';

export interface TestDatabase {
  db: Db;
  url: string;
  dir: string;
  close(): Promise<void>;
}

/** The database a test stores in. */
export type TestFlavour = 'sqlite' | 'postgres';

/**
 * A fresh database built from the committed migrations, with the curated entities: a SQLite file in a
 * temporary directory, or, in the PostgreSQL run (TEST_FLAVOUR=postgres) or when `flavour` asks for it, a
 * new database on the server of TEST_DATABASE_URL. `dir` is a temporary directory in both cases.
 */
export async function createTestDatabase(
  flavour: TestFlavour = testingOnPostgres() ? 'postgres' : 'sqlite',
): Promise<TestDatabase> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'modelwatch-test-'));
  const server = flavour === 'postgres' ? postgresTestServer() : null;
  if (flavour === 'postgres' && !server)
    throw new Error('TEST_FLAVOUR=postgres needs TEST_DATABASE_URL=postgresql://...');
  const postgres = server ? await createPostgresTestDatabase(server) : null;
  const url = postgres?.url ?? `file:${path.join(dir, 'test.db')}`;
  const db = await openDatabase(url, silentLogger);
  await syncEntities(db, defaultKnowledgeBase.entries);
  return {
    db,
    url,
    dir,
    close: async () => {
      await db.$disconnect();
      await postgres?.drop();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** The repository root (the folder holding package.json). */
export const repoRoot = packageRoot();

/** ../shared next to the repository, present on development machines, absent in users' clones. */
export const sharedDir = path.resolve(repoRoot, '..', 'shared');

/**
 * Crawl settings for loopback tests: the defaults with our test User-Agent, no politeness delay, fast
 * retries and 127.0.0.1 allowed by the address guard, overridable per test.
 */
export function testCrawlSettings(overrides: Record<string, string> = {}): Config {
  return loadConfig({
    CRAWL_USER_AGENT: 'modelwatch-test/1',
    CRAWL_CONTACT_URL: 'https://example.org/contact',
    CRAWL_DELAY_MS: '0',
    CRAWL_RETRY_BASE_MS: '50',
    CRAWL_TIMEOUT_SECONDS: '10',
    // The loopback test sites are private addresses: allowed explicitly, as an intranet source would be.
    CRAWL_ALLOW_HOSTS: '127.0.0.1',
    ...overrides,
  });
}

/** The one source of a loopback test site: German tech news with one feed at `/feed.xml`. */
export function fixtureSource(baseUrl: string): SourceConfig {
  return {
    id: 'fixture',
    name: 'Fixture',
    language: 'de',
    category: 'tech',
    homepage: `${baseUrl}/`,
    feeds: [`${baseUrl}/feed.xml`],
    sitemaps: [],
    sections: [],
    intervalMinutes: 60,
    enabled: true,
  };
}
