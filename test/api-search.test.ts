import { createApiFixture, type ApiFixture } from './api-fixture.js';

interface Segment {
  text: string;
  match: boolean;
}
interface Hit {
  articleId: string;
  url: string;
  title: string;
  source: { id: string; name: string } | null;
  language: string;
  published: string | null;
  score: number;
  snippet: Segment[];
  entities: { id: string; name: string; kind: string }[];
  eventTypes: string[];
}
interface SearchBody {
  items: Hit[];
  facets: Record<string, { value: string; count: number; label?: string }[]>;
  total: number;
  nextCursor: string | null;
}

describe('GET /v1/search and saved searches over the crawled demo site', () => {
  let fx: ApiFixture;
  const search = async (query: string) => fx.app.inject({ method: 'GET', url: `/v1/search?${query}` });
  const keyed = () => ({ authorization: `Bearer ${fx.key}` });

  beforeAll(async () => {
    fx = await createApiFixture();
  });
  afterAll(async () => {
    await fx.close();
  });

  it('finds "R2 Verzögerung" in German and English reports, with snippets, entities and facets', async () => {
    const res = await search(`q=${encodeURIComponent('R2 Verzögerung')}`);
    expect(res.statusCode).toBe(200);
    const body = res.json<SearchBody>();
    expect(body.total).toBeGreaterThanOrEqual(1);
    const [first] = body.items;
    expect(first?.entities.map((e) => e.id)).toContain('deepseek-r2');
    expect(first?.snippet.some((s) => s.match)).toBe(true);
    expect(first?.source?.id).toBe('demo-news');
    expect(Object.keys(body.facets).sort()).toEqual([
      'category',
      'entity',
      'kind',
      'language',
      'source',
      'type',
    ]);
    expect(body.facets.entity?.find((f) => f.value === 'deepseek-r2')?.label).toBe('DeepSeek-R2');
  });

  it('finds English and German articles for one query, and narrows by facet filters', async () => {
    const all = (await search('q=R2')).json<SearchBody>();
    expect(new Set(all.items.map((i) => i.language))).toEqual(new Set(['de', 'en']));
    const german = (await search('q=R2&lang=de')).json<SearchBody>();
    expect(german.items.every((i) => i.language === 'de')).toBe(true);
    expect(german.total).toBe(all.facets.language?.find((f) => f.value === 'de')?.count);
    const delays = (await search('q=R2&type=delay&sort=date')).json<SearchBody>();
    expect(delays.items.every((i) => i.eventTypes.includes('delay'))).toBe(true);
  });

  it('pages by cursor through every match once', async () => {
    const seen: string[] = [];
    let url = 'q=DeepSeek&limit=1';
    for (let page = 0; page < 20; page++) {
      const body = (await search(url)).json<SearchBody>();
      seen.push(...body.items.map((i) => i.articleId));
      if (!body.nextCursor) break;
      url = `q=DeepSeek&limit=1&cursor=${body.nextCursor}`;
    }
    const total = (await search('q=DeepSeek')).json<SearchBody>().total;
    expect(seen).toHaveLength(total);
    expect(new Set(seen).size).toBe(total);
  });

  it.each([
    ['', 'q'],
    [`q=${encodeURIComponent('"R2')}`, 'closing quote'],
    [`q=${encodeURIComponent('R2 OR')}`, 'OR needs a term'],
    ['q=R2&entity=no-such-entity', 'unknown entity'],
    ['q=R2&sort=best', 'sort'],
    ['q=R2&cursor=abc', 'invalid cursor'],
  ])('%j answers 400 with a message that says what to fix', async (query, message) => {
    const res = await search(query);
    expect(res.statusCode).toBe(400);
    const body = res.json<{ error: string; message: string }>();
    expect(body.error).toBe('bad_request');
    expect(body.message).toContain(message);
  });

  it.each([`'; DROP TABLE Article; --`, 'R2" OR 1=1 --', 'NEAR(', '*', '{title body}: R2', '\u0000'])(
    'a hostile query %j never answers 5xx',
    async (q) => {
      const res = await search(`q=${encodeURIComponent(q)}`);
      expect([200, 400]).toContain(res.statusCode);
    },
  );

  it('stores, lists and deletes saved searches with a key', async () => {
    const body = { name: 'R2 delays', query: 'R2 Verzögerung', filters: { lang: 'de', sort: 'date' } };
    const anonymous = await fx.app.inject({ method: 'POST', url: '/v1/saved-searches', payload: body });
    expect(anonymous.statusCode).toBe(401);
    const created = await fx.app.inject({
      method: 'POST',
      url: '/v1/saved-searches',
      payload: body,
      headers: keyed(),
    });
    expect(created.statusCode).toBe(201);
    const saved = created.json<{
      id: number;
      name: string;
      filters: Record<string, string>;
      createdBy: string;
    }>();
    expect(saved).toMatchObject({
      name: 'R2 delays',
      filters: { lang: 'de', sort: 'date' },
      createdBy: 'test-editor',
    });
    const again = await fx.app.inject({
      method: 'POST',
      url: '/v1/saved-searches',
      payload: body,
      headers: keyed(),
    });
    expect(again.statusCode).toBe(409);
    const list = (await fx.app.inject({ method: 'GET', url: '/v1/saved-searches' })).json<{
      items: { id: number }[];
    }>();
    expect(list.items.map((i) => i.id)).toEqual([saved.id]);
    const removed = await fx.app.inject({
      method: 'DELETE',
      url: `/v1/saved-searches/${String(saved.id)}`,
      headers: keyed(),
    });
    expect(removed.statusCode).toBe(204);
    const gone = await fx.app.inject({
      method: 'DELETE',
      url: `/v1/saved-searches/${String(saved.id)}`,
      headers: keyed(),
    });
    expect(gone.statusCode).toBe(404);
  });

  it('refuses to save a malformed query or filter', async () => {
    for (const payload of [
      { name: 'broken', query: '(R2' },
      { name: 'broken', query: 'R2', filters: { kind: 'person' } },
      { name: 'broken', query: 'R2', filters: { entity: 'no-such-entity' } },
    ]) {
      const res = await fx.app.inject({
        method: 'POST',
        url: '/v1/saved-searches',
        payload,
        headers: keyed(),
      });
      expect({ payload, status: res.statusCode }).toEqual({ payload, status: 400 });
    }
  });
});
