import { silentLogger } from '../core/logger.js';
import { upsertSources } from '../store/crawl-state.js';
import { createTestDatabase, type TestDatabase } from '../test/helpers.js';
import { scheduledSources } from './crawl-schedule.js';
import { dueSources } from './due-sources.js';

const registry = ['alpha', 'beta'].map((id) => ({
  id,
  name: id,
  language: 'de' as const,
  category: 'tech' as const,
  homepage: `https://${id}.example/`,
  feeds: [`https://${id}.example/feed.xml`],
  sitemaps: [],
  sections: [],
  intervalMinutes: 60,
  enabled: true,
}));

describe('scheduled sources come from the database', () => {
  let store: TestDatabase;
  beforeAll(async () => {
    store = await createTestDatabase();
  });
  afterAll(async () => {
    await store.close();
  });

  it('keeps an operator’s disable and interval across a restart, picks up API-created sources and registry feed changes', async () => {
    await upsertSources(store.db, registry);
    await store.db.source.update({ where: { id: 'beta' }, data: { enabled: false, intervalMinutes: 5 } });
    await store.db.source.create({
      data: {
        id: 'gamma',
        name: 'Gamma',
        language: 'en',
        category: 'finance',
        homepage: 'https://gamma.example/',
        discovery: JSON.stringify({ feeds: ['https://gamma.example/rss'], sitemaps: [], sections: [] }),
      },
    });
    const [alpha, beta] = registry;
    if (!alpha || !beta) throw new Error('registry fixture');
    await upsertSources(store.db, [{ ...alpha, feeds: ['https://alpha.example/new-feed.xml'] }, beta]);

    const { sources, lastRun } = await scheduledSources(store.db, silentLogger);
    expect(sources.map((s) => [s.id, s.enabled, s.intervalMinutes])).toEqual([
      ['alpha', true, 60],
      ['beta', false, 5],
      ['gamma', true, 60],
    ]);
    expect(sources[0]?.feeds).toEqual(['https://alpha.example/new-feed.xml']);
    expect(dueSources(sources, lastRun, new Date()).map((s) => s.id)).toEqual(['alpha', 'gamma']);
  });
});
