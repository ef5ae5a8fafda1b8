import { z } from 'zod';
import { DATE_PRECISIONS, ENTITY_KINDS, EVENT_TYPES } from '../nlp/types.js';
import { RUN_STATES } from '../store/crawl-state.js';
import { RELEASE_STATUSES } from '../store/release-tracker.js';

/**
 * Request and response shapes of the API as zod schemas: Fastify validates requests with them and the
 * OpenAPI document is generated from the same objects, so the document cannot drift from the code.
 */

export const languageCode = z
  .string()
  .regex(/^[a-z]{2,3}$/, 'a language code such as de or en')
  .describe('ISO 639 language code, e.g. de or en');

export const entityId = z
  .string()
  .regex(
    /^[a-z0-9][a-z0-9.-]{0,99}$/,
    'an entity id such as deepseek-r2 (lower-case letters, digits, dots, dashes)',
  )
  .describe('entity id (a stable slug such as deepseek-r2)');

export const numericId = z.coerce
  .number({ error: 'a positive whole number' })
  .int('a positive whole number')
  .positive('a positive whole number')
  .max(Number.MAX_SAFE_INTEGER, 'a positive whole number');

/** A page size from 1 to `max`. */
export function limitParam(max: number, fallback: number) {
  return z.coerce
    .number({ error: `a whole number from 1 to ${max}` })
    .int(`a whole number from 1 to ${max}`)
    .min(1, `a whole number from 1 to ${max}`)
    .max(max, `at most ${max} per page; follow nextCursor for more`)
    .default(fallback)
    .describe(`page size, 1-${max} (default ${fallback})`);
}

export const cursorParam = z
  .string()
  .min(1)
  .max(512)
  .optional()
  .describe('the nextCursor of the previous page, unchanged');

const DATE_RE = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2}))?$/;

/** A date (YYYY-MM-DD) or timestamp (ISO 8601 with zone) in a query. */
export const dateParam = z
  .string()
  .regex(DATE_RE, 'a date YYYY-MM-DD or an ISO 8601 timestamp with zone, e.g. 2025-08-14T08:00:00Z')
  .refine((value) => {
    const date = new Date(value.length === 10 ? `${value}T00:00:00Z` : value);
    return !Number.isNaN(date.getTime()) && (value.length > 10 || date.toISOString().startsWith(value));
  }, 'not a real date')
  .optional();

/** `from` as the instant it starts; a bare date means its first moment (UTC). */
export function startOf(value: string | undefined): Date | undefined {
  if (value === undefined) return undefined;
  return new Date(value.length === 10 ? `${value}T00:00:00Z` : value);
}

/** `to` as an exclusive end: a bare date includes that whole day (UTC). */
export function endOf(value: string | undefined): Date | undefined {
  if (value === undefined) return undefined;
  if (value.length > 10) return new Date(value);
  return new Date(new Date(`${value}T00:00:00Z`).getTime() + 86_400_000);
}

export const eventTypesParam = z
  .string()
  .regex(
    new RegExp(`^(${EVENT_TYPES.join('|')})(,(${EVENT_TYPES.join('|')}))*$`),
    `one or more of ${EVENT_TYPES.join(', ')}, comma-separated`,
  )
  .optional()
  .describe(`event types, comma-separated: ${EVENT_TYPES.join(', ')}`);

const eventType = z.string().describe(EVENT_TYPES.join(' | '));

export const eventDate = z
  .object({
    value: z.string().describe('YYYY-MM-DD, YYYY-MM, YYYY-Qn or YYYY'),
    precision: z.string().describe(DATE_PRECISIONS.join(' | ')),
  })
  .meta({ id: 'EventDate' });

export const eventSource = z
  .object({
    articleId: z.number().int(),
    url: z.string(),
    title: z.string(),
    source: z.string().nullable().describe('id of the outlet in the sources registry'),
    language: z.string().nullable(),
    evidence: z.string().describe('the sentence that reports the event'),
    reportedAt: z.string().describe('publication time of the article (fetch time when unknown)'),
  })
  .meta({ id: 'EventSource' });

export const eventView = z
  .object({
    id: z.number().int(),
    type: eventType,
    subject: z.object({ id: z.string(), name: z.string(), kind: z.string() }),
    related: z.array(z.object({ id: z.string(), name: z.string(), role: z.string() })),
    date: eventDate.nullable(),
    reason: z.string().nullable(),
    confidence: z.number().describe('grows with independent sources: 1 - Π(1 - cᵢ)'),
    firstReportedAt: z.string(),
    lastReportedAt: z.string(),
    sourceCount: z.number().int(),
    languages: z.array(z.string()),
    sources: z
      .array(eventSource)
      .describe('in lists, the first 5 sources by report time; GET /v1/events/{id} has all'),
  })
  .meta({ id: 'Event' });

export const entitySummary = z
  .object({
    id: z.string(),
    kind: z.string(),
    name: z.string(),
    developer: z.string().nullable(),
    candidate: z.boolean().describe('found by discovery, not yet curated'),
    aliases: z.array(z.string()),
    mentions: z.number().int().describe('articles mentioning it'),
  })
  .meta({ id: 'EntitySummary' });

