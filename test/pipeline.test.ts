import type { FastifyInstance } from 'fastify';
import { buildApp } from '../api/app.js';
import { silentLogger } from '../core/logger.js';
import type { SourceConfig } from '../crawlers/sources/source-schema.js';
import { DEMO_CANONICAL_BASE, demoSource, startSiteServer, type SiteServer } from '../demo/site-server.js';
import { runCrawl } from '../jobs/run-crawl.js';
import { listAllEvents } from '../store/event-views.js';
import { createTestDatabase, testCrawlSettings, type TestDatabase } from './helpers.js';

const settings = testCrawlSettings({ CRAWL_MAX_ARTICLES_PER_SOURCE: '50' });

interface Timeline {
  entity: { id: string };
  events: {
    type: string;
    sourceCount: number;
    languages: string[];
    sources: { url: string; evidence: string }[];
  }[];
}

describe('pipeline: loopback site -> crawl -> extract -> analyse -> store -> API', () => {
  let site: SiteServer;
  let store: TestDatabase;
  let app: FastifyInstance;
  let source: SourceConfig;

  beforeAll(async () => {
    site = await startSiteServer(undefined, { canonicalBase: DEMO_CANONICAL_BASE });
    store = await createTestDatabase();
    app = buildApp({ db: store.db, log: silentLogger });
    source = demoSource(site, 'sample');
  });

  const api = (): FastifyInstance => app;

  afterAll(async () => {
    await app.close();
    await store.close();
    await site.close();
  });

  it('stores every feed article once, with our User-Agent', async () => {
    const [summary] = await runCrawl({ db: store.db, log: silentLogger, settings, sources: [source] });
    expect(summary).toMatchObject({ discovered: 7, fetched: 7, created: 7, failed: 0 });
    expect(await store.db.article.count()).toBe(7);
    const articleRequests = site.requests.filter((r) => r.path.endsWith('.html'));
    expect(articleRequests).toHaveLength(7);
    expect(
      articleRequests.every((r) =>
        String(r.headers['user-agent']).startsWith('modelwatch-test/1 (+https://example.org/contact)'),
      ),
    ).toBe(true);
  });

  it('serves the R2 delay on the DeepSeek-R2 timeline with both sources, in two languages', async () => {
    const response = await api().inject({ method: 'GET', url: '/v1/entities/deepseek-r2/timeline' });
    expect(response.statusCode).toBe(200);
    const timeline = response.json<Timeline>();
    expect(timeline.entity.id).toBe('deepseek-r2');
    const delays = timeline.events.filter((event) => event.type === 'delay');
    expect(delays).toHaveLength(1);
    const [delay] = delays;
    expect(delay?.sourceCount).toBe(2);
    expect(delay?.languages).toEqual(['de', 'en']);
    expect(delay?.sources.map((s) => s.url).sort()).toEqual([
      'https://demo-news.modelwatch.example/en/tech/deepseek-r2-delayed-ascend-training.html',
      'https://demo-news.modelwatch.example/tech/deepseek-r2-verschoben.html',
    ]);
  });

  it('finds no DeepSeek event in the Cloudflare R2 trap page', async () => {
    const events = await listAllEvents(store.db);
    const fromTrap = events.filter((event) => event.sources.some((s) => s.url.includes('cloudflare-r2')));
    expect(fromTrap).toEqual([]);
  });

  it('stores nothing twice on a second run; unchanged pages answer 304', async () => {
    const before = {
      articles: await store.db.article.count(),
      events: await store.db.event.count(),
      sources: await store.db.eventSource.count(),
      mentions: await store.db.mention.count(),
    };
    const [summary] = await runCrawl({ db: store.db, log: silentLogger, settings, sources: [source] });
    expect(summary).toMatchObject({ notModified: 7, created: 0, updated: 0, failed: 0 });
    expect({
      articles: await store.db.article.count(),
      events: await store.db.event.count(),
      sources: await store.db.eventSource.count(),
      mentions: await store.db.mention.count(),
    }).toEqual(before);
    const runs = await store.db.crawlRun.findMany({ orderBy: { id: 'asc' } });
    expect(runs.map((run) => [run.status, run.created, run.notModified])).toEqual([
      ['ok', 7, 0],
      ['ok', 0, 7],
    ]);
  });

  it('lists articles newest first with a working cursor', async () => {
    const first = await api().inject({ method: 'GET', url: '/v1/articles?limit=4' });
    expect(first.statusCode).toBe(200);
    const page1 = first.json<{ items: { id: number }[]; nextCursor: string | null }>();
    expect(page1.items).toHaveLength(4);
    expect(page1.nextCursor).not.toBeNull();
    const second = await api().inject({
      method: 'GET',
      url: `/v1/articles?limit=4&cursor=${page1.nextCursor ?? ''}`,
    });
    const page2 = second.json<{ items: { id: number }[]; nextCursor: string | null }>();
    expect(page2.items).toHaveLength(3);
    expect(page2.nextCursor).toBeNull();
    const ids = [...page1.items, ...page2.items].map((a) => a.id);
    expect(new Set(ids).size).toBe(7);
    expect(ids).toEqual([...ids].sort((a, b) => b - a));
  });

  it('finds entities by alias and kind', async () => {
    const response = await api().inject({ method: 'GET', url: '/v1/entities?q=qwen3&kind=model' });
    expect(response.statusCode).toBe(200);
    const ids = response.json<{ items: { id: string }[] }>().items.map((e) => e.id);
    expect(ids).toContain('alibaba-qwen3');
  });

  it('answers user mistakes with a 4xx JSON body that says what to fix', async () => {
    const cases = [
      ['/v1/entities/no-such-model/timeline', 404],
      ['/v1/articles?limit=1000', 400],
      ['/v1/articles?cursor=abc', 400],
      ['/v1/articles?colour=red', 400],
      ['/v1/entities?kind=person', 400],
      ['/v1/nothing-here', 404],
    ] as const;
    for (const [url, status] of cases) {
      const response = await api().inject({ method: 'GET', url });
      expect({ url, status: response.statusCode }).toEqual({ url, status });
      const body = response.json<{ error: string; message: string }>();
      expect(typeof body.error).toBe('string');
      expect(body.message.length).toBeGreaterThan(10);
    }
  });

  it('reports health', async () => {
    const response = await api().inject({ method: 'GET', url: '/health' });
    expect(response.json()).toEqual({ status: 'ok' });
  });
});
