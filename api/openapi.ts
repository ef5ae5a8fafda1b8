import fastifySwagger, { type SwaggerTransform } from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import type { FastifyInstance, FastifySchema } from 'fastify';
import { jsonSchemaTransform, jsonSchemaTransformObject } from 'fastify-type-provider-zod';
import type { OpenAPIV3_1 } from 'openapi-types';
import { requireApiKey } from './auth.js';

/**
 * The OpenAPI document: version 3.1 (JSON Schema 2020-12, so a nullable field is `type: [T, "null"]`
 * or `anyOf: [..., {type: "null"}]` and never the 3.0 `nullable` keyword that linters and generators
 * misread), generated from the routes' zod schemas plus the metadata each route declares with
 * {@link operation}. Conventions for new routes: docs/api.md.
 */

/** Declared tags: one per resource, in the order the docs page shows them. A route's tag must be one of these. */
export const API_TAGS = {
  service: 'Liveness and discovery: health, the route index. Open, never rate-limited.',
  entities:
    'Companies, models and chips: search, one entity with its counts, its timeline of events; editors create, ' +
    'rename, alias, promote discovered candidates and merge duplicates (with a key).',
  events:
    'Events (release, plan, delay, cancellation, hardware_switch, export_control, financial) merged from every ' +
    'article that reports them, each with its sources; editors hide a wrong one (with a key).',
  releases: 'The release tracker: announced, planned, delayed, released or cancelled, with the history.',
  articles: 'Stored articles with their text, duplicate links, entities and the events they report.',
  sources: 'The outlets crawled and their crawl runs; editors add, disable and re-time sources (with a key).',
  digest:
    'Daily digest emails: subscriptions (with a key) and the one-click unsubscribe of the email link (by its ' +
    'signed token, no key).',
  search:
    'Full-text search over articles in both languages with facets and highlighted snippets, and saved searches ' +
    '(named queries; saving and deleting need a key).',
} as const;

export type ApiTag = keyof typeof API_TAGS;

/** Example payloads a route puts into the document (see {@link operation}). */
export interface OperationExamples {
  /** A request body, for writes. */
  body?: unknown;
  /** The success answer (the lowest 2xx status of the route). */
  response?: unknown;
}

declare module 'fastify' {
  interface FastifySchema {
    /** Examples for the OpenAPI document only; Fastify ignores them. Set through {@link operation}. */
    examples?: OperationExamples;
  }
}

/** What a route says about itself in the document. */
export interface OperationSpec {
  /**
   * The operationId: a verb and a noun in camelCase (`listEvents`, `getEntityTimeline`, `mergeEntity`).
   * Generated clients name their methods after it, so it never changes once published.
   */
  id: string;
  tag: ApiTag;
  /** One line, shown in lists. */
  summary: string;
  /** What it answers and when to use it; the example request is appended. */
  description: string;
  /**
   * A request line, e.g. `GET /v1/events?type=delay`. A read with a `response` example must answer it
   * on the demo data (tested); a write's may name ids the demo data lacks.
   */
  example: string;
  /** Example request body of a write. */
  body?: unknown;
  /** The demo data's answer to `example`: `responseExamples.<operationId>` (see openapi-examples.ts). */
  response?: unknown;
}

/**
 * The document metadata of one route, to spread into its `schema`. Security is not set here: an
 * operation needs the key scheme when the route has the `onRequest: requireApiKey` hook (or reads need
 * a key under API_READ_ACCESS=key), and `security: []` otherwise, so the document cannot promise a
 * different access than the server enforces.
 */
export function operation(spec: OperationSpec): FastifySchema {
  const examples: OperationExamples = {
    ...(spec.body === undefined ? {} : { body: spec.body }),
    ...(spec.response === undefined ? {} : { response: spec.response }),
  };
  return {
    operationId: spec.id,
    tags: [spec.tag],
    summary: spec.summary,
    description: `${spec.description}\n\nExample: \`${spec.example}\``,
    examples,
  };
}

/**
 * Fields of the demo data that record when the demo was crawled: examples keep whatever value they
 * were written with, and comparisons with a fresh crawl skip them.
 */
export const CRAWL_TIME_FIELDS: ReadonlySet<string> = new Set([
  'fetchedAt',
  'startedAt',
  'finishedAt',
  'lastRunAt',
]);

