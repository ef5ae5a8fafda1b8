import { createApiFixture, type ApiFixture } from './api-fixture.js';
import { describeInPostgresRun } from './describe-with-postgres.js';

/** An answer as a test compares it: status and body. */
interface Answer {
  status: number;
  body: unknown;
}

/**
 * Timestamps of this run (fetch and crawl times) and the demo site's loopback port differ between two
 * crawls of the same site: they read as placeholders, every other value must be equal.
 */
function withoutRunDetails(value: unknown, since: number): unknown {
  if (typeof value === 'string' && /^\d{4}-\d\d-\d\dT/.test(value) && Date.parse(value) >= since)
    return '<this run>';
  if (typeof value === 'string')
    return value.replace(/^http:\/\/127\.0\.0\.1:\d+\//, 'http://127.0.0.1:<port>/');
  if (Array.isArray(value)) return value.map((item) => withoutRunDetails(item, since));
  if (value !== null && typeof value === 'object')
    return Object.fromEntries(
      Object.entries(value).map(([key, item]) => [key, withoutRunDetails(item, since)]),
    );
  return value;
}

async function answer(fixture: ApiFixture, url: string, since: number): Promise<Answer> {
  const response = await fixture.app.inject({ method: 'GET', url });
  return { status: response.statusCode, body: withoutRunDetails(response.json(), since) };
}

describeInPostgresRun('the API on PostgreSQL answers as on SQLite', () => {
  let sqlite: ApiFixture;
  let postgres: ApiFixture;
  const since = Date.now();
  beforeAll(async () => {
    sqlite = await createApiFixture('sqlite');
    postgres = await createApiFixture('postgres');
  }, 120_000);
  afterAll(async () => {
    await sqlite.close();
    await postgres.close();
  });

  /** Both answers to `url`, after checking the SQLite one has `status`. */
  const both = async (url: string, status = 200) => {
    const expected = await answer(sqlite, url, since);
    expect({ url, status: expected.status }).toEqual({ url, status });
    return { expected, actual: await answer(postgres, url, since) };
  };

  /** Every page of a paged list, following nextCursor (the cursors must agree too). */
  const pages = async (fixture: ApiFixture, url: string) => {
    const bodies: unknown[] = [];
    let cursor: string | null = null;
    do {
      const page = await answer(fixture, cursor === null ? url : `${url}&cursor=${cursor}`, since);
      bodies.push(page);
      cursor = (page.body as { nextCursor?: string | null }).nextCursor ?? null;
    } while (cursor !== null && bodies.length < 50);
    return bodies;
  };

  it('answers the entity, timeline, event and release routes as SQLite does', async () => {
    const releases = await both('/v1/releases');
    const tracked = (releases.expected.body as { items: { entity: { id: string } }[] }).items;
    expect(tracked.length).toBeGreaterThan(1);
    const events = (await both('/v1/events?limit=200')).expected.body as { items: { id: number }[] };
    expect(events.items.length).toBeGreaterThan(3);
    const entity = tracked[0]?.entity.id ?? '';
    const urls = [
      '/v1/releases',
      '/v1/releases?status=delayed',
      '/v1/releases?kind=chip',
      `/v1/releases/${entity}`,
      '/v1/entities',
      '/v1/entities?q=deep',
      '/v1/entities?kind=model&candidate=false&limit=3',
      `/v1/entities/${entity}`,
      `/v1/entities/${entity}/timeline`,
      `/v1/entities/${entity}/timeline?order=desc&lang=de`,
      `/v1/entities/${entity}/timeline?type=delay,plan&from=2025-01-01&minSources=1`,
      '/v1/events?limit=200',
      '/v1/events?order=asc&lang=en',
      `/v1/events?entity=${entity}&to=2030-01-01`,
      '/v1/events?type=delay',
      '/v1/events?type=release,delay,plan&order=asc',
      `/v1/entities/${entity}/timeline?type=release`,
      ...events.items.slice(0, 5).map((event) => `/v1/events/${event.id}`),
      '/v1/articles',
      `/v1/articles?entity=${entity}`,
      '/v1/articles/1',
      '/v1/articles/2',
    ];
    for (const url of urls) {
      const { expected, actual } = await both(url);
      expect({ url, ...actual }).toEqual({ url, ...expected });
    }
    for (const id of tracked.map((t) => t.entity.id))
      expect(await pages(postgres, `/v1/entities/${id}/timeline?limit=2`)).toEqual(
        await pages(sqlite, `/v1/entities/${id}/timeline?limit=2`),
      );
    expect(await pages(postgres, '/v1/events?limit=3')).toEqual(await pages(sqlite, '/v1/events?limit=3'));
    expect(await pages(postgres, '/v1/entities?limit=7')).toEqual(
      await pages(sqlite, '/v1/entities?limit=7'),
    );
  });

  it('answers the source and crawl-run routes and their writes as SQLite does', async () => {
    for (const url of ['/v1/sources', '/v1/crawl-runs?source=demo-news', '/v1/crawl-runs?status=ok']) {
      const { expected, actual } = await both(url);
      expect({ url, ...actual }).toEqual({ url, ...expected });
    }
    const patch = async (fixture: ApiFixture) => {
      const response = await fixture.app.inject({
        method: 'PATCH',
        url: '/v1/sources/demo-news',
        headers: { authorization: `Bearer ${fixture.key}` },
        payload: { enabled: false, intervalMinutes: 90 },
      });
      return { status: response.statusCode, body: withoutRunDetails(response.json(), since) };
    };
    const patched = await patch(sqlite);
    expect(patched.status).toBe(200);
    expect(await patch(postgres)).toEqual(patched);
    const { expected, actual } = await both('/v1/sources');
    expect(actual).toEqual(expected);
  });

  it('forgets a memoised event view when another connection changes the event (LISTEN/NOTIFY)', async () => {
    const url = '/v1/events/1';
    const reasonOf = async () =>
      (await postgres.app.inject({ method: 'GET', url })).json<{ reason: string | null }>().reason;
    const before = await reasonOf();
    expect(await reasonOf()).toBe(before);
    await postgres.store.db.event.update({ where: { id: 1 }, data: { reason: 'changed by an editor' } });
    // The announcement arrives a moment after the commit: wait for it (a hang guard, not a timed assertion).
    let after = await reasonOf();
    for (let tries = 0; after !== 'changed by an editor' && tries < 500; tries++) {
      await new Promise((resolve) => setTimeout(resolve, 10));
      after = await reasonOf();
    }
    expect(after).toBe('changed by an editor');
    await postgres.store.db.event.update({ where: { id: 1 }, data: { reason: before } });
  });

  it('answers bad input and unknown ids with the same 4xx', async () => {
    for (const [url, status] of [
      ['/v1/entities/no-such-entity', 404],
      ['/v1/entities/no-such-entity/timeline', 404],
      ['/v1/events/999999', 404],
      ['/v1/releases/no-such-entity', 404],
      ['/v1/events?entity=no-such-entity', 400],
      ['/v1/articles?source=no-such-source', 400],
      ['/v1/events?cursor=not-a-cursor', 400],
    ] as const) {
      const { expected, actual } = await both(url, status);
      expect({ url, ...actual }).toEqual({ url, ...expected });
    }
  });

  /** A search answer without what depends on the ranking function (BM25 on SQLite, ts_rank_cd here). */
  const unranked = (body: unknown) => {
    const rest = { ...(body as { explain?: unknown; items: { score?: number }[] }) };
    delete rest.explain;
    return { ...rest, items: rest.items.map((item) => ({ ...item, score: '<ranking>' })) };
  };

  it('searches as SQLite does: the same matches, facets, totals, snippets and pages', async () => {
    for (const query of [
      'q=R2',
      'q=Verz%C3%B6gerung',
      'q=H20%20-Aktie',
      'q=%22export%20licence%22',
      'q=training%20NEAR%2F5%20Huawei',
      'q=DeepSeek%20OR%20Qwen3&lang=de',
      'q=entity%3Adeepseek-r2%20type%3Adelay',
      'q=Nvidia&category=finance',
      'q=Nvidia&from=2025-08-01&to=2025-08-31',
    ]) {
      const url = `/v1/search?${query}&sort=date`;
      const { expected, actual } = await both(url);
      expect({ url, status: actual.status, body: unranked(actual.body) }).toEqual({
        url,
        status: 200,
        body: unranked(expected.body),
      });
    }
    const paged = async (fixture: ApiFixture) =>
      (await pages(fixture, '/v1/search?q=DeepSeek%20OR%20Nvidia%20OR%20Alibaba&limit=1')).map((page) =>
        ((page as Answer).body as { items: { articleId: string }[] }).items.map((item) => item.articleId),
      );
    const onPostgres = (await paged(postgres)).flat();
    expect(onPostgres.length).toBeGreaterThan(2);
    expect([...onPostgres].sort()).toEqual((await paged(sqlite)).flat().sort());
  });

  it('ranks a title match first on PostgreSQL too, and refuses a malformed query with the same 400', async () => {
    const ranked = (await answer(postgres, '/v1/search?q=Qwen3', since)).body as {
      items: { title: string }[];
    };
    expect(ranked.items[0]?.title).toMatch(/Qwen3/);
    for (const url of ['/v1/search?q=%22R2', '/v1/search?q=title%3AR2', '/v1/search?q=R2&cursor=bm90']) {
      const { expected, actual } = await both(url, 400);
      expect({ url, ...actual }).toEqual({ url, ...expected });
    }
  });

  it('saves a search on PostgreSQL after checking its query', async () => {
    const post = (payload: Record<string, unknown>) =>
      postgres.app.inject({
        method: 'POST',
        url: '/v1/saved-searches',
        headers: { authorization: `Bearer ${postgres.key}` },
        payload,
      });
    const saved = await post({ name: 'R2 delays', query: 'R2 Verzögerung', filters: { lang: 'de' } });
    expect(saved.statusCode).toBe(201);
    expect((await post({ name: 'broken', query: '(R2' })).statusCode).toBe(400);
    const list = await postgres.app.inject({ method: 'GET', url: '/v1/saved-searches' });
    expect(list.json<{ items: { name: string }[] }>().items.map((s) => s.name)).toEqual(['R2 delays']);
  });

  it('serves the metrics and health routes from PostgreSQL', async () => {
    expect((await postgres.app.inject({ method: 'GET', url: '/health' })).json()).toEqual({ status: 'ok' });
    const metrics = await postgres.app.inject({ method: 'GET', url: '/metrics' });
    const articles = /modelwatch_store_rows\{kind="articles"\} (\d+)/.exec(metrics.body)?.[1];
    const sqliteMetrics = await sqlite.app.inject({ method: 'GET', url: '/metrics' });
    expect(articles).toBe(/modelwatch_store_rows\{kind="articles"\} (\d+)/.exec(sqliteMetrics.body)?.[1]);
    expect(Number(articles)).toBeGreaterThan(0);
  });
});
