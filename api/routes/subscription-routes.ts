import { z } from 'zod';
import { EVENT_TYPES } from '../../nlp/types.js';
import { createSubscription, deleteSubscription, listSubscriptions } from '../../store/subscriptions.js';
import { requireApiKey } from '../auth.js';
import { operation } from '../openapi.js';
import { errorResponses, typed, type RouteContext } from '../route-context.js';
import { entityId, languageCode, numericId, subscriptionView } from '../schemas.js';

const watchBody = z
  .object({
    entities: z.array(entityId).max(500).default([]),
    types: z.array(z.enum(EVENT_TYPES)).max(EVENT_TYPES.length).default([]),
    languages: z.array(languageCode).max(10).default([]),
    minSources: z.number().int().min(1).max(100).default(1),
    savedSearches: z.array(z.string().trim().min(1).max(100)).max(50).default([]),
    candidates: z.boolean().default(true),
  })
  .strict();

/**
 * Digest subscriptions, all behind an API key (they hold email addresses): list, create, delete.
 * Unsubscribing from an email needs no key; see unsubscribe-routes.ts.
 */
export function registerSubscriptionRoutes({ app, db }: RouteContext): void {
  const api = typed(app);
  const common = { onRequest: requireApiKey, config: { write: true } };

  api.get(
    '/v1/subscriptions',
    {
      ...common,
      schema: {
        ...operation({
          id: 'listSubscriptions',
          tag: 'digest',
          summary: 'Digest subscriptions, active ones first',
          description:
            'Every subscriber of the daily digest with watch list, time zone, send hour and language. Unsubscribed ' +
            'addresses stay listed (active: false) until deleted, since the digest ledger refers to them.',
          example: 'GET /v1/subscriptions',
        }),
        querystring: z.object({}).strict(),
        response: { 200: z.object({ items: z.array(subscriptionView) }), ...errorResponses(400, 401, 429) },
      },
    },
    async () => ({ items: await listSubscriptions(db) }),
  );

  api.post(
    '/v1/subscriptions',
    {
      ...common,
      schema: {
        ...operation({
          id: 'createSubscription',
          tag: 'digest',
          summary: 'Subscribe an email address to the daily digest',
          description:
            'The digest is sent every day at `sendHour` in `timeZone` and covers what happened since the previous ' +
            'one to the watched entities (merged ids are stored as their target; an unknown id is a 400). An ' +
            'address that unsubscribed may subscribe again; an active one answers 409.',
          example: 'POST /v1/subscriptions',
          body: {
            email: 'analyst@example.com',
            watch: { entities: ['deepseek-r2'] },
            timeZone: 'Europe/Berlin',
            sendHour: 7,
            language: 'de',
          },
        }),
        body: z
          .object({
            email: z.email({ error: 'an email address' }),
            watch: watchBody.default({
              entities: [],
              types: [],
              languages: [],
              minSources: 1,
              savedSearches: [],
              candidates: true,
            }),
            timeZone: z
              .string()
              .min(1)
              .max(100)
              .default('UTC')
              .describe('IANA time zone, e.g. Europe/Berlin'),
            sendHour: z.number().int().min(0).max(23).default(7),
            language: z.enum(['de', 'en']).default('en'),
            quietDays: z.boolean().default(false),
          })
          .strict(),
        response: { 201: subscriptionView, ...errorResponses(400, 401, 409, 429) },
      },
    },
    async (request, reply) => reply.code(201).send(await createSubscription(db, request.body)),
  );

  api.delete(
    '/v1/subscriptions/:id',
    {
      ...common,
      schema: {
        ...operation({
          id: 'deleteSubscription',
          tag: 'digest',
          summary: 'Delete a subscription and its digest ledger',
          description:
            'Answers with the deleted subscription. To stop emails but keep the record, unsubscribe instead.',
          example: 'DELETE /v1/subscriptions/1',
        }),
        params: z.object({ id: numericId }),
        response: { 200: subscriptionView, ...errorResponses(400, 401, 404, 429) },
      },
    },
    async (request) => deleteSubscription(db, request.params.id),
  );
}
