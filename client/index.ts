import createClient, { type Client, type ClientOptions } from 'openapi-fetch';
import type { components, operations, paths } from './schema.js';

/**
 * The typed client of the modelwatch API (`import { createModelwatchClient } from 'modelwatch/client'`):
 * openapi-fetch over the types generated from the served OpenAPI document, so every path, parameter,
 * body and answer is checked by the compiler. Calls answer `{ data, error, response }`: `data` on 2xx,
 * `error` (the API's {@link ApiError} body) on 4xx and 5xx; nothing throws on an HTTP status.
 */

export type { components, operations, paths };

/** The body of every error answer: a code, what to fix, per-field details. */
export type ApiError = components['schemas']['Error'];
export type Entity = components['schemas']['Entity'];
export type EntitySummary = components['schemas']['EntitySummary'];
export type Event = components['schemas']['Event'];
export type EventSource = components['schemas']['EventSource'];
export type Release = components['schemas']['Release'];
export type Article = components['schemas']['Article'];
export type ArticleSummary = components['schemas']['ArticleSummary'];
export type Source = components['schemas']['Source'];

export type ModelwatchClient = Client<paths>;

export interface ModelwatchClientOptions extends Omit<ClientOptions, 'baseUrl'> {
  /** An API key (`npx modelwatch apikey create NAME`), sent as `Authorization: Bearer <key>`; writes need one. */
  apiKey?: string;
}

/**
 * A client for the API at `baseUrl` (e.g. `http://127.0.0.1:3000`). Other options go to openapi-fetch
 * (a custom `fetch`, headers, ...).
 */
export function createModelwatchClient(
  baseUrl: string,
  options: ModelwatchClientOptions = {},
): ModelwatchClient {
  const { apiKey, ...rest } = options;
  const client = createClient<paths>({ ...rest, baseUrl });
  if (apiKey !== undefined)
    client.use({
      onRequest: ({ request }) => {
        request.headers.set('authorization', `Bearer ${apiKey}`);
        return request;
      },
    });
  return client;
}