export const entityDetail = entitySummary
  .extend({
    family: z.string().nullable(),
    events: z.number().int().describe('visible events with this entity as subject'),
    mergedFrom: z.array(z.string()).describe('ids merged into this entity'),
  })
  .meta({ id: 'Entity' });

export const releaseView = z
  .object({
    entity: z.object({
      id: z.string(),
      name: z.string(),
      kind: z.string(),
      developer: z.string().nullable(),
    }),
    status: z.enum(RELEASE_STATUSES),
    expected: eventDate.nullable().describe('latest expected release date while planned or delayed'),
    released: eventDate.nullable(),
    lastReportedAt: z.string(),
    history: z.array(
      z.object({
        status: z.enum(['planned', 'delayed', 'released', 'cancelled']),
        eventId: z.number().int(),
        eventType: eventType,
        reportedAt: z.string(),
        date: eventDate.nullable().describe('expected date (planned, delayed) or release date (released)'),
        reason: z.string().nullable(),
        sourceCount: z.number().int(),
        sources: z.array(eventSource),
      }),
    ),
  })
  .meta({ id: 'Release' });

export const articleSummary = z
  .object({
    id: z.number().int(),
    url: z.string(),
    title: z.string(),
    authors: z.array(z.string()),
    source: z.string().nullable(),
    language: z.string().nullable(),
    publishedAt: z.string().nullable(),
    fetchedAt: z.string(),
    duplicateOf: z.number().int().nullable().describe('id of the original when this is a (near-)copy'),
  })
  .meta({ id: 'ArticleSummary' });

export const articleDetail = articleSummary
  .extend({
    text: z.string(),
    duplicate: z
      .object({ of: z.number().int(), url: z.string(), similarity: z.number().nullable() })
      .nullable(),
    copies: z.array(z.object({ id: z.number().int(), url: z.string(), similarity: z.number().nullable() })),
    entities: z.array(
      z.object({
        id: z.string(),
        name: z.string(),
        kind: z.string(),
        mentions: z.number().int(),
        firstSentence: z.string(),
      }),
    ),
    events: z.array(
      z.object({
        id: z.number().int(),
        type: eventType,
        subject: z.object({ id: z.string(), name: z.string() }),
        date: eventDate.nullable(),
        evidence: z.string(),
        sourceCount: z.number().int(),
      }),
    ),
  })
  .meta({ id: 'Article' });

export const crawlRun = z
  .object({
    id: z.number().int(),
    source: z.string(),
    status: z.string().describe(RUN_STATES.join(' | ')),
    startedAt: z.string(),
    finishedAt: z.string().nullable(),
    discovered: z.number().int(),
    fetched: z.number().int(),
    notModified: z.number().int(),
    created: z.number().int(),
    updated: z.number().int(),
    failed: z.number().int(),
    errors: z.array(z.object({ url: z.string(), reason: z.string() })),
  })
  .meta({ id: 'CrawlRun' });

export const sourceView = z
  .object({
    id: z.string(),
    name: z.string(),
    language: z.string(),
    category: z.string(),
    homepage: z.string(),
    feeds: z.array(z.string()),
    sitemaps: z.array(z.string()),
    sections: z.array(z.string()),
    intervalMinutes: z.number().int(),
    enabled: z.boolean(),
    lastRunAt: z.string().nullable(),
    articles: z.number().int(),
    lastRun: crawlRun.nullable(),
    failingHosts: z
      .array(
        z.object({
          host: z.string(),
          failedRuns: z
            .number()
            .int()
            .describe('crawl runs in a row in which every request to the host failed'),
          backedOffUntil: z
            .string()
            .nullable()
            .describe(
              'no request goes to the host before this time (circuit breaker); null once it has passed',
            ),
          lastError: z.string().nullable(),
        }),
      )
      .describe(
        "hosts of this source's URLs that failed every request in their latest runs; empty when healthy",
      ),
  })
  .meta({ id: 'Source' });

/** `{ items, nextCursor }` of a cursor-paginated list. */
export function pageOf<T extends z.ZodType>(item: T) {
  return z.object({
    items: z.array(item),
    nextCursor: z.string().nullable().describe('pass as cursor for the next page; null on the last page'),
  });
}

export const entityKindParam = z.enum(ENTITY_KINDS);

/** A subscriber's watch list as the API reads and writes it (see digest/watch-list.ts). */
export const watchListView = z
  .object({
    entities: z.array(z.string()).describe('entity ids; empty watches every entity'),
    types: z.array(z.string()).describe('event types; empty: all'),
    languages: z.array(z.string()).describe('source languages; empty: all'),
    minSources: z.number().int().describe('sources an event needs before it is reported'),
    savedSearches: z.array(z.string()).describe('saved-search ids whose new hits are listed'),
    candidates: z.boolean().describe('list new candidate entities found by discovery'),
  })
  .meta({ id: 'WatchList' });

export const subscriptionView = z
  .object({
    id: z.number().int(),
    email: z.string(),
    watch: watchListView,
    timeZone: z.string().describe('IANA time zone'),
    sendHour: z.number().int().describe('local hour the digest is sent at, 0-23'),
    language: z.enum(['de', 'en']),
    quietDays: z.boolean().describe('send a short email when nothing happened'),
    active: z.boolean().describe('false once unsubscribed'),
    unsubscribedAt: z.string().nullable(),
    createdAt: z.string(),
  })
  .meta({ id: 'Subscription' });
