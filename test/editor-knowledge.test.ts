import { silentLogger } from '../core/logger.js';
import type { SourceConfig } from '../crawlers/sources/source-schema.js';
import { runCrawl } from '../jobs/run-crawl.js';
import { addAlias, createEntity, mergeEntities } from '../store/entity-admin.js';
import { createTestDatabase, fixtureSource, testCrawlSettings, type TestDatabase } from './helpers.js';
import { articleHtml, rss, startLoopbackServer, type LoopbackServer } from './loopback-server.js';

/**
 * What editors tell the API (a new entity, an alias, a merge) reaches the NLP of the next crawl: pages
 * of our own writing about names the curated knowledge base does not know.
 */
describe('crawls link what editors stored', () => {
  let store: TestDatabase;
  let server: LoopbackServer;
  let source: SourceConfig;

  beforeAll(async () => {
    store = await createTestDatabase();
    server = await startLoopbackServer();
    const pages: Record<string, [string, string]> = {
      '/a/1.html': [
        'Nordlicht 7 erscheint',
        'Das Osloer Start-up Fjordwerk hat am Dienstag sein neues KI-Modell Nordlicht 7 veröffentlicht. ' +
          'Nordlicht 7 steht ab sofort für Entwickler bereit. Die Firma beschäftigt nach eigenen Angaben vierzig ' +
          'Menschen und will im kommenden Jahr weitere Büros in Bergen und Trondheim eröffnen.',
      ],
      '/a/2.html': [
        'Alibaba zeigt Qianwen Drei',
        'Alibaba hat am Mittwoch das KI-Modell Qianwen Drei veröffentlicht. Qianwen Drei soll Texte auf Deutsch ' +
          'verstehen. Der Konzern aus Hangzhou stellt das Modell Kunden seiner Cloud zur Verfügung und nennt ' +
          'noch keine Preise für den Einsatz in Unternehmen.',
      ],
    };
    server.route('/feed.xml', (_q, res) => {
      res
        .writeHead(200, { 'content-type': 'application/rss+xml' })
        .end(rss(server.baseUrl, Object.keys(pages)));
    });
    for (const [path, [title, body]] of Object.entries(pages)) {
      server.route(path, (_q, res) => {
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(articleHtml(title, body));
      });
    }
    source = fixtureSource(server.baseUrl);
  });
  afterAll(async () => {
    await server.close();
    await store.close();
  });

  const mentioned = async (entityId: string) =>
    (await store.db.mention.findMany({ where: { entityId }, select: { articleId: true } })).length;

  it('links a new entity, an added alias and a merged entity from the next run on', async () => {
    await createEntity(store.db, { id: 'fjordwerk-nordlicht-7', kind: 'model', name: 'Nordlicht 7' });
    await createEntity(store.db, { id: 'qianwen-drei-dup', kind: 'model', name: 'Qianwen Drei' });
    await mergeEntities(store.db, 'qianwen-drei-dup', 'alibaba-qwen3');
    await addAlias(store.db, 'alibaba-qwen3', 'Qwen Drei');

    const [summary] = await runCrawl({
      db: store.db,
      log: silentLogger,
      settings: testCrawlSettings(),
      sources: [source],
    });
    expect(summary).toMatchObject({ created: 2, failed: 0 });

    expect(await mentioned('fjordwerk-nordlicht-7')).toBe(1);
    // "Qianwen Drei" was the merged entity's name: after the merge it is an alias of Qwen3.
    expect(await mentioned('alibaba-qwen3')).toBe(1);
    expect(await mentioned('qianwen-drei-dup')).toBe(0);
    const release = await store.db.event.findFirst({
      where: { subjectId: 'fjordwerk-nordlicht-7', type: 'release' },
    });
    expect(release).not.toBeNull();
  });
});
