import { z } from 'zod';
import { ENTITY_KINDS, EVENT_TYPES } from '../../nlp/types.js';
import { FACET_NAMES, type SearchIndex, type SearchRequest } from '../../store/search/search-index.js';
import {
  createSavedSearch,
  deleteSavedSearch,
  listSavedSearches,
} from '../../store/search/saved-searches.js';
import { QUERY_LIMITS, QUERY_TOO_LONG } from '../../store/search/query-parser.js';
import { openSearchIndex } from '../../store/search/open-search-index.js';
import { CANDIDATE_WINDOW } from '../../store/search/sqlite-search-index.js';
import { requireApiKey } from '../auth.js';
import { operation } from '../openapi.js';
import { entityFilter, errorResponses, sourceFilter, typed, type RouteContext } from '../route-context.js';
import {
  cursorParam,
  dateParam,
  endOf,
  entityId,
  languageCode,
  limitParam,
  numericId,
  startOf,
} from '../schemas.js';

const QUERY_HELP =
  'words (all must match), "exact phrases", OR, -exclusion, (grouping), a NEAR/n b (within n words), and ' +
  'field filters entity:ID type:T lang:de|en source:ID. Words are matched in German and English word forms ' +
  '("Verzögerung" finds "verzögert"); a word that names an entity ("R2", "Ascend") finds the articles the ' +
  'linker linked to that entity; quote it ("R2") to search the text instead.';

/** The filters of a search, shared by GET /v1/search and saved searches. */
const searchFilters = {
  entity: entityId.optional().describe('only articles linked to this entity'),
  kind: z.enum(ENTITY_KINDS).optional().describe('only articles that name an entity of this kind'),
  type: z.enum(EVENT_TYPES).optional().describe('only articles that report an event of this type'),
  lang: languageCode.optional(),
  source: z.string().min(1).max(100).optional().describe('source id from GET /v1/sources'),
  category: z.string().min(1).max(50).optional().describe('the source category, e.g. tech or finance'),
  from: dateParam.describe('published (else fetched) on or after'),
  to: dateParam.describe('published (else fetched) on or before (a date includes that day)'),
  sort: z
    .enum(['relevance', 'date'])
    .default('relevance')
    .describe(
      'relevance (title weighted, with recency: BM25 on SQLite, ts_rank_cd on PostgreSQL) or date, newest first',
    ),
};

const WINDOW = CANDIDATE_WINDOW.toLocaleString('en');

const segment = z.object({ text: z.string(), match: z.boolean() });
const facetCount = z.object({ value: z.string(), count: z.number().int(), label: z.string().optional() });

const searchHit = z
  .object({
    articleId: z.string(),
    url: z.string(),
    title: z.string(),
    source: z.object({ id: z.string(), name: z.string() }).nullable(),
    language: z.string().nullable(),
    category: z.string().nullable(),
    published: z.string().nullable().describe('publication date; null when the page gave none'),
    score: z.number().describe('relevance with recency, higher is better'),
    snippet: z
      .array(segment)
      .describe(
        'plain-text segments of the best passage (never HTML); match marks the words the query found',
      ),
    entities: z.array(z.object({ id: z.string(), name: z.string(), kind: z.string() })),
    eventTypes: z.array(z.string()),
  })
  .meta({ id: 'SearchHit' });

const searchResult = z
  .object({
    items: z.array(searchHit),
    facets: z
      .object(
        Object.fromEntries(FACET_NAMES.map((name) => [name, z.array(facetCount)])) as Record<
          (typeof FACET_NAMES)[number],
          z.ZodArray<typeof facetCount>
        >,
      )
      .describe('counts over the matches of the query and filters, most frequent first'),
    facetsExact: z
      .boolean()
      .describe(
        `true when the results and facets cover every match; false when more than ${WINDOW} articles match and they cover the ${WINDOW} most recently stored matches (add words, filters or a date range to reach older ones)`,
      ),
    total: z
      .number()
      .int()
      .describe('articles that match the query and filters; an estimate when totalIsEstimate'),
    totalIsEstimate: z
      .boolean()
      .describe(
        `true when more than ${WINDOW} articles match: total is then extrapolated from the newest ${WINDOW} and rounded to two significant digits`,
      ),
    nextCursor: z.string().nullable().describe('pass as cursor for the next page; null on the last page'),
    explain: z
      .object({ match: z.string(), entities: z.array(z.string()) })
      .optional()
      .describe('the query as the index ran it, and the entities it named'),
  })
  .meta({ id: 'SearchResult' });

const savedSearch = z
  .object({
    id: z.number().int(),
    name: z.string(),
    query: z.string(),
    filters: z.record(z.string(), z.string()),
    createdBy: z.string().nullable().describe('name of the API key that saved it'),
    createdAt: z.string(),
  })
  .meta({ id: 'SavedSearch' });

