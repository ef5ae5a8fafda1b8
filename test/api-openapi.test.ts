import SwaggerParser from '@apidevtools/swagger-parser';
import { Ajv } from 'ajv';
import type { OpenAPIV3_1 } from 'openapi-types';
import { API_TAGS, CRAWL_TIME_FIELDS, exampleRequestOf } from '../api/openapi.js';
import { createApiFixture, type ApiFixture } from './api-fixture.js';

type Method = 'get' | 'put' | 'post' | 'patch' | 'delete';
const METHODS: readonly Method[] = ['get', 'put', 'post', 'patch', 'delete'];

/**
 * Where `example` is not contained in `actual`: objects must agree on every key of the example (crawl
 * times aside), arrays on the example's elements as a prefix, anything else must be equal.
 */
function notContained(example: unknown, actual: unknown, at = '$'): string[] {
  if (Array.isArray(example)) {
    if (!Array.isArray(actual) || actual.length < example.length)
      return [`${at}: array too short or missing`];
    return example.flatMap((item, i) => notContained(item, actual[i], `${at}[${i}]`));
  }
  if (example !== null && typeof example === 'object') {
    if (actual === null || typeof actual !== 'object') return [`${at}: not an object`];
    return Object.entries(example).flatMap(([key, value]) =>
      CRAWL_TIME_FIELDS.has(key)
        ? []
        : notContained(value, (actual as Record<string, unknown>)[key], `${at}.${key}`),
    );
  }
  return Object.is(example, actual)
    ? []
    : [`${at}: example ${JSON.stringify(example)}, answer ${JSON.stringify(actual)}`];
}

/** JSON Pointer escaping for a path segment. */
const pointer = (segment: string) => segment.replaceAll('~', '~0').replaceAll('/', '~1');

