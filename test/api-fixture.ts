import type { FastifyInstance } from 'fastify';
import { buildApp, type ApiConfig } from '../api/app.js';
import { loadConfig } from '../core/config.js';
import { silentLogger } from '../core/logger.js';
import { DEMO_CANONICAL_BASE, demoSource, startSiteServer } from '../demo/site-server.js';
import { runCrawl } from '../jobs/run-crawl.js';
import { createApiKey } from '../store/api-keys.js';
import { createTestDatabase, testCrawlSettings, type TestDatabase, type TestFlavour } from './helpers.js';

/** Canonical host the demo site claims, so stored URLs do not depend on the loopback port. */
export const DEMO_BASE = DEMO_CANONICAL_BASE;

export interface ApiFixture {
  store: TestDatabase;
  app: FastifyInstance;
  /** A valid API key for the write routes. */
  key: string;
  close(): Promise<void>;
}

/** API settings for tests: the defaults with rate limits high enough never to interfere, overridable. */
export function testApiConfig(overrides: Record<string, string> = {}): ApiConfig {
  return loadConfig({
    API_RATE_LIMIT_PER_MINUTE: '100000',
    API_ANONYMOUS_RATE_LIMIT_PER_MINUTE: '100000',
    ...overrides,
  });
}

/**
 * A database filled by the real pipeline (the bundled demo site crawled over loopback: extract, analyse,
 * store) and the API on it, plus an API key. Tests talk to it through `app.inject`. The database is the
 * run's (see createTestDatabase) unless `flavour` names one.
 */
export async function createApiFixture(flavour?: TestFlavour): Promise<ApiFixture> {
  const site = await startSiteServer(undefined, { canonicalBase: DEMO_BASE });
  const store = await createTestDatabase(flavour);
  try {
    const [summary] = await runCrawl({
      db: store.db,
      log: silentLogger,
      settings: testCrawlSettings({ CRAWL_MAX_ARTICLES_PER_SOURCE: '50' }),
      sources: [demoSource(site)],
    });
    if (summary?.failed !== 0) throw new Error(`demo crawl failed: ${JSON.stringify(summary)}`);
  } finally {
    await site.close();
  }
  const { key } = await createApiKey(store.db, 'test-editor');
  const app = buildApp({ db: store.db, log: silentLogger, config: testApiConfig() });
  await app.ready();
  return {
    store,
    app,
    key,
    close: async () => {
      await app.close();
      await store.close();
    },
  };
}

/**
 * Stores discovered names awaiting an editor, as discovery stores them (`candidate: true`, the surface
 * form as name and alias), for views and tests that need candidates the demo articles do not produce.
 */
export async function addCandidates(
  db: TestDatabase['db'],
  candidates: readonly { id: string; name: string; kind: 'model' | 'chip' }[],
): Promise<void> {
  for (const { id, name, kind } of candidates) {
    await db.entity.create({
      data: {
        id,
        kind,
        name,
        candidate: true,
        aliases: { create: [{ alias: name, key: name.toLowerCase() }] },
      },
    });
  }
}
