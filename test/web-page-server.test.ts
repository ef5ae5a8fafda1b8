import type { FastifyInstance } from 'fastify';
import { buildApp } from '../api/app.js';
import { silentLogger } from '../core/logger.js';
import { testApiConfig } from './api-fixture.js';
import { createTestDatabase, type TestDatabase } from './helpers.js';

/** How the server hands out the analyst page's files (the page itself is tested in web-page.test.ts). */
describe('analyst page files', () => {
  let store: TestDatabase;
  let app: FastifyInstance;

  beforeAll(async () => {
    store = await createTestDatabase();
    // A tiny anonymous rate limit, to show that page files are not counted against it.
    app = buildApp({
      db: store.db,
      log: silentLogger,
      config: testApiConfig({ API_ANONYMOUS_RATE_LIMIT_PER_MINUTE: '3' }),
    });
    await app.ready();
  });
  afterAll(async () => {
    await app.close();
    await store.close();
  });

  it('serves the page with a Content-Security-Policy that allows no inline script or style', async () => {
    const response = await app.inject({ url: '/' });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toMatch(/^text\/html/);
    const csp = String(response.headers['content-security-policy']);
    expect(csp).toMatch(/script-src 'self'/);
    expect(csp).toMatch(/style-src 'self'/);
    expect(csp).toMatch(/default-src 'none'/);
    expect(csp).not.toMatch(/unsafe-inline|unsafe-eval/);
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.body).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
    expect(response.body).not.toMatch(/\sstyle=/);
  });

  it('serves the compiled modules and the stylesheet with their types and the same policy', async () => {
    const script = await app.inject({ url: '/js/main.js' });
    expect([script.statusCode, script.headers['content-type']]).toEqual([
      200,
      expect.stringMatching(/javascript/),
    ]);
    expect(script.headers['content-security-policy']).toMatch(/script-src 'self'/);
    const style = await app.inject({ url: '/assets/styles.css' });
    expect([style.statusCode, style.headers['content-type']]).toEqual([
      200,
      expect.stringMatching(/text\/css/),
    ]);
  });

  it('serves no file outside the page folders, answering 404 with a JSON message', async () => {
    for (const url of [
      '/js/..%2Fpackage.json',
      '/assets/..%2F..%2Fpackage.json',
      '/js/missing.js',
      '/assets/index.html',
      '/js/.hidden.js',
    ]) {
      const response = await app.inject({ url });
      expect([url, response.statusCode, response.json<{ error: string }>().error]).toEqual([
        url,
        404,
        'not_found',
      ]);
    }
  });

  it('leaves the page out of the OpenAPI document', async () => {
    const paths = Object.keys((await app.inject({ url: '/openapi.json' })).json<{ paths: object }>().paths);
    expect(paths.filter((path) => !path.startsWith('/v1') && path !== '/health')).toEqual([]);
  });
  // Last: it uses up the anonymous quota.
  it('keeps serving page files once the anonymous rate limit refuses API reads', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 5; i++) statuses.push((await app.inject({ url: '/v1/entities?limit=1' })).statusCode);
    expect(statuses).toContain(429);
    for (const url of ['/', '/js/main.js', '/assets/styles.css'])
      expect([url, (await app.inject({ url })).statusCode]).toEqual([url, 200]);
  });
});
