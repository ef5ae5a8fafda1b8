import type { FetchedPage } from '../crawlers/fetch/crawl-source.js';
import type { SourceConfig } from '../crawlers/sources/source-schema.js';
import { createKnowledgeBase, defaultKnowledgeBase } from '../nlp/knowledge-base.js';
import { preparePage } from './ingest-page.js';
import { createPagePool, type PagePool } from './page-pool.js';

const source: SourceConfig = {
  id: 'pool-test',
  name: 'Pool Test News',
  language: 'en',
  category: 'tech',
  homepage: 'http://127.0.0.1/',
  feeds: [],
  sitemaps: [],
  sections: [],
  intervalMinutes: 60,
  enabled: true,
};

function page(body: string): FetchedPage {
  const html = `<!doctype html><html lang="en"><head><title>Test story</title>
<meta property="article:published_time" content="2025-03-04T08:00:00Z"></head>
<body><main><article><h1>Test story</h1>${body}</article></main></body></html>`;
  return {
    url: 'http://127.0.0.1/news/1.html',
    loadedUrl: 'http://127.0.0.1/news/1.html',
    status: 200,
    contentType: 'text/html',
    html,
    etag: null,
    lastModified: null,
    feedItem: { title: null, publishedAt: null },
  };
}

const story = page(
  '<p>DeepSeek has delayed the launch of DeepSeek-R2 because of unstable training runs, two engineers said on Tuesday.</p>' +
    '<p>The company now plans to release the model in June, after further tests on Huawei Ascend 910C chips.</p>',
);

/** What a prepared page stores, without the stage timestamps (which differ by thread and run). */
function stored(prepared: ReturnType<typeof preparePage>) {
  return prepared.status === 'ready'
    ? { record: prepared.record, analysis: prepared.analysis, searchText: prepared.searchText }
    : prepared;
}

describe('page pool', () => {
  let pool: PagePool;
  beforeAll(() => {
    pool = createPagePool(1);
  });
  afterAll(async () => {
    await pool.close();
  });

  it('prepares a page on a worker thread exactly as the crawl thread does', async () => {
    const inThread = preparePage(source, story, defaultKnowledgeBase);
    const onWorker = await pool.prepare(source, story, defaultKnowledgeBase);
    expect(onWorker.status).toBe('ready');
    expect(stored(onWorker)).toEqual(stored(inThread));
    if (onWorker.status === 'ready')
      expect(onWorker.analysis.entities.map((e) => e.id)).toContain('deepseek-r2');
  });

  it('links with the knowledge base it is given, sent along when it changes', async () => {
    const withoutDeepSeek = createKnowledgeBase(
      defaultKnowledgeBase.entries.filter((e) => !e.id.startsWith('deepseek')),
    );
    const curated = (p: Awaited<ReturnType<PagePool['prepare']>>) =>
      p.status === 'ready' ? p.analysis.entities.filter((e) => e.candidate !== true).map((e) => e.id) : [];
    expect(curated(await pool.prepare(source, story, withoutDeepSeek))).not.toContain('deepseek-r2');
    expect(curated(await pool.prepare(source, story, defaultKnowledgeBase))).toContain('deepseek-r2');
  });

  it('skips a page without article text, with the reason', async () => {
    const empty = page('');
    await expect(pool.prepare(source, empty, defaultKnowledgeBase)).resolves.toEqual({
      status: 'skipped',
      reason: 'no article text found',
    });
  });
});
