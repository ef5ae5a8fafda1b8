/**
 * The JSON API as the page uses it: the shapes of the answers it reads (a subset of the OpenAPI
 * document at /openapi.json) and one fetch wrapper that turns every 4xx into an {@link ApiError}
 * carrying the API's own "what to fix" message.
 */

export interface EventDate {
  value: string;
  precision: string;
}

export interface EventSource {
  articleId: number;
  url: string;
  title: string;
  source: string | null;
  language: string | null;
  evidence: string;
  reportedAt: string;
}

export interface EventView {
  id: number;
  type: string;
  subject: { id: string; name: string; kind: string };
  related: { id: string; name: string; role: string }[];
  date: EventDate | null;
  reason: string | null;
  confidence: number;
  firstReportedAt: string;
  lastReportedAt: string;
  sourceCount: number;
  languages: string[];
  sources: EventSource[];
}

export interface EntitySummary {
  id: string;
  kind: string;
  name: string;
  developer: string | null;
  candidate: boolean;
  aliases: string[];
  mentions: number;
}

export interface EntityDetail extends EntitySummary {
  family: string | null;
  events: number;
  mergedFrom: string[];
}

export interface ReleaseStep {
  status: 'planned' | 'delayed' | 'released' | 'cancelled';
  eventId: number;
  eventType: string;
  reportedAt: string;
  date: EventDate | null;
  reason: string | null;
  sourceCount: number;
  sources: EventSource[];
}

export interface ReleaseView {
  entity: { id: string; name: string; kind: string; developer: string | null };
  status: string;
  expected: EventDate | null;
  released: EventDate | null;
  lastReportedAt: string;
  history: ReleaseStep[];
}

export interface ArticleSummary {
  id: number;
  url: string;
  title: string;
  source: string | null;
  language: string | null;
  publishedAt: string | null;
  fetchedAt: string;
}

export interface SnippetSegment {
  text: string;
  match: boolean;
}

export interface SearchHit {
  articleId: number | string;
  url: string;
  title: string;
  source: { id: string; name: string } | null;
  language: string | null;
  category: string | null;
  published: string | null;
  score: number;
  snippet: SnippetSegment[];
  entities: { id: string; name: string; kind: string }[];
  eventTypes: string[];
}

export interface FacetValue {
  value: string;
  label?: string;
  count: number;
}

export interface SearchAnswer {
  items: SearchHit[];
  facets: Partial<Record<string, FacetValue[]>>;
  facetsExact: boolean;
  total: number;
  totalIsEstimate: boolean;
  nextCursor: string | null;
}

export interface SavedSearch {
  id: number;
  name: string;
  query: string;
  filters: Record<string, string>;
  createdBy: string | null;
  createdAt: string;
}

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
