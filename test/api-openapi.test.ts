import SwaggerParser from '@apidevtools/swagger-parser';
import { Ajv } from 'ajv';
import type { OpenAPIV3 } from 'openapi-types';
import { createApiFixture, type ApiFixture } from './api-fixture.js';

type Method = 'get' | 'put' | 'post' | 'patch' | 'delete';
const METHODS: readonly Method[] = ['get', 'put', 'post', 'patch', 'delete'];

/**
 * OpenAPI 3.0 schemas as JSON Schema for Ajv: `nullable: true` becomes `anyOf: [schema, {type: null}]`
 * (Ajv only understands `nullable` next to `type`, while OpenAPI allows it beside a `$ref`).
 */
function toJsonSchema(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(toJsonSchema);
  if (node === null || typeof node !== 'object') return node;
  const entries = Object.entries(node as Record<string, unknown>).filter(([key]) => key !== 'nullable');
  const converted = Object.fromEntries(entries.map(([key, value]) => [key, toJsonSchema(value)]));
  return (node as { nullable?: unknown }).nullable === true
    ? { anyOf: [converted, { type: 'null' }] }
    : converted;
}

/** JSON Pointer escaping for a path segment. */
const pointer = (segment: string) => segment.replaceAll('~', '~0').replaceAll('/', '~1');

