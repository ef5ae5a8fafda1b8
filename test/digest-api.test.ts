import type { OpenAPIV3 } from 'openapi-types';
import { createApiFixture, type ApiFixture } from './api-fixture.js';

let fx: ApiFixture;

beforeAll(async () => {
  fx = await createApiFixture();
});

afterAll(async () => {
  await fx.close();
});

const post = (payload: unknown, key: string | null = fx.key) =>
  fx.app.inject({
    method: 'POST',
    url: '/v1/subscriptions',
    payload: payload as Record<string, unknown>,
    headers: key ? { authorization: `Bearer ${key}` } : {},
  });

describe('/v1/subscriptions', () => {
  it('creates, lists and deletes subscriptions behind a key', async () => {
    const created = await post({
      email: 'Ana@Example.org',
      watch: { entities: ['deepseek-r2'], types: ['delay', 'release'], minSources: 2 },
      timeZone: 'Europe/Berlin',
      sendHour: 6,
      language: 'de',
    });
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({
      email: 'ana@example.org',
      watch: {
        entities: ['deepseek-r2'],
        types: ['delay', 'release'],
        languages: [],
        minSources: 2,
        candidates: true,
      },
      timeZone: 'Europe/Berlin',
      sendHour: 6,
      language: 'de',
      active: true,
    });
    const id = created.json<{ id: number }>().id;
    expect((await post({ email: 'ana@example.org' })).statusCode).toBe(409);

    const list = await fx.app.inject({
      method: 'GET',
      url: '/v1/subscriptions',
      headers: { authorization: `Bearer ${fx.key}` },
    });
    expect(list.json<{ items: { email: string }[] }>().items.map((s) => s.email)).toContain(
      'ana@example.org',
    );
    expect((await fx.app.inject({ method: 'GET', url: '/v1/subscriptions' })).statusCode).toBe(401);

    const removed = await fx.app.inject({
      method: 'DELETE',
      url: `/v1/subscriptions/${id}`,
      headers: { authorization: `Bearer ${fx.key}` },
    });
    expect(removed.statusCode).toBe(200);
    const again = await fx.app.inject({
      method: 'DELETE',
      url: `/v1/subscriptions/${id}`,
      headers: { authorization: `Bearer ${fx.key}` },
    });
    expect(again.statusCode).toBe(404);
    expect(again.json<{ message: string }>().message).toMatch(/no subscription/);
  });

  it('answers every mistake with a 400 that says what to fix', async () => {
    const cases: [unknown, RegExp][] = [
      [{ email: 'not-an-address' }, /email/],
      [{ email: 'a@example.org', watch: { entities: ['no-such-model'] } }, /unknown entity "no-such-model"/],
      [{ email: 'a@example.org', timeZone: 'Mars/Olympus' }, /unknown time zone "Mars\/Olympus"/],
      [{ email: 'a@example.org', sendHour: 24 }, /sendHour/],
      [{ email: 'a@example.org', watch: { types: ['rumour'] } }, /watch\.types/],
      [{ email: 'a@example.org', language: 'fr' }, /language/],
      [{ email: 'a@example.org', colour: 'blue' }, /colour/],
    ];
    for (const [payload, message] of cases) {
      const response = await post(payload);
      expect({ payload, status: response.statusCode }).toEqual({ payload, status: 400 });
      const body = response.json<{ error: string; message: string; details: unknown }>();
      expect(body.error).toBe('bad_request');
      expect(`${body.message} ${JSON.stringify(body.details)}`).toMatch(message);
    }
    expect((await post({ email: 'a@example.org' }, null)).statusCode).toBe(401);
  });

  it('documents the routes with operation ids, summaries, descriptions and a tag', async () => {
    const doc = (await fx.app.inject({ method: 'GET', url: '/openapi.json' })).json<OpenAPIV3.Document>();
    const ops = [
      doc.paths['/v1/subscriptions']?.get,
      doc.paths['/v1/subscriptions']?.post,
      doc.paths['/v1/subscriptions/{id}']?.delete,
      doc.paths['/v1/unsubscribe']?.post,
    ];
    expect(ops.map((op) => op?.operationId)).toEqual([
      'listSubscriptions',
      'createSubscription',
      'deleteSubscription',
      'unsubscribeByToken',
    ]);
    for (const op of ops) {
      expect(op?.summary).toBeTruthy();
      expect(op?.description).toBeTruthy();
      expect(op?.tags).toEqual(['digest']);
    }
  });

  it('refuses a malformed or forged unsubscribe token with a 400, never a 500', async () => {
    for (const token of ['', 'abc', '1.short', `1.${'A'.repeat(43)}`, `99999.${'A'.repeat(43)}`]) {
      const response = await fx.app.inject({ method: 'POST', url: `/v1/unsubscribe?token=${token}` });
      expect({ token, status: response.statusCode }).toEqual({ token, status: 400 });
    }
  });
});
