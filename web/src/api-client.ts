/**
 * The JSON API as the page uses it: the shapes of the answers it reads (a subset of the OpenAPI
 * document at /openapi.json) and one fetch wrapper that turns every 4xx into an {@link ApiError}
 * carrying the API's own "what to fix" message.
 */

// The answer shapes come from the types generated from the OpenAPI document (client/schema.ts, npm run
// client:generate). web/tsconfig.json's rootDir is src/, so they are read from the declarations the
// client build writes (tsconfig.client.json, run before the page's build in prepare, build and pretest).
import type { components } from '../../dist/client/schema.js';

type Schemas = components['schemas'];
export type EventDate = Schemas['EventDate'];
export type EventSource = Schemas['EventSource'];
export type EventView = Schemas['Event'];
export type EntitySummary = Schemas['EntitySummary'];
export type EntityDetail = Schemas['Entity'];
export type ReleaseView = Schemas['Release'];
export type ReleaseStep = ReleaseView['history'][number];
export type ArticleSummary = Schemas['ArticleSummary'];
export type SearchHit = Schemas['SearchHit'];
export type SnippetSegment = SearchHit['snippet'][number];
export type SearchAnswer = Schemas['SearchResult'];
export type FacetValue = SearchAnswer['facets']['language'][number];
export type SavedSearch = Schemas['SavedSearch'];

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

/** A refusal by the API: its status and the sentence that says what to fix. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

const KEY_STORAGE = 'modelwatch.apiKey';

/** The editor's API key for this tab (sessionStorage: forgotten when the tab closes), or null. */
export function storedKey(): string | null {
  return sessionStorage.getItem(KEY_STORAGE);
}

/** Keeps (or, with an empty string, forgets) the editor's API key for this tab. */
export function storeKey(key: string): void {
  if (key.trim() === '') sessionStorage.removeItem(KEY_STORAGE);
  else sessionStorage.setItem(KEY_STORAGE, key.trim());
}

/** A query string from parameters, leaving out empty ones. */
export function queryString(params: Record<string, string | number | undefined | null>): string {
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(params)) {
    if (value !== undefined && value !== null && value !== '') search.set(name, String(value));
  }
  const text = search.toString();
  return text ? `?${text}` : '';
}

/**
 * Calls the API on this origin. The stored key goes along when there is one (writes need it; reads do
 * when the server runs with API_READ_ACCESS=key). A 4xx or 5xx throws an {@link ApiError}.
 */
export async function callApi<T>(path: string, init: { method?: string; body?: unknown } = {}): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json' };
  const key = storedKey();
  if (key) headers.authorization = `Bearer ${key}`;
  if (init.body !== undefined) headers['content-type'] = 'application/json';
  const response = await fetch(path, {
    method: init.method ?? 'GET',
    headers,
    // Revalidate every read (a cheap 304 thanks to ETags): after an editor's promote or merge, a list
    // the browser still holds for the API's max-age would show the old state.
    cache: 'no-cache',
    ...(init.body === undefined ? {} : { body: JSON.stringify(init.body) }),
  });
  const body: unknown = await response.json().catch(() => null);
  if (!response.ok) {
    const message =
      body !== null && typeof body === 'object' && 'message' in body && typeof body.message === 'string'
        ? body.message
        : `the server answered ${response.status}`;
    throw new ApiError(response.status, message);
  }
  return body as T;
}