/** The example request line of an operation's description, as {@link operation} wrote it. */
export function exampleRequestOf(description: string | undefined): string | null {
  return /\n\nExample: `([^`]+)`$/.exec(description ?? '')?.[1] ?? null;
}

/** Description of each documented status (the same words for every route). */
const RESPONSE_DESCRIPTIONS: Record<string, string> = {
  200: 'OK',
  201: 'Created',
  400: 'A parameter or the body is invalid; `message` says what to fix, `details` lists the fields.',
  401: 'The API key is missing, wrong or revoked.',
  404: 'No such resource; `message` says how to find a valid id.',
  409: 'Conflicts with what is stored (e.g. the id exists); `message` says why.',
  429: 'Rate limit reached; retry after the `Retry-After` seconds.',
  501: 'Not built for the database this server runs on (search on PostgreSQL); `message` says so.',
};

/** Security requirement of a keyed operation: either way of sending the key. */
const KEY_REQUIRED = [{ bearerAuth: [] }, { apiKeyHeader: [] }];

type JsonObject = Record<string, unknown>;

/**
 * The per-route transform: zod schemas to JSON Schema (fastify-type-provider-zod) and the security
 * requirement; the route's examples are set aside under its operationId for {@link finishDocument}.
 */
function transformRoute(
  readAccess: 'open' | 'key',
  examples: Map<string, OperationExamples>,
): SwaggerTransform {
  return (input) => {
    const { examples: routeExamples, ...schema } = input.schema;
    const result = jsonSchemaTransform({ ...input, schema });
    const out = result.schema as JsonObject;
    if (out.hide === true) return result;
    const keyed =
      [input.route.onRequest].flat().includes(requireApiKey) ||
      (readAccess === 'key' && input.url.startsWith('/v1'));
    out.security = keyed ? KEY_REQUIRED : [];
    if (schema.operationId && routeExamples) examples.set(schema.operationId, routeExamples);
    return result;
  };
}

const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'] as const;

/**
 * Puts each operation's examples into its media objects and gives every response the description of
 * its status (done on the finished document: @fastify/swagger drops keywords beside a `$ref`).
 */
function finishDocument(doc: OpenAPIV3_1.Document, examples: Map<string, OperationExamples>): void {
  for (const item of Object.values(doc.paths ?? {})) {
    for (const method of HTTP_METHODS) {
      const op = item?.[method];
      if (!op) continue;
      const example = op.operationId === undefined ? undefined : examples.get(op.operationId);
      const responses = op.responses as Record<string, OpenAPIV3_1.ResponseObject>;
      const success = Object.keys(responses)
        .filter((status) => status.startsWith('2'))
        .sort()[0];
      for (const [status, response] of Object.entries(responses)) {
        response.description = RESPONSE_DESCRIPTIONS[status] ?? response.description;
        const media = response.content?.['application/json'];
        if (media && status === success && example?.response !== undefined) media.example = example.response;
      }
      const body = (op.requestBody as OpenAPIV3_1.RequestBodyObject | undefined)?.content['application/json'];
      if (body && example?.body !== undefined) body.example = example.body;
    }
  }
}

/** Every `#/components/schemas/X` a part of the document refers to. */
function schemaRefs(node: unknown, found: Set<string>): Set<string> {
  if (Array.isArray(node)) for (const item of node) schemaRefs(item, found);
  else if (node !== null && typeof node === 'object') {
    for (const [key, value] of Object.entries(node)) {
      if (key === '$ref' && typeof value === 'string' && value.startsWith('#/components/schemas/'))
        found.add(value.slice('#/components/schemas/'.length));
      else schemaRefs(value, found);
    }
  }
  return found;
}

/**
 * Drops component schemas no operation reaches. The zod registry is global and holds an input and an
 * output variant of every named schema, most of which no route uses.
 */
export function pruneUnusedSchemas(doc: OpenAPIV3_1.Document): OpenAPIV3_1.Document {
  const schemas = doc.components?.schemas ?? {};
  const used = schemaRefs(doc.paths, new Set());
  for (let grew = true; grew;) {
    const before = used.size;
    for (const name of [...used]) schemaRefs(schemas[name], used);
    grew = used.size > before;
  }
  const kept = Object.fromEntries(Object.entries(schemas).filter(([name]) => used.has(name)));
  return { ...doc, components: { ...doc.components, schemas: kept } };
}

export interface OpenApiOptions {
  version: string;
  readAccess: 'open' | 'key';
}

/**
 * Registers the document generator, `GET /openapi.json` and the browsable page at `/docs`. Register it
 * before the routes: only routes added afterwards are documented.
 */
export function installOpenApi(app: FastifyInstance, options: OpenApiOptions): void {
  const examples = new Map<string, OperationExamples>();
  void app.register(fastifySwagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'modelwatch API',
        version: options.version,
        summary: 'AI model releases and AI chips from German and English news.',
        description:
          'Entities, events merged from many sources, timelines and the release tracker. Lists are ' +
          'cursor-paginated (pass nextCursor as cursor). Every mistake answers 4xx with the Error body ' +
          '{error, message, details}. Writes need an API key (`npx modelwatch apikey create NAME`).',
        license: { name: 'UNLICENSED', identifier: 'LicenseRef-UNLICENSED' },
      },
      servers: [{ url: '/', description: 'the server that serves this document' }],
      tags: Object.entries(API_TAGS).map(([name, description]) => ({ name, description })),
      components: {
        securitySchemes: {
          bearerAuth: { type: 'http', scheme: 'bearer', description: 'Authorization: Bearer <key>' },
          apiKeyHeader: { type: 'apiKey', in: 'header', name: 'X-API-Key', description: 'X-API-Key: <key>' },
        },
      },
    },
    transform: transformRoute(options.readAccess, examples),
    transformObject: (input) => {
      const doc = pruneUnusedSchemas(jsonSchemaTransformObject(input) as OpenAPIV3_1.Document);
      finishDocument(doc, examples);
      return doc;
    },
  });
  void app.register(fastifySwaggerUi, { routePrefix: '/docs', uiConfig: { docExpansion: 'list' } });
}
