import type { FastifyInstance } from 'fastify';
import { buildApp } from '../api/app.js';
import { silentLogger } from '../core/logger.js';
import { createApiKey } from '../store/api-keys.js';
import { testApiConfig } from './api-fixture.js';
import { createTestDatabase, type TestDatabase } from './helpers.js';

describe('PUT /v1/sources/:id refuses private, loopback, link-local and metadata addresses', () => {
  let store: TestDatabase;
  let key: string;
  const apps: FastifyInstance[] = [];
  beforeAll(async () => {
    store = await createTestDatabase();
    ({ key } = await createApiKey(store.db, 'editor'));
  });
  afterAll(async () => {
    for (const app of apps) await app.close();
    await store.close();
  });
  const put = async (allowHosts: string, body: Record<string, unknown>) => {
    const app = buildApp({
      db: store.db,
      log: silentLogger,
      config: testApiConfig({ CRAWL_ALLOW_HOSTS: allowHosts }),
    });
    apps.push(app);
    return app.inject({
      method: 'PUT',
      url: '/v1/sources/evil',
      headers: { authorization: `Bearer ${key}` },
      payload: { name: 'Evil', language: 'en', category: 'tech', ...body },
    });
  };

  it('answers 400 naming each refused URL, and stores nothing', async () => {
    const response = await put('', {
      homepage: 'http://169.254.169.254/',
      feeds: ['https://news.example.com/feed', 'http://127.0.0.1:22/'],
      sitemaps: ['http://[fd00::1]/sitemap.xml'],
      sections: ['http://metadata.google.internal/'],
    });
    expect(response.statusCode).toBe(400);
    const body = response.json<{
      error: string;
      message: string;
      details: { field: string; problem: string }[];
    }>();
    expect(body.error).toBe('bad_request');
    expect(body.message).toMatch(
      /^homepage: http:\/\/169\.254\.169\.254\/ points to a private, loopback, link-local or metadata address/,
    );
    expect(body.message).toMatch(/CRAWL_ALLOW_HOSTS/);
    expect(body.details.map((d) => d.field)).toEqual(['homepage', 'feeds.1', 'sitemaps.0', 'sections.0']);
    const sources = await store.db.source.findMany({ where: { id: 'evil' } });
    expect(sources).toEqual([]);
  });

  it('accepts a private host listed in CRAWL_ALLOW_HOSTS, and public hosts always', async () => {
    expect((await put('', { homepage: 'https://news.example.com/' })).statusCode).toBe(200);
    const allowed = await put('127.0.0.1', {
      homepage: 'http://127.0.0.1:8080/',
      feeds: ['http://127.0.0.1:8080/feed.xml'],
    });
    expect(allowed.statusCode).toBe(200);
    expect(allowed.json<{ feeds: string[] }>().feeds).toEqual(['http://127.0.0.1:8080/feed.xml']);
  });
});
