import zlib from 'node:zlib';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../api/app.js';
import { silentLogger } from '../core/logger.js';
import { createApiKey } from '../store/api-keys.js';
import { createApiFixture, DEMO_BASE, testApiConfig, type ApiFixture } from './api-fixture.js';

interface Source {
  url: string;
  language: string | null;
  evidence: string;
  source: string | null;
  reportedAt: string;
}
interface EventJson {
  id: number;
  type: string;
  subject: { id: string };
  sourceCount: number;
  languages: string[];
  firstReportedAt: string;
  sources: Source[];
}
interface Page<T> {
  items: T[];
  nextCursor: string | null;
}
interface Timeline {
  entity: { id: string };
  events: EventJson[];
  nextCursor: string | null;
}
interface Release {
  entity: { id: string };
  status: string;
  history: {
    status: string;
    eventType: string;
    date: { value: string } | null;
    reason: string | null;
    sources: Source[];
  }[];
}

const R2_DE = `${DEMO_BASE}/tech/deepseek-r2-verschoben.html`;
const R2_EN = `${DEMO_BASE}/en/tech/deepseek-r2-delayed-ascend-training.html`;
const R2_PLAN = `${DEMO_BASE}/tech/deepseek-r2-mai-plan.html`;

describe('API v1 on a database filled by the real pipeline', () => {
  let fx: ApiFixture;
  let app: FastifyInstance;
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-type-parameters -- the caller names the body shape
  const get = async <T>(url: string, headers: Record<string, string> = {}) => {
    const response = await app.inject({ method: 'GET', url, headers });
    return { status: response.statusCode, body: response.json<T>(), headers: response.headers };
  };

  beforeAll(async () => {
    fx = await createApiFixture();
    app = fx.app;
  });
  afterAll(async () => {
    await fx.close();
  });

  describe('timeline and release tracker (the R2 delay)', () => {
    it('shows the R2 delay on /v1/entities/deepseek-r2/timeline as one event with its German and English sources', async () => {
      const { status, body } = await get<Timeline>('/v1/entities/deepseek-r2/timeline');
      expect(status).toBe(200);
      const delays = body.events.filter((e) => e.type === 'delay');
      expect(delays).toHaveLength(1);
      expect(delays[0]).toMatchObject({ sourceCount: 2, languages: ['de', 'en'] });
      expect(delays[0]?.sources.map((s) => [s.url, s.language, s.source])).toEqual([
        [R2_DE, 'de', 'demo-news'],
        [R2_EN, 'en', 'demo-news'],
      ]);
      expect(delays[0]?.sources.every((s) => s.evidence.length > 10)).toBe(true);
      const times = body.events.map((e) => e.firstReportedAt);
      expect(times).toEqual([...times].sort());
    });

    it('filters the timeline by type, language, sources and dates, and pages through it without gaps', async () => {
      const onlyDelays = await get<Timeline>('/v1/entities/deepseek-r2/timeline?type=delay');
      expect(onlyDelays.body.events.map((e) => e.type)).toEqual(['delay']);
      const all0 = await get<Timeline>('/v1/entities/deepseek-r2/timeline');
      const twoSources = await get<Timeline>('/v1/entities/deepseek-r2/timeline?minSources=2');
      expect(twoSources.body.events.length).toBeGreaterThan(0);
      expect(twoSources.body.events.every((e) => e.sourceCount >= 2)).toBe(true);
      expect(twoSources.body.events.length).toBeLessThan(all0.body.events.length);
      const english = await get<Timeline>('/v1/entities/deepseek-r2/timeline?lang=en');
      expect(english.body.events.length).toBeGreaterThan(0);
      expect(english.body.events.every((e) => e.languages.includes('en'))).toBe(true);
      const august = await get<Timeline>('/v1/entities/deepseek-r2/timeline?from=2025-08-01&to=2025-08-14');
      expect(august.body.events.length).toBeGreaterThan(0);
      expect(
        august.body.events.every(
          (e) => e.firstReportedAt >= '2025-08-01' && e.firstReportedAt < '2025-08-15',
        ),
      ).toBe(true);
      const all = await get<Timeline>('/v1/entities/deepseek-r2/timeline');
      const seen: number[] = [];
      let cursor: string | null = null;
      do {
        const url: string = `/v1/entities/deepseek-r2/timeline?limit=1${cursor ? `&cursor=${cursor}` : ''}`;
        const page = await get<Timeline>(url);
        expect(page.body.events.length).toBeLessThanOrEqual(1);
        seen.push(...page.body.events.map((e) => e.id));
        cursor = page.body.nextCursor;
      } while (cursor);
      expect(seen).toEqual(all.body.events.map((e) => e.id));
      const newestFirst = await get<Timeline>('/v1/entities/deepseek-r2/timeline?order=desc');
      expect(newestFirst.body.events.map((e) => e.id)).toEqual([...seen].reverse());
    });

    it('lists R2 under /v1/releases?status=delayed with the May plan and the delay, each with sources', async () => {
      const { status, body } = await get<Page<Release>>('/v1/releases?status=delayed');
      expect(status).toBe(200);
      expect(body.items.length).toBeGreaterThan(0);
      expect(body.items.every((r) => r.status === 'delayed')).toBe(true);
      const r2 = body.items.find((r) => r.entity.id === 'deepseek-r2');
      expect(r2).toBeDefined();
      const planned = r2?.history.find((s) => s.status === 'planned');
      expect(planned?.date?.value).toMatch(/-05$/);
      expect(planned?.sources.map((s) => s.url)).toEqual([R2_PLAN]);
      const delayed = r2?.history.find((s) => s.status === 'delayed');
      expect(delayed?.reason).toMatch(/huawei/i);
      expect(delayed?.sources.map((s) => s.url).sort()).toEqual([R2_EN, R2_DE].sort());
      const one = await get<Release>('/v1/releases/deepseek-r2');
      expect(one.body.status).toBe('delayed');
      const released = await get<Page<Release>>('/v1/releases?status=released&kind=model');
      expect(released.body.items.map((r) => r.entity.id)).toContain('alibaba-qwen3');
    });
  });

  describe('events, entities, articles, sources', () => {
    it('lists events newest first and shows one event with all its sources', async () => {
      const list = await get<Page<EventJson>>('/v1/events?type=delay,export_control&limit=200');
      expect(list.status).toBe(200);
      expect(new Set(list.body.items.map((e) => e.type))).toEqual(new Set(['delay', 'export_control']));
      const times = list.body.items.map((e) => e.firstReportedAt);
      expect(times).toEqual([...times].sort().reverse());
      const delay = list.body.items.find((e) => e.subject.id === 'deepseek-r2' && e.type === 'delay');
      const one = await get<EventJson>(`/v1/events/${delay?.id ?? 0}`);
      expect(one.body.sources).toHaveLength(2);
      const bySubject = await get<Page<EventJson>>('/v1/events?subject=deepseek-r2');
      expect(bySubject.body.items.length).toBeGreaterThan(0);
      expect(bySubject.body.items.every((e) => e.subject.id === 'deepseek-r2')).toBe(true);
      const first = await get<Page<EventJson>>('/v1/events?limit=2');
      const second = await get<Page<EventJson>>(`/v1/events?limit=2&cursor=${first.body.nextCursor ?? ''}`);
      const ids = [...first.body.items, ...second.body.items].map((e) => e.id);
      expect(new Set(ids).size).toBe(4);
    });

    it('searches entities by alias and kind and shows one entity with its aliases', async () => {
      const search = await get<Page<{ id: string }>>('/v1/entities?q=r2&kind=model');
      expect(search.body.items.map((e) => e.id)).toContain('deepseek-r2');
      const models = await get<Page<{ kind: string }>>('/v1/entities?kind=chip&limit=500');
      expect(models.body.items.length).toBeGreaterThan(0);
      expect(models.body.items.every((e) => e.kind === 'chip')).toBe(true);
      const one = await get<{ id: string; aliases: string[]; mentions: number; events: number }>(
        '/v1/entities/deepseek-r2',
      );
      expect(one.status).toBe(200);
      expect(one.body.aliases).toContain('R2');
      expect(one.body.mentions).toBeGreaterThanOrEqual(3);
      expect(one.body.events).toBeGreaterThanOrEqual(2);
      const page1 = await get<Page<{ id: string }>>('/v1/entities?limit=3');
      const page2 = await get<Page<{ id: string }>>(
        `/v1/entities?limit=3&cursor=${page1.body.nextCursor ?? ''}`,
      );
      expect(page2.body.items[0]?.id.localeCompare(page1.body.items[2]?.id ?? '')).toBe(1);
    });

    it('lists articles and shows one with its entities and events', async () => {
      const list = await get<Page<{ id: number; url: string }>>('/v1/articles?lang=de&source=demo-news');
      expect(list.body.items.length).toBeGreaterThan(0);
      const mentioning = await get<Page<{ url: string }>>('/v1/articles?entity=deepseek-r2');
      expect(mentioning.body.items.map((a) => a.url)).toEqual(
        expect.arrayContaining([R2_DE, R2_EN, R2_PLAN]),
      );
      const id = list.body.items.find((a) => a.url === R2_DE)?.id ?? 0;
      const one = await get<{
        text: string;
        entities: { id: string }[];
        events: { type: string; subject: { id: string } }[];
      }>(`/v1/articles/${id}`);
      expect(one.body.text.length).toBeGreaterThan(200);
      expect(one.body.entities.map((e) => e.id)).toEqual(expect.arrayContaining(['deepseek', 'deepseek-r2']));
      expect(one.body.events.some((e) => e.type === 'delay' && e.subject.id === 'deepseek-r2')).toBe(true);
    });

    it('shows sources with their latest crawl run, and the run history', async () => {
      const sources = await get<{
        items: { id: string; articles: number; lastRun: { status: string; created: number } }[];
      }>('/v1/sources');
      expect(sources.body.items.map((s) => [s.id, s.articles, s.lastRun.status, s.lastRun.created])).toEqual([
        ['demo-news', 7, 'ok', 7],
      ]);
      const runs = await get<Page<{ source: string; status: string }>>(
        '/v1/crawl-runs?source=demo-news&status=ok',
      );
      expect(runs.body.items).toHaveLength(1);
    });

    it('answers /health and /metrics', async () => {
      const health = await get<{ status: string }>('/health');
      expect(health.body).toEqual({ status: 'ok' });
      expect(health.headers['cache-control']).toBe('no-store');
      const metrics = await app.inject({ method: 'GET', url: '/metrics' });
      expect(metrics.statusCode).toBe(200);
      expect(metrics.headers['content-type']).toMatch(/^text\/plain/);
      expect(metrics.body).toMatch(
        /modelwatch_http_request_duration_seconds_count\{[^}]*route="\/v1\/entities\/:id\/timeline"/,
      );
      expect(metrics.body).toContain('modelwatch_store_rows{kind="articles"} 7');
    });
  });

  describe('HTTP caching and compression', () => {
    it('sends Cache-Control and a weak ETag, and answers 304 to If-None-Match', async () => {
      const first = await app.inject({ method: 'GET', url: '/v1/events' });
      expect(first.headers['cache-control']).toBe('public, max-age=60');
      const etag = String(first.headers.etag);
      expect(etag).toMatch(/^W\//);
      const again = await app.inject({
        method: 'GET',
        url: '/v1/events',
        headers: { 'if-none-match': etag },
      });
      expect(again.statusCode).toBe(304);
      expect(again.body).toBe('');
    });

    it('compresses with brotli or gzip as asked', async () => {
      const plain = await app.inject({ method: 'GET', url: '/v1/entities/deepseek-r2/timeline' });
      for (const [encoding, decode] of [
        ['br', zlib.brotliDecompressSync],
        ['gzip', zlib.gunzipSync],
      ] as const) {
        const response = await app.inject({
          method: 'GET',
          url: '/v1/entities/deepseek-r2/timeline',
          headers: { 'accept-encoding': encoding },
        });
        expect(response.headers['content-encoding']).toBe(encoding);
        expect(decode(response.rawPayload).toString('utf8')).toBe(plain.body);
        expect(response.rawPayload.length).toBeLessThan(plain.rawPayload.length);
      }
    });
  });

  describe('user mistakes answer 4xx with {error, message, details}', () => {
    const cases: [string, number, RegExp][] = [
      ['/v1/events?colour=red', 400, /unknown query parameter/],
      ['/v1/events?from=2025-13-01', 400, /from/],
      ['/v1/events?to=yesterday', 400, /to/],
      ['/v1/events?cursor=not-a-cursor', 400, /cursor/],
      [`/v1/events?cursor=${Buffer.from('["x"]').toString('base64url')}`, 400, /cursor/],
      ['/v1/events?limit=1000', 400, /at most 200/],
      ['/v1/events?limit=0', 400, /limit/],
      ['/v1/events?type=rumour', 400, /type/],
      ['/v1/events?minSources=-1', 400, /minSources/],
      ['/v1/events/abc', 400, /id/],
      ['/v1/events/99999', 404, /no event/],
      ['/v1/entities?kind=person', 400, /kind/],
      ['/v1/entities/no-such-model', 404, /no entity/],
      ['/v1/entities/Bad%20Id/timeline', 400, /entity id/],
      ['/v1/entities/no-such-model/timeline', 404, /no entity/],
      ['/v1/entities/deepseek-r2/timeline?lang=german', 400, /language code/],
      ['/v1/releases?status=rumoured', 400, /status/],
      ['/v1/releases/deepseek', 404, /release events/],
      ['/v1/articles/0', 400, /id/],
      ['/v1/articles/424242', 404, /no article/],
      ['/v1/articles?cursor=abc', 400, /cursor/],
      ['/v1/crawl-runs?status=exploded', 400, /status/],
      ['/v1/crawl-runs?source=no-such-outlet', 400, /unknown source/],
      ['/v1/events?subject=no-such-model', 400, /unknown entity/],
      ['/v1/articles?entity=no-such-model', 400, /unknown entity/],
      ['/v1/articles?source=no-such-outlet', 400, /unknown source/],
      ['/v1/nothing-here', 404, /no route/],
      ['/v1/entities/%ZZ', 400, /percent-encoding/],
    ];
    it.each(cases)('GET %s -> %i', async (url, status, message) => {
      const response = await app.inject({ method: 'GET', url });
      expect(response.statusCode).toBe(status);
      const body = response.json<{ error: string; message: string; details: unknown }>();
      expect(Object.keys(body).sort()).toEqual(['details', 'error', 'message']);
      expect(body.message).toMatch(message);
      expect(response.headers['cache-control']).toBe('no-store');
    });

    it('tells a client that sends another media type to send JSON', async () => {
      const response = await app.inject({
        method: 'POST',
        url: '/v1/entities',
        headers: { authorization: `Bearer ${fx.key}`, 'content-type': 'application/xml' },
        payload: '<entity/>',
      });
      expect(response.statusCode).toBe(415);
      expect(response.json<{ message: string }>().message).toMatch(
        /^send the body as application\/json \(got application\/xml\)$/u,
      );
    });

    it('answers a path parameter longer than the router reads like every other mistake', async () => {
      const response = await app.inject({ method: 'GET', url: `/v1/entities/${'a'.repeat(5000)}` });
      expect(response.statusCode).toBe(400);
      const body = response.json<{ error: string; message: string; details: unknown }>();
      expect([body.error, body.details]).toEqual(['bad_request', null]);
      expect(body.message).toMatch(/too long/u);
      // the router's answers skip the app's hooks: the headers every answer carries are still there
      expect(response.headers['x-content-type-options']).toBe('nosniff');
      expect(response.headers['content-security-policy']).toMatch(/default-src 'none'/u);
    });

    it('rejects malformed and wrongly typed write bodies with 4xx, never 500', async () => {
      const auth = { authorization: `Bearer ${fx.key}` };
      const broken = await app.inject({
        method: 'POST',
        url: '/v1/entities',
        headers: { ...auth, 'content-type': 'application/json' },
        payload: '{"id": ',
      });
      expect(broken.statusCode).toBe(400);
      expect(broken.json<{ error: string }>().error).toBe('bad_request');
      const wrongType = await app.inject({
        method: 'POST',
        url: '/v1/entities',
        headers: { ...auth, 'content-type': 'text/plain' },
        payload: 'hello',
      });
      expect(wrongType.statusCode).toBe(400);
      expect(wrongType.json<{ message: string }>().message).toMatch(/^invalid body: .*expected object/);
      const missing = await app.inject({
        method: 'POST',
        url: '/v1/entities',
        headers: auth,
        payload: { id: 'x' },
      });
      expect(missing.statusCode).toBe(400);
      expect(missing.json<{ details: { field: string }[] }>().details.map((d) => d.field)).toEqual(
        expect.arrayContaining(['kind', 'name']),
      );
    });
  });

  describe('writes need an API key', () => {
    const auth = () => ({ authorization: `Bearer ${fx.key}` });

    it('refuses writes without a key or with a wrong one', async () => {
      const none = await app.inject({ method: 'PATCH', url: '/v1/events/1', payload: { hidden: true } });
      expect(none.statusCode).toBe(401);
      expect(none.json<{ message: string }>().message).toMatch(/^writes need an API key/);
      const wrong = await app.inject({
        method: 'PATCH',
        url: '/v1/events/1',
        headers: { 'x-api-key': 'mwk_wrong' },
        payload: { hidden: true },
      });
      expect(wrong.statusCode).toBe(401);
      // the key that was sent is the problem, not a missing one
      expect(wrong.json<{ message: string }>().message).toMatch(/^the API key is not valid or was revoked/);
    });

    it('creates and edits sources', async () => {
      const put = await app.inject({
        method: 'PUT',
        url: '/v1/sources/example-news',
        headers: auth(),
        payload: {
          name: 'Example News',
          language: 'en',
          category: 'tech',
          homepage: 'https://news.example/',
          feeds: ['https://news.example/feed'],
        },
      });
      expect(put.statusCode).toBe(200);
      expect(put.headers['cache-control']).toBe('no-store');
      expect(put.json()).toMatchObject({
        id: 'example-news',
        enabled: true,
        feeds: ['https://news.example/feed'],
      });
      const patch = await app.inject({
        method: 'PATCH',
        url: '/v1/sources/example-news',
        headers: auth(),
        payload: { enabled: false },
      });
      expect(patch.json()).toMatchObject({ enabled: false });
      const unknown = await app.inject({
        method: 'PATCH',
        url: '/v1/sources/nope',
        headers: auth(),
        payload: { enabled: false },
      });
      expect(unknown.statusCode).toBe(404);
      const badUrl = await app.inject({
        method: 'PUT',
        url: '/v1/sources/bad',
        headers: auth(),
        payload: { name: 'x', language: 'en', category: 'tech', homepage: 'ftp://x' },
      });
      expect(badUrl.statusCode).toBe(400);
    });

    it('creates entities, edits aliases and merges a duplicate entity into the curated one', async () => {
      const created = await app.inject({
        method: 'POST',
        url: '/v1/entities',
        headers: auth(),
        payload: {
          id: 'deepseek-r2-dup',
          kind: 'model',
          name: 'DeepSeek R-2',
          developer: 'deepseek',
          aliases: ['R-2'],
        },
      });
      expect(created.statusCode).toBe(201);
      const again = await app.inject({
        method: 'POST',
        url: '/v1/entities',
        headers: auth(),
        payload: { id: 'deepseek-r2-dup', kind: 'model', name: 'x' },
      });
      expect(again.statusCode).toBe(409);
      const alias = await app.inject({
        method: 'POST',
        url: '/v1/entities/deepseek-r2-dup/aliases',
        headers: auth(),
        payload: { alias: 'DS-R2' },
      });
      expect(alias.json<{ aliases: string[] }>().aliases).toEqual(expect.arrayContaining(['R-2', 'DS-R2']));
      const removed = await app.inject({
        method: 'DELETE',
        url: '/v1/entities/deepseek-r2-dup/aliases/DS-R2',
        headers: auth(),
      });
      expect(removed.json<{ aliases: string[] }>().aliases).not.toContain('DS-R2');
      const gone = await app.inject({
        method: 'DELETE',
        url: '/v1/entities/deepseek-r2-dup/aliases/DS-R2',
        headers: auth(),
      });
      expect(gone.statusCode).toBe(404);
      const renamed = await app.inject({
        method: 'PATCH',
        url: '/v1/entities/deepseek-r2-dup',
        headers: auth(),
        payload: { name: 'DeepSeek R2 (dup)' },
      });
      expect(renamed.json()).toMatchObject({ name: 'DeepSeek R2 (dup)', candidate: false });
      const wrongKind = await app.inject({
        method: 'POST',
        url: '/v1/entities/deepseek-r2-dup/merge',
        headers: auth(),
        payload: { into: 'deepseek' },
      });
      expect(wrongKind.statusCode).toBe(409);
      const merged = await app.inject({
        method: 'POST',
        url: '/v1/entities/deepseek-r2-dup/merge',
        headers: auth(),
        payload: { into: 'deepseek-r2' },
      });
      expect(merged.statusCode).toBe(200);
      expect(merged.json()).toMatchObject({ id: 'deepseek-r2', mergedFrom: ['deepseek-r2-dup'] });
      expect(merged.json<{ aliases: string[] }>().aliases).toContain('R-2');
      const resolved = await get<{ id: string }>('/v1/entities/deepseek-r2-dup');
      expect(resolved.body.id).toBe('deepseek-r2');
      const search = await get<Page<{ id: string }>>('/v1/entities?q=deepseek-r2-dup');
      expect(search.body.items).toEqual([]);
    });

    it('hides a wrong event from timelines, lists and the tracker, and shows it again', async () => {
      const timeline = await get<Timeline>('/v1/entities/deepseek-r2/timeline?type=delay');
      const delay = timeline.body.events[0];
      expect(delay).toBeDefined();
      const hide = await app.inject({
        method: 'PATCH',
        url: `/v1/events/${delay?.id ?? 0}`,
        headers: auth(),
        payload: { hidden: true, reason: 'test' },
      });
      expect(hide.json()).toEqual({ id: delay?.id, hidden: true, reason: 'test' });
      expect((await get(`/v1/events/${delay?.id ?? 0}`)).status).toBe(404);
      expect((await get<Timeline>('/v1/entities/deepseek-r2/timeline?type=delay')).body.events).toEqual([]);
      expect((await get<Release>('/v1/releases/deepseek-r2')).body.status).not.toBe('delayed');
      await app.inject({
        method: 'PATCH',
        url: `/v1/events/${delay?.id ?? 0}`,
        headers: auth(),
        payload: { hidden: false },
      });
      expect((await get<Release>('/v1/releases/deepseek-r2')).body.status).toBe('delayed');
      const unknown = await app.inject({
        method: 'PATCH',
        url: '/v1/events/999999',
        headers: auth(),
        payload: { hidden: true },
      });
      expect(unknown.statusCode).toBe(404);
    });
  });

  describe('configuration: keyed reads and rate limits', () => {
    it('requires a key for reads when API_READ_ACCESS=key', async () => {
      const keyed = buildApp({
        db: fx.store.db,
        log: silentLogger,
        config: testApiConfig({ API_READ_ACCESS: 'key' }),
      });
      try {
        expect((await keyed.inject({ method: 'GET', url: '/v1/events' })).statusCode).toBe(401);
        const ok = await keyed.inject({
          method: 'GET',
          url: '/v1/events',
          headers: { authorization: `Bearer ${fx.key}` },
        });
        expect(ok.statusCode).toBe(200);
        expect(ok.headers['cache-control']).toBe('private, max-age=60');
        expect((await keyed.inject({ method: 'GET', url: '/health' })).statusCode).toBe(200);
        // a write without a key is told that writes need one, not that reads do
        const write = await keyed.inject({ method: 'PATCH', url: '/v1/events/1', payload: { hidden: true } });
        expect(write.statusCode).toBe(401);
        expect(write.json<{ message: string }>().message).toMatch(/^writes need an API key/);
      } finally {
        await keyed.close();
      }
    });

    it('limits requests per key and per anonymous client, answering 429 with the error body', async () => {
      const { key } = await createApiKey(fx.store.db, 'slow-client', { rateLimitPerMinute: 2 });
      const limited = buildApp({
        db: fx.store.db,
        log: silentLogger,
        config: testApiConfig({ API_ANONYMOUS_RATE_LIMIT_PER_MINUTE: '3' }),
      });
      try {
        const anonymous = [];
        for (let i = 0; i < 4; i++)
          anonymous.push((await limited.inject({ method: 'GET', url: '/v1/sources' })).statusCode);
        expect(anonymous).toEqual([200, 200, 200, 429]);
        const keyed = [];
        for (let i = 0; i < 3; i++)
          keyed.push(
            await limited.inject({
              method: 'GET',
              url: '/v1/sources',
              headers: { authorization: `Bearer ${key}` },
            }),
          );
        expect(keyed.map((r) => r.statusCode)).toEqual([200, 200, 429]);
        const body = keyed[2]?.json<{ error: string; message: string; details: { limit: number } }>();
        expect(body).toMatchObject({ error: 'too_many_requests', details: { limit: 2 } });
        expect(Number(keyed[2]?.headers['retry-after'])).toBeGreaterThan(0);
      } finally {
        await limited.close();
      }
    });

    it('counts guesses with wrong keys against the client address, so key guessing is rate-limited', async () => {
      const limited = buildApp({
        db: fx.store.db,
        log: silentLogger,
        config: testApiConfig({ API_ANONYMOUS_RATE_LIMIT_PER_MINUTE: '3' }),
      });
      try {
        const statuses = [];
        for (let i = 0; i < 5; i++) {
          const response = await limited.inject({
            method: 'GET',
            url: '/v1/sources',
            headers: { authorization: `Bearer wrong-key-${i}` },
          });
          statuses.push(response.statusCode);
        }
        expect(statuses).toEqual([401, 401, 401, 429, 429]);
      } finally {
        await limited.close();
      }
    });
  });
});
