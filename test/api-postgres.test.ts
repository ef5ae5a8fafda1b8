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

  it('says with a 501 that search is not built on PostgreSQL, where SQLite searches', async () => {
    expect((await answer(sqlite, '/v1/search?q=R2', since)).status).toBe(200);
    const search = await answer(postgres, '/v1/search?q=R2', since);
    expect(search.status).toBe(501);
    expect(search.body).toMatchObject({
      error: 'not_implemented',
      message: expect.stringContaining('not built for PostgreSQL') as unknown,
    });
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
