import { createTestDatabase, type TestDatabase } from '../test/helpers.js';
import {
  closeInterruptedRuns,
  getUrlValidators,
  recordFetch,
  startRun,
  upsertSources,
} from './crawl-state.js';

describe('crawl state', () => {
  let store: TestDatabase;
  beforeAll(async () => {
    store = await createTestDatabase();
    await upsertSources(store.db, [
      {
        id: 's',
        name: 'S',
        language: 'de',
        category: 'tech',
        homepage: 'https://s.example/',
        feeds: [],
        sitemaps: [],
        sections: [],
        intervalMinutes: 60,
        enabled: true,
      },
    ]);
  });
  afterAll(async () => {
    await store.close();
  });

  it('closes runs a crashed process left running', async () => {
    const runId = await startRun(store.db, 's', new Date('2025-08-14T10:00:00Z'));
    expect(await closeInterruptedRuns(store.db, 's', new Date('2025-08-14T11:00:00Z'))).toBe(1);
    const run = await store.db.crawlRun.findUniqueOrThrow({ where: { id: runId } });
    expect(run.status).toBe('interrupted');
    expect(await closeInterruptedRuns(store.db, 's', new Date())).toBe(0);
  });

  it('keeps validators across a 304 and counts failures until the next success', async () => {
    const url = 'https://s.example/a';
    await recordFetch(store.db, 's', url, {
      status: 200,
      etag: '"e1"',
      lastModified: 'Thu, 14 Aug 2025 08:00:00 GMT',
    });
    await recordFetch(store.db, 's', url, { status: 304 });
    expect(await getUrlValidators(store.db, url)).toEqual({
      etag: '"e1"',
      lastModified: 'Thu, 14 Aug 2025 08:00:00 GMT',
    });
    await recordFetch(store.db, 's', url, { status: 0, error: 'HTTP 502 after 4 attempts' });
    await recordFetch(store.db, 's', url, { status: 0, error: 'HTTP 502 after 4 attempts' });
    let state = await store.db.urlState.findUniqueOrThrow({ where: { url } });
    expect([state.failures, state.lastError, state.etag]).toEqual([2, 'HTTP 502 after 4 attempts', '"e1"']);
    await recordFetch(store.db, 's', url, { status: 200, etag: '"e2"' });
    state = await store.db.urlState.findUniqueOrThrow({ where: { url } });
    expect([state.failures, state.lastError, state.etag]).toEqual([0, null, '"e2"']);
  });
});