describe('OpenAPI document', () => {
  let fx: ApiFixture;
  let doc: OpenAPIV3.Document;
  let ajv: Ajv;
  const examples: Record<string, string> = {};

  beforeAll(async () => {
    fx = await createApiFixture();
    doc = (await fx.app.inject({ method: 'GET', url: '/openapi.json' })).json<OpenAPIV3.Document>();
    ajv = new Ajv({ strict: false, allErrors: true });
    ajv.addSchema({ ...(toJsonSchema(doc) as object), $id: 'openapi.json' });
    const event = await fx.store.db.event.findFirst({
      where: { subjectId: 'deepseek-r2' },
      orderBy: { id: 'asc' },
    });
    const article = await fx.store.db.article.findFirst({ orderBy: { id: 'asc' } });
    Object.assign(examples, {
      '/v1/entities/{id}': 'deepseek-r2',
      '/v1/entities/{id}/timeline': 'deepseek-r2',
      '/v1/entities/{id}/aliases': 'deepseek-r2',
      '/v1/entities/{id}/aliases/{alias}': 'deepseek-r2',
      '/v1/entities/{id}/merge': 'deepseek-r2',
      '/v1/entities/{id}/promote': 'deepseek-r2',
      '/v1/releases/{id}': 'deepseek-r2',
      '/v1/events/{id}': String(event?.id),
      '/v1/articles/{id}': String(article?.id),
      '/v1/sources/{id}': 'demo-news',
      '/v1/subscriptions/{id}': '999',
    });
  });
  afterAll(async () => {
    await fx.close();
  });

  const fill = (path: string) =>
    path.replace('{id}', examples[path] ?? 'unknown').replace('{alias}', 'no-such-alias');

  /** Checks that a response's status is documented for the operation and its body matches the schema. */
  function expectDocumented(path: string, method: Method, status: number, body: string): void {
    const responses = doc.paths[path]?.[method]?.responses ?? {};
    expect({ path, method, status, documented: Object.keys(responses) }).toEqual(
      expect.objectContaining({ documented: expect.arrayContaining([String(status)]) as unknown }),
    );
    const ref = `openapi.json#/paths/${pointer(path)}/${method}/responses/${status}/content/application~1json/schema`;
    const validate = ajv.getSchema(ref) ?? ajv.compile({ $ref: ref });
    const ok = validate(JSON.parse(body));
    expect({ path, method, status, errors: ok ? null : validate.errors }).toEqual({
      path,
      method,
      status,
      errors: null,
    });
  }

  it('is a valid OpenAPI 3 document covering every API route', async () => {
    await SwaggerParser.validate(structuredClone(doc) as never);
    expect(doc.openapi).toMatch(/^3\./);
    const operations = Object.entries(doc.paths).flatMap(([path, item]) =>
      METHODS.filter((m) => item?.[m]).map((m) => `${m.toUpperCase()} ${path}`),
    );
    expect(operations).toEqual(
      expect.arrayContaining([
        'GET /health',
        'GET /v1/entities',
        'GET /v1/entities/{id}',
        'GET /v1/entities/{id}/timeline',
        'GET /v1/events',
        'GET /v1/events/{id}',
        'PATCH /v1/events/{id}',
        'GET /v1/releases',
        'GET /v1/articles',
        'GET /v1/articles/{id}',
        'GET /v1/sources',
        'GET /v1/crawl-runs',
        'PUT /v1/sources/{id}',
        'POST /v1/entities',
        'POST /v1/entities/{id}/aliases',
        'DELETE /v1/entities/{id}/aliases/{alias}',
        'POST /v1/entities/{id}/merge',
        'POST /v1/entities/{id}/promote',
        'GET /v1/subscriptions',
        'POST /v1/subscriptions',
        'DELETE /v1/subscriptions/{id}',
        'GET /v1/unsubscribe',
        'POST /v1/unsubscribe',
      ]),
    );
  });

  /** Operations that document a key requirement; the others are open (reads) or token-authorised. */
  const keyed = (operation: OpenAPIV3.OperationObject | undefined) => (operation?.security?.length ?? 0) > 0;
  /** Operations that need a query parameter (the unsubscribe link's token); their own tests cover them. */
  const needsQuery = (operation: OpenAPIV3.OperationObject | undefined) =>
    (operation?.parameters ?? []).some((p) => 'in' in p && p.in === 'query' && p.required === true);

  it('every read answers as documented, and an unknown query parameter is a documented 400', async () => {
    let walked = 0;
    for (const [path, item] of Object.entries(doc.paths)) {
      if (!item?.get || needsQuery(item.get)) continue;
      const url = fill(path);
      const headers = keyed(item.get) ? { authorization: `Bearer ${fx.key}` } : {};
      const ok = await fx.app.inject({ method: 'GET', url, headers });
      expect({ url, status: ok.statusCode }).toEqual({ url, status: 200 });
      expectDocumented(path, 'get', 200, ok.body);
      if (path !== '/health' && path !== '/v1') {
        const bad = await fx.app.inject({ method: 'GET', url: `${url}?no_such_filter=1`, headers });
        expect({ url, status: bad.statusCode }).toEqual({ url, status: 400 });
        expectDocumented(path, 'get', 400, bad.body);
      }
      walked++;
    }
    expect(walked).toBeGreaterThanOrEqual(12);
  });

  it('every keyed operation refuses a missing key and answers an empty body as documented', async () => {
    let walked = 0;
    for (const [path, item] of Object.entries(doc.paths)) {
      for (const method of METHODS.filter(
        (m) => item?.[m] && keyed(item[m]) && (m !== 'get' || !needsQuery(item[m])),
      )) {
        const url = fill(path);
        const body = method === 'delete' ? {} : { payload: {} };
        const anonymous = await fx.app.inject({ method: method.toUpperCase() as 'POST', url, ...body });
        expect({ url, method, status: anonymous.statusCode }).toEqual({ url, method, status: 401 });
        expectDocumented(path, method, 401, anonymous.body);
        const keyed = await fx.app.inject({
          method: method.toUpperCase() as 'POST',
          url,
          ...body,
          headers: { authorization: `Bearer ${fx.key}` },
        });
        expect(keyed.statusCode).toBeLessThan(500);
        expectDocumented(path, method, keyed.statusCode, keyed.body);
        walked++;
      }
    }
    expect(walked).toBeGreaterThanOrEqual(8);
  });

  it('serves the docs page', async () => {
    const docs = await fx.app.inject({ method: 'GET', url: '/docs/' });
    expect(docs.statusCode).toBe(200);
    expect(docs.headers['content-type']).toMatch(/text\/html/);
    expect(docs.body).toMatch(/swagger/i);
  });
});
