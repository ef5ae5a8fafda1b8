import fc from 'fast-check';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../api/app.js';
import { silentLogger } from '../core/logger.js';
import { createApiKey } from '../store/api-keys.js';
import { testApiConfig } from './api-fixture.js';
import { createTestDatabase, type TestDatabase } from './helpers.js';

/** Strings attackers and broken clients send: injections, traversal, control characters, odd unicode. */
const NASTY = [
  "' OR 1=1 --",
  '"; DROP TABLE Article; --',
  '<script>alert(1)</script>',
  '../../../../etc/passwd',
  '%00',
  '\u0000',
  '\uffff',
  '\ud83d',
  'ﷺ'.repeat(50),
  '${jndi:ldap://x}',
  '{{7*7}}',
  '__proto__',
  'constructor',
  'NaN',
  '-1',
  '1e309',
  '9'.repeat(400),
  'true',
  'null',
  '[]',
  '{}',
  ' ',
  '',
];

const text = fc.oneof(
  fc.constantFrom(...NASTY),
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 20 }),
  fc.string({ unit: 'binary', maxLength: 20 }),
  fc.integer().map(String),
  fc.double().map(String),
  fc.constant('x'.repeat(10_000)),
);

const json: fc.Arbitrary<unknown> = fc.oneof(
  fc.jsonValue({ maxDepth: 3 }),
  fc.dictionary(
    fc.constantFrom(
      'name',
      'query',
      'into',
      'hidden',
      'reason',
      'kind',
      'email',
      'filters',
      'enabled',
      'homepage',
      '__proto__',
    ),
    fc.jsonValue({ maxDepth: 2 }),
  ),
);

/** A body as raw text: JSON of any shape, broken JSON, or a body of another type. */
const body = fc.oneof(
  json.map((value) => ({ payload: JSON.stringify(value), type: 'application/json' })),
  fc
    .constantFrom('{', '{"a":', '[1,2', 'nul', '\u0000', '{"a":1}}')
    .map((payload) => ({ payload, type: 'application/json' })),
  text.map((payload) => ({ payload, type: 'text/plain' })),
  fc.constant({ payload: 'a=1&b=2', type: 'application/x-www-form-urlencoded' }),
  fc.constant({ payload: '', type: 'application/json' }),
);

interface Operation {
  method: string;
  path: string;
  params: string[];
}

function operationsOf(document: {
  paths: Record<string, Record<string, { parameters?: { name: string; in: string }[] }>>;
}): Operation[] {
  return Object.entries(document.paths).flatMap(([path, methods]) =>
    Object.entries(methods)
      .filter(([method]) => ['get', 'post', 'put', 'patch', 'delete'].includes(method))
      .map(([method, op]) => ({
        method: method.toUpperCase(),
        path,
        params: (op.parameters ?? []).filter((p) => p.in === 'query').map((p) => p.name),
      })),
  );
}

const RUNS_PER_OPERATION = 80;

/** Percent-encodes a path value; a lone surrogate becomes invalid UTF-8 on the wire, itself a bad input. */
function encodePathValue(value: string): string {
  try {
    return encodeURIComponent(value);
  } catch {
    return '%ED%A0%BD';
  }
}

describe('API fuzz: generated bad requests to every route in the OpenAPI document', () => {
  let store: TestDatabase;
  let app: FastifyInstance;
  let key: string;
  let operations: Operation[];
  beforeAll(async () => {
    store = await createTestDatabase();
    ({ key } = await createApiKey(store.db, 'fuzzer'));
    app = buildApp({ db: store.db, log: silentLogger, config: testApiConfig() });
    await app.ready();
    operations = operationsOf((await app.inject({ method: 'GET', url: '/openapi.json' })).json());
  });
  afterAll(async () => {
    await app.close();
    await store.close();
  });

  it('covers the documented routes', () => {
    expect(operations.length).toBeGreaterThan(25);
  });

  it('never answers 5xx, and every 4xx says what was wrong', async () => {
    let sent = 0;
    for (const operation of operations) {
      const request = fc.record({
        pathValues: fc.array(text, { minLength: 4, maxLength: 4 }),
        query: fc.array(
          fc.tuple(
            fc.oneof(fc.constantFrom(...operation.params, 'unknown'), fc.string({ maxLength: 8 })),
            text,
          ),
          { maxLength: 4 },
        ),
        body,
        keyed: fc.boolean(),
      });
      await fc.assert(
        fc.asyncProperty(request, async ({ pathValues, query, body: sentBody, keyed }) => {
          let index = 0;
          const path = operation.path.replace(/\{[^}]+\}/g, () => encodePathValue(pathValues[index++] ?? ''));
          const search = new URLSearchParams(query).toString();
          const response = await app.inject({
            method: operation.method as 'GET',
            url: search ? `${path}?${search}` : path,
            headers: { 'content-type': sentBody.type, ...(keyed ? { authorization: `Bearer ${key}` } : {}) },
            ...(operation.method === 'GET' || operation.method === 'DELETE'
              ? {}
              : { payload: sentBody.payload }),
          });
          sent += 1;
          const where = `${operation.method} ${path}?${search} -> ${response.statusCode}: ${response.body.slice(0, 300)}`;
          if (response.statusCode >= 500) throw new Error(where);
          if (response.statusCode >= 400) {
            const answer = response.json<{ error?: unknown; message?: unknown }>();
            if (
              typeof answer.error !== 'string' ||
              typeof answer.message !== 'string' ||
              answer.message.length === 0
            )
              throw new Error(`4xx without error and message: ${where}`);
          }
        }),
        { numRuns: RUNS_PER_OPERATION },
      );
    }
    expect(sent).toBeGreaterThanOrEqual(operations.length * RUNS_PER_OPERATION);
  });

  it('refuses a body over the limit with 413 and sets the security headers', async () => {
    const big = await app.inject({
      method: 'POST',
      url: '/v1/entities',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` },
      payload: JSON.stringify({ name: 'x'.repeat(100_000) }),
    });
    expect(big.statusCode).toBe(413);
    expect(big.json()).toMatchObject({
      error: 'payload_too_large',
      message: expect.stringMatching(/body/i) as string,
    });
    const read = await app.inject({ method: 'GET', url: '/v1/sources' });
    expect(read.headers).toMatchObject({
      'x-content-type-options': 'nosniff',
      'x-frame-options': 'DENY',
      'referrer-policy': 'no-referrer',
      'content-security-policy': "default-src 'none'; frame-ancestors 'none'",
    });
    const page = await app.inject({ method: 'GET', url: '/' });
    expect(page.headers['content-security-policy']).toMatch(/script-src 'self'/);
  });
});
