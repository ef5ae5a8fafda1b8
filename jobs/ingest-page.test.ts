import type { FetchedPage } from '../crawlers/fetch/crawl-source.js';
import type { SourceConfig } from '../crawlers/sources/source-schema.js';
import { defaultKnowledgeBase } from '../nlp/knowledge-base.js';
import { rebuildSearchIndex } from '../store/search/reindex.js';
import { fetchRecordSql, upsertSources } from '../store/crawl-state.js';
import { createTestDatabase, type TestDatabase } from '../test/helpers.js';
import { ingestPage, preparePage } from './ingest-page.js';

const source: SourceConfig = {
  id: 'ingest-test',
  name: 'Ingest Test News',
  language: 'de',
  category: 'tech',
  homepage: 'http://127.0.0.1/',
  feeds: [],
  sitemaps: [],
  sections: [],
  intervalMinutes: 60,
  enabled: true,
};

const page: FetchedPage = {
  url: 'http://127.0.0.1/news/r2.html',
  loadedUrl: 'http://127.0.0.1/news/r2.html',
  status: 200,
  contentType: 'text/html',
  html: `<!doctype html><html lang="de"><head><title>DeepSeek verschiebt R2</title>
<meta property="article:published_time" content="2025-08-14T08:00:00Z"></head>
<body><main><article><h1>DeepSeek verschiebt R2</h1>
<p>Der chinesische KI-Entwickler DeepSeek hat den Start seines Sprachmodells R2 verschoben, berichten zwei Entwickler.</p>
<p>Die Trainingsläufe auf den Ascend-Prozessoren von Huawei liefen nicht stabil; nun rechnet das Unternehmen mit Juni.</p>
</article></main></body></html>`,
  etag: null,
  lastModified: null,
  feedItem: { title: null, publishedAt: null },
};

describe('ingestPage', () => {
  let store: TestDatabase;
  beforeAll(async () => {
    store = await createTestDatabase();
    await upsertSources(store.db, [source]);
  });
  afterAll(async () => {
    await store.close();
  });

  it('stores the search document the CPU stage tokenised, the same one a reindex writes', async () => {
    const prepared = preparePage(source, page, defaultKnowledgeBase);
    expect(prepared.status).toBe('ready');
    const saved = await ingestPage(store.db, source, page);
    expect(saved.status).toBe('new');
    const read = () => store.db.searchDocument.findMany({ orderBy: { articleId: 'asc' } });
    const written = await read();
    expect(written).toHaveLength(1);
    if (prepared.status === 'ready') expect(written[0]).toMatchObject(prepared.searchText);
    expect(written[0]?.body).toContain('deepseek');
    await rebuildSearchIndex(store.db);
    expect(await read()).toEqual(written);
  });

  it("commits the caller's fetch record with the article, and alone for a skipped page", async () => {
    const fetched = (url: string) => [fetchRecordSql(source.id, url, { status: 200, etag: `"${url}"` })];
    const moved = { ...page, url: 'http://127.0.0.1/news/r2-moved.html' };
    await ingestPage(store.db, source, moved, undefined, { alsoWrite: fetched(moved.url) });
    const empty = { ...page, url: 'http://127.0.0.1/news/empty.html', html: '<html><body></body></html>' };
    const skipped = await ingestPage(store.db, source, empty, undefined, { alsoWrite: fetched(empty.url) });
    expect(skipped.status).toBe('skipped');
    const states = await store.db.urlState.findMany({
      where: { sourceId: source.id },
      orderBy: { url: 'asc' },
    });
    expect(states.map((s) => [s.url, s.etag, s.lastStatus])).toEqual([
      [empty.url, `"${empty.url}"`, 200],
      [moved.url, `"${moved.url}"`, 200],
    ]);
  });
});
