import type { FastifyInstance } from 'fastify';
import { buildApp } from '../api/app.js';
import { silentLogger } from '../core/logger.js';
import type { SourceConfig } from '../crawlers/sources/source-schema.js';
import { runCrawl } from '../jobs/run-crawl.js';
import { createApiKey } from '../store/api-keys.js';
import { testApiConfig } from './api-fixture.js';
import { createTestDatabase, fixtureSource, testCrawlSettings, type TestDatabase } from './helpers.js';
import { articleHtml, rss, startLoopbackServer, type LoopbackServer } from './loopback-server.js';

/** Pages of our own writing: [title, body, publication time]. */
const PAGES: Record<string, [string, string, string]> = {
  // An unknown model released by a tracked company, named once with a model word ("Sprachmodell").
  '/a/falcon-release.html': [
    'Mistral AI bringt Falcon-9 Mini',
    'Mistral AI hat am Dienstag sein neues Sprachmodell Falcon-9 Mini veröffentlicht. ' +
      'Das Unternehmen aus Paris will damit Kunden erreichen, die Rechenzeit sparen möchten. ' +
      'Zum Preis für Firmenkunden machte die Firma zunächst keine Angaben.',
    '2026-03-03T08:00:00Z',
  ],
  // A later report that names only "Falcon-9 Mini", without any word that would let discovery find it.
  '/a/falcon-delay.html': [
    'Falcon-9 Mini comes later to Europe',
    'The European launch of Falcon-9 Mini has been pushed back by two weeks. ' +
      'Customers in Germany and France were told to expect access at the end of the month. ' +
      'No reason was given for the change of plans.',
    '2026-03-10T08:00:00Z',
  ],
  // A version of a known family ("Magistral") that the knowledge base does not list.
  '/a/magistral-release.html': [
    'Magistral 2 ist da',
    'Mistral AI hat am Mittwoch Magistral 2 veröffentlicht. ' +
      'Das Reasoning-Modell folgt auf Magistral Medium und soll Aufgaben in mehreren Schritten lösen. ' +
      'Entwickler können es ab sofort über die Plattform des Unternehmens nutzen.',
    '2026-03-11T08:00:00Z',
  ],
};

/** Published after the merge in the last test: names the merged candidate only. */
const LATER_PAGE: [string, string, string] = [
  'Magistral 2 in Zahlen',
  'Magistral 2 löst in einem Vergleich mehr Aufgaben als sein Vorgänger. ' +
    'Die Ergebnisse stammen aus Tests einer Hochschule in Lyon. ' +
    'Weitere Messungen sollen im Sommer folgen.',
  '2026-03-20T08:00:00Z',
];

interface EntityBody {
  id: string;
  candidate: boolean;
  developer: string | null;
  family: string | null;
  mentions: number;
  events: number;
  aliases: string[];
  mergedFrom: string[];
}

/**
 * The open world end to end: pages about names the curated knowledge base does not know are crawled over
 * loopback into a real SQLite database; the names become candidate entities that later articles link to,
 * and editors promote or merge them through the API.
 */