describe('OpenAPI document', () => {
  let fx: ApiFixture;
  let doc: OpenAPIV3_1.Document;
  let ajv: Ajv;
  const examples: Record<string, string> = {};

  beforeAll(async () => {
    fx = await createApiFixture();
    doc = (await fx.app.inject({ method: 'GET', url: '/openapi.json' })).json<OpenAPIV3_1.Document>();
    ajv = new Ajv({ strict: false, allErrors: true });
    ajv.addSchema({ ...doc, $id: 'openapi.json' });
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

  /** Required query parameters of a read, so walking every route can call it. */
  const requiredQuery: Record<string, string> = { '/v1/search': '?q=R2' };
  const fill = (path: string) =>
    path.replace('{id}', examples[path] ?? 'unknown').replace('{alias}', 'no-such-alias');

  /** Checks that a response's status is documented for the operation and its body matches the schema. */
  function expectDocumented(path: string, method: Method, status: number, body: string): void {
    const responses = doc.paths?.[path]?.[method]?.responses ?? {};
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
    const operations = Object.entries(doc.paths ?? {}).flatMap(([path, item]) =>
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
        'GET /v1/search',
        'GET /v1/saved-searches',
        'POST /v1/saved-searches',
        'DELETE /v1/saved-searches/{id}',
        'GET /v1/subscriptions',
        'POST /v1/subscriptions',
        'DELETE /v1/subscriptions/{id}',
        'GET /v1/unsubscribe',
        'POST /v1/unsubscribe',
      ]),
    );
  });

  /** Operations that document a key requirement; the others are open (reads) or token-authorised. */
  const keyed = (operation: OpenAPIV3_1.OperationObject | undefined) =>
    (operation?.security?.length ?? 0) > 0;
  /** Operations that need a query parameter (the unsubscribe link's token); their own tests cover them. */
  const needsQuery = (operation: OpenAPIV3_1.OperationObject | undefined) =>
    (operation?.parameters ?? []).some((p) => 'in' in p && p.in === 'query' && p.required === true);

  it('every read answers as documented, and an unknown query parameter is a documented 400', async () => {
    let walked = 0;
    for (const [path, item] of Object.entries(doc.paths ?? {})) {
      if (!item?.get) continue;
      const query = requiredQuery[path] ?? '';
      if (query === '' && needsQuery(item.get)) continue;
      const url = `${fill(path)}${query}`;
      const headers = keyed(item.get) ? { authorization: `Bearer ${fx.key}` } : {};
      const ok = await fx.app.inject({ method: 'GET', url, headers });
      expect({ url, status: ok.statusCode }).toEqual({ url, status: 200 });
      expectDocumented(path, 'get', 200, ok.body);
      if (path !== '/health' && path !== '/v1') {
        const bad = await fx.app.inject({
          method: 'GET',
          url: `${url}${query ? '&' : '?'}no_such_filter=1`,
          headers,
        });
        expect({ url, status: bad.statusCode }).toEqual({ url, status: 400 });
        expectDocumented(path, 'get', 400, bad.body);
      }
      walked++;
    }
    expect(walked).toBeGreaterThanOrEqual(12);
  });

  it('every keyed operation refuses a missing key and answers an empty body as documented', async () => {
    let walked = 0;
    for (const [path, item] of Object.entries(doc.paths ?? {})) {
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

  /** Every operation of the document with its path and method. */
  const operationsOf = () =>
    Object.entries(doc.paths ?? {}).flatMap(([path, item]) =>
      METHODS.flatMap((method) => {
        const op = item?.[method];
        return op ? [{ path, method, op }] : [];
      }),
    );

  it('names, describes, tags and secures every operation', () => {
    const declared = (doc.tags ?? []).map((tag) => tag.name);
    expect(declared).toEqual(Object.keys(API_TAGS));
    const ids = new Set<string>();
    for (const { path, method, op } of operationsOf()) {
      const where = `${method.toUpperCase()} ${path}`;
      expect({ where, operationId: op.operationId }).toEqual({
        where,
        operationId: expect.stringMatching(
          /^(get|list|create|update|upsert|add|remove|merge|promote|set|delete|search|unsubscribe)[A-Z][A-Za-z]+$/,
        ) as unknown,
      });
      ids.add(op.operationId ?? '');
      expect({ where, summary: Boolean(op.summary), tags: op.tags }).toEqual({
        where,
        summary: true,
        tags: [expect.any(String)],
      });
      expect(declared).toContain(op.tags?.[0]);
      const request = exampleRequestOf(op.description);
      expect({ where, request: request?.split(' ')[0] }).toEqual({ where, request: method.toUpperCase() });
      // Writes need the key, except those a signed token in the query authorises (one-click unsubscribe);
      // a read is open (`security: []`) unless its route requires the key too.
      const key = [{ bearerAuth: [] }, { apiKeyHeader: [] }];
      const allowed = method === 'get' || needsQuery(op) ? [[], key] : [key];
      expect({ where, allowed }).toEqual({
        where,
        allowed: expect.arrayContaining([op.security]) as unknown,
      });
      for (const [status, response] of Object.entries(op.responses)) {
        const schema = (response as OpenAPIV3_1.ResponseObject).content?.['application/json']?.schema;
        if (status.startsWith('4'))
          expect({ where, status, schema }).toEqual({
            where,
            status,
            schema: { $ref: '#/components/schemas/Error' },
          });
      }
    }
    expect(ids.size).toBe(operationsOf().length);
    expect(JSON.stringify(doc)).not.toMatch(/"nullable"/);
  });

  it('its response examples are what the demo data answers to the example requests', async () => {
    let checked = 0;
    for (const { path, method, op } of operationsOf()) {
      const example = (op.responses['200'] as OpenAPIV3_1.ResponseObject | undefined)?.content?.[
        'application/json'
      ]?.example as unknown;
      if (method !== 'get' || example === undefined) continue;
      const request = exampleRequestOf(op.description) ?? '';
      const answer = await fx.app.inject({ method: 'GET', url: request.replace(/^GET /, '') });
      expect({ path, request, status: answer.statusCode }).toEqual({ path, request, status: 200 });
      expect({ request, differences: notContained(example, answer.json()) }).toEqual({
        request,
        differences: [],
      });
      checked++;
    }
    expect(checked).toBeGreaterThanOrEqual(10);
  });

  it('serves the docs page', async () => {
    const docs = await fx.app.inject({ method: 'GET', url: '/docs/' });
    expect(docs.statusCode).toBe(200);
    expect(docs.headers['content-type']).toMatch(/text\/html/);
    expect(docs.body).toMatch(/swagger/i);
  });
});