/** The parameters of a search as the schemas above parse them. */
type SearchQuery = { q: string; limit?: number; cursor?: string | undefined } & {
  [K in keyof typeof searchFilters]?: z.infer<(typeof searchFilters)[K]> | undefined;
};

/**
 * GET /v1/search (open read) and the saved searches (GET open, POST and DELETE keyed). `index` defaults
 * to the read path's own: SQLite FTS5 on the read connection, or PostgreSQL's GIN index on its pool.
 */
export function registerSearchRoutes(
  { app, db, reads }: RouteContext,
  index: SearchIndex = openSearchIndex(reads),
): void {
  const api = typed(app);
  const requestOf = async (query: SearchQuery): Promise<SearchRequest> => ({
    q: query.q,
    entity: await entityFilter(reads, 'entity', query.entity),
    kind: query.kind,
    type: query.type,
    lang: query.lang,
    source: await sourceFilter(reads, 'source', query.source),
    category: query.category,
    from: startOf(query.from),
    to: endOf(query.to),
    sort: query.sort ?? 'relevance',
    limit: query.limit ?? 1,
    cursor: query.cursor,
    now: new Date(),
  });

  api.get(
    '/v1/search',
    {
      schema: {
        ...operation({
          id: 'searchArticles',
          tag: 'search',
          summary: 'Full-text search over articles in German and English, with facets and snippets',
          description:
            `Searches article titles and texts. The query language: ${QUERY_HELP} ` +
            'Filters narrow the matches; facets count every match by language, source, event type, entity, ' +
            'entity kind and category. A malformed query answers 400 with a message that says what to fix.',
          example: 'GET /v1/search?q=R2%20Verz%C3%B6gerung&lang=de',
        }),
        querystring: z
          .object({
            q: z
              .string()
              .min(1, 'type what to search for')
              .max(QUERY_LIMITS.maxLength, QUERY_TOO_LONG)
              .describe(`the query: ${QUERY_HELP}`),
            ...searchFilters,
            limit: limitParam(100, 20),
            cursor: cursorParam,
          })
          .strict(),
        response: { 200: searchResult, ...errorResponses(400, 401, 429) },
      },
    },
    async (request) => index.search(await requestOf(request.query)),
  );

  api.get(
    '/v1/saved-searches',
    {
      schema: {
        ...operation({
          id: 'listSavedSearches',
          tag: 'search',
          summary: 'Saved searches (named queries analysts watch), oldest first',
          description:
            'Every saved search with its query and filters; the digest uses them as watch items. Open read.',
          example: 'GET /v1/saved-searches',
        }),
        querystring: z.object({}).strict(),
        response: { 200: z.object({ items: z.array(savedSearch) }), ...errorResponses(400, 401, 429) },
      },
    },
    async () => ({ items: await listSavedSearches(db) }),
  );

  api.post(
    '/v1/saved-searches',
    {
      onRequest: requireApiKey,
      config: { write: true },
      schema: {
        ...operation({
          id: 'createSavedSearch',
          tag: 'search',
          summary: 'Save a query under a name',
          description:
            'The query and filters are checked as GET /v1/search checks them; a name already taken is a 409.',
          example: 'POST /v1/saved-searches',
          body: { name: 'R2 delays', query: 'R2 Verzögerung', filters: { lang: 'de' } },
        }),
        body: z
          .object({
            name: z.string().trim().min(1).max(100),
            query: z.string().min(1).max(QUERY_LIMITS.maxLength, QUERY_TOO_LONG),
            filters: z.object(searchFilters).partial().strict().default({}),
          })
          .strict(),
        response: { 201: savedSearch, ...errorResponses(400, 401, 409, 429) },
      },
    },
    async (request, reply) => {
      const { name, query, filters } = request.body;
      await index.search(await requestOf({ ...filters, q: query }));
      const saved = await createSavedSearch(db, {
        name,
        query,
        filters: Object.fromEntries(
          Object.entries(filters).filter((entry): entry is [string, string] => typeof entry[1] === 'string'),
        ),
        createdBy: request.apiKey?.name ?? null,
      });
      return reply.code(201).send(saved);
    },
  );

  api.delete(
    '/v1/saved-searches/:id',
    {
      onRequest: requireApiKey,
      config: { write: true },
      schema: {
        ...operation({
          id: 'deleteSavedSearch',
          tag: 'search',
          summary: 'Delete a saved search',
          description:
            'Removes the saved search with this id; subscriptions that named it no longer get its hits.',
          example: 'DELETE /v1/saved-searches/1',
        }),
        params: z.object({ id: numericId.describe('saved search id') }),
        response: { 204: z.null().describe('deleted'), ...errorResponses(400, 401, 404, 429) },
      },
    },
    async (request, reply) => {
      await deleteSavedSearch(db, request.params.id);
      return reply.code(204).send(null);
    },
  );
}