describe('open world: candidates from crawl to editor', () => {
  let store: TestDatabase;
  let server: LoopbackServer;
  let source: SourceConfig;
  let app: FastifyInstance;
  let key: string;
  const published = Object.keys(PAGES);

  const crawl = async () =>
    runCrawl({ db: store.db, log: silentLogger, settings: testCrawlSettings(), sources: [source] });
  const articleId = async (path: string) =>
    (await store.db.article.findUniqueOrThrow({ where: { url: `${server.baseUrl}${path}` } })).id;
  const mentionedIn = async (entityId: string) =>
    (await store.db.mention.findMany({ where: { entityId }, select: { articleId: true } }))
      .map((m) => m.articleId)
      .sort((a, b) => a - b);
  const auth = () => ({ authorization: `Bearer ${key}` });

  beforeAll(async () => {
    store = await createTestDatabase();
    server = await startLoopbackServer();
    const serve = (path: string, [title, body, time]: [string, string, string]) => {
      const head = `<meta property="article:published_time" content="${time}">`;
      server.route(path, (_q, res) => {
        res
          .writeHead(200, { 'content-type': 'text/html; charset=utf-8' })
          .end(articleHtml(title, body, head));
      });
    };
    for (const [path, page] of Object.entries(PAGES)) serve(path, page);
    serve('/a/magistral-later.html', LATER_PAGE);
    // The feed lists the pages in this order; a source is crawled one page at a time.
    server.route('/feed.xml', (_q, res) => {
      res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(rss(server.baseUrl, published));
    });
    source = fixtureSource(server.baseUrl);
    ({ key } = await createApiKey(store.db, 'open-world-editor'));
    app = buildApp({ db: store.db, log: silentLogger, config: testApiConfig() });
    await app.ready();
    const [summary] = await crawl();
    expect(summary).toMatchObject({ created: 3, failed: 0 });
  });
  afterAll(async () => {
    await app.close();
    await server.close();
    await store.close();
  });

  it('stores an unknown model named in a model context as a candidate with its surface form', async () => {
    const falcon = await store.db.entity.findUniqueOrThrow({
      where: { id: 'candidate-falcon-9-mini' },
      include: { aliases: true },
    });
    expect(falcon).toMatchObject({ candidate: true, kind: 'model', name: 'Falcon-9 Mini' });
    expect(falcon.aliases.map((a) => a.alias)).toContain('Falcon-9 Mini');
  });

  it('makes the candidate the subject of the release its first article reports', async () => {
    const release = await store.db.event.findFirst({
      where: { subjectId: 'candidate-falcon-9-mini', type: 'release' },
      include: { sources: true },
    });
    expect(release?.sources.map((s) => s.articleId)).toEqual([await articleId('/a/falcon-release.html')]);
  });

  it('records the tracked company that released the candidate as its developer', async () => {
    const falcon = await store.db.entity.findUniqueOrThrow({ where: { id: 'candidate-falcon-9-mini' } });
    expect(falcon.developerId).toBe('mistral-ai');
  });

  it('links a later article that names only the candidate to the same entity, within the same crawl', async () => {
    expect(await mentionedIn('candidate-falcon-9-mini')).toEqual([
      await articleId('/a/falcon-release.html'),
      await articleId('/a/falcon-delay.html'),
    ]);
    const delay = await store.db.event.findFirst({
      where: { subjectId: 'candidate-falcon-9-mini', type: 'delay' },
      include: { sources: true },
    });
    expect(delay?.sources.map((s) => s.articleId)).toEqual([await articleId('/a/falcon-delay.html')]);
    // Linked, not re-discovered: still the one candidate, not promoted by the second report.
    const falcon = await store.db.entity.findUniqueOrThrow({ where: { id: 'candidate-falcon-9-mini' } });
    expect([falcon.candidate, falcon.mentionCount]).toEqual([true, 2]);
    expect(await store.db.entity.count({ where: { name: { contains: 'Falcon-9' } } })).toBe(1);
  });

  it('stores an unknown version of a known family as a candidate linked to its family', async () => {
    const magistral = await store.db.entity.findUniqueOrThrow({ where: { id: 'candidate-magistral-2' } });
    expect(magistral).toMatchObject({
      candidate: true,
      kind: 'model',
      developerId: 'mistral-ai',
      family: 'mistral-magistral',
    });
    const release = await store.db.event.count({
      where: { subjectId: 'candidate-magistral-2', type: 'release' },
    });
    expect(release).toBe(1);
  });

  it('lists candidates with ?candidate=true, curated entities with ?candidate=false, and rejects other values', async () => {
    const ids = async (query: string) =>
      (await app.inject({ method: 'GET', url: `/v1/entities?limit=500&${query}` })).json<{
        items: { id: string; candidate: boolean }[];
      }>().items;
    const candidates = await ids('candidate=true');
    expect(candidates.map((e) => e.id).sort()).toEqual(['candidate-falcon-9-mini', 'candidate-magistral-2']);
    const curated = await ids('candidate=false&q=mistral');
    expect(curated.length).toBeGreaterThan(0);
    expect(curated.every((e) => !e.candidate)).toBe(true);
    expect((await ids('q=falcon-9')).map((e) => e.id)).toEqual(['candidate-falcon-9-mini']);
    const bad = await app.inject({ method: 'GET', url: '/v1/entities?candidate=maybe' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json()).toMatchObject({
      error: 'bad_request',
      details: [expect.objectContaining({ in: 'querystring', field: 'candidate' })],
    });
  });

  it('lets an editor promote a candidate: curated under its id, with its mentions and events', async () => {
    const url = '/v1/entities/candidate-falcon-9-mini/promote';
    expect((await app.inject({ method: 'POST', url })).statusCode).toBe(401);
    const unknown = await app.inject({
      method: 'POST',
      url: '/v1/entities/no-such/promote',
      headers: auth(),
    });
    expect([unknown.statusCode, unknown.json<{ error: string }>().error]).toEqual([404, 'not_found']);
    const promoted = await app.inject({ method: 'POST', url, headers: auth() });
    expect(promoted.statusCode).toBe(200);
    expect(promoted.json<EntityBody>()).toMatchObject({
      id: 'candidate-falcon-9-mini',
      candidate: false,
      mentions: 2,
    });
    expect(promoted.json<EntityBody>().events).toBeGreaterThanOrEqual(1);
    // Promoting again changes nothing.
    const again = await app.inject({ method: 'POST', url, headers: auth() });
    expect([again.statusCode, again.json<EntityBody>().candidate]).toEqual([200, false]);
    const listed = await app.inject({ method: 'GET', url: '/v1/entities?candidate=true' });
    expect(listed.json<{ items: { id: string }[] }>().items.map((e) => e.id)).toEqual([
      'candidate-magistral-2',
    ]);
  });

  it('lets an editor merge a candidate into a curated entity: its events, mentions and name move there', async () => {
    const releaseArticle = await articleId('/a/magistral-release.html');
    const created = await app.inject({
      method: 'POST',
      url: '/v1/entities',
      headers: auth(),
      payload: { id: 'mistral-magistral-2', kind: 'model', name: 'Magistral Two', developer: 'mistral-ai' },
    });
    expect(created.statusCode).toBe(201);
    const merged = await app.inject({
      method: 'POST',
      url: '/v1/entities/candidate-magistral-2/merge',
      headers: auth(),
      payload: { into: 'mistral-magistral-2' },
    });
    expect(merged.statusCode).toBe(200);
    expect(merged.json<EntityBody>()).toMatchObject({
      id: 'mistral-magistral-2',
      candidate: false,
      mentions: 1,
      events: 1,
      mergedFrom: ['candidate-magistral-2'],
    });
    expect(merged.json<EntityBody>().aliases).toContain('Magistral 2');
    expect(await store.db.event.count({ where: { subjectId: 'candidate-magistral-2' } })).toBe(0);
    const timeline = await app.inject({ method: 'GET', url: '/v1/entities/candidate-magistral-2/timeline' });
    const body = timeline.json<{
      entity: { id: string };
      events: { type: string; sources: { articleId: number }[] }[];
    }>();
    expect(body.entity.id).toBe('mistral-magistral-2');
    expect(body.events.map((e) => [e.type, e.sources.map((s) => s.articleId)])).toEqual([
      ['release', [releaseArticle]],
    ]);
    expect(await mentionedIn('mistral-magistral-2')).toEqual([releaseArticle]);
    const list = await app.inject({ method: 'GET', url: '/v1/entities?candidate=true' });
    expect(list.json<{ items: unknown[] }>().items).toEqual([]);
    // The merged id is a pointer now: promote its target instead.
    const promote = await app.inject({
      method: 'POST',
      url: '/v1/entities/candidate-magistral-2/promote',
      headers: auth(),
    });
    expect(promote.statusCode).toBe(409);
    expect(promote.json()).toMatchObject({
      error: 'conflict',
      details: { mergedInto: 'mistral-magistral-2' },
    });
  });

  it("links the merged candidate's name to the curated entity in the next crawl", async () => {
    published.push('/a/magistral-later.html');
    const [summary] = await crawl();
    expect(summary).toMatchObject({ created: 1, failed: 0 });
    const later = await articleId('/a/magistral-later.html');
    expect(await mentionedIn('mistral-magistral-2')).toContain(later);
    expect(await mentionedIn('candidate-magistral-2')).toEqual([]);
    const merged = await store.db.entity.findUniqueOrThrow({
      where: { id: 'candidate-magistral-2' },
      include: { aliases: true },
    });
    expect([merged.mergedIntoId, merged.aliases]).toEqual(['mistral-magistral-2', []]);
  });
});
