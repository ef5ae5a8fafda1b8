import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import { UserError } from '../../core/errors.js';
import { escapeHtml } from '../../digest/escape-html.js';
import { tokenSubscriptionId, verifyUnsubscribeToken } from '../../digest/unsubscribe-token.js';
import { UNSUBSCRIBE_PATH, UNSUBSCRIBE_SECRET } from '../../jobs/digest-links.js';
import { appSecret } from '../../store/app-secrets.js';
import { findSubscription, unsubscribe, type SubscriptionView } from '../../store/subscriptions.js';
import { operation } from '../openapi.js';
import { errorResponses, typed, type RouteContext } from '../route-context.js';

const tokenQuery = z
  .object({ token: z.string().min(1).max(200).describe('the signed token from the email') })
  .strict();

const badToken = () =>
  new UserError('this unsubscribe link is not valid; use the link from your latest digest email', {
    details: [{ in: 'querystring', field: 'token', problem: 'not a valid unsubscribe token' }],
  });

function page(title: string, body: string): string {
  return `<!doctype html><html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>${escapeHtml(title)}</title></head><body style="font-family:Helvetica,Arial,sans-serif;max-width:32rem;margin:3rem auto;padding:0 1rem">${body}</body></html>`;
}

const wantsHtml = (request: FastifyRequest) => (request.headers.accept ?? '').includes('text/html');

/**
 * One-click unsubscribe without an API key, authorised by the signed token alone. GET shows a page with
 * a button (mail scanners fetch links, so a GET must not unsubscribe); POST unsubscribes, as RFC 8058
 * asks of a List-Unsubscribe-Post click (`List-Unsubscribe=One-Click`, form-encoded or multipart) and as
 * the page's button does. Idempotent: a second POST answers the same.
 */
export function registerUnsubscribeRoutes({ app, db }: RouteContext): void {
  void app.register((scope, _options, done) => {
    scope.addContentTypeParser(
      ['application/x-www-form-urlencoded', 'multipart/form-data'],
      { parseAs: 'string', bodyLimit: 10_000 },
      (_request, body, parsed) => {
        parsed(null, body);
      },
    );
    const api = typed(scope);
    const subscriptionOf = async (token: string): Promise<SubscriptionView> => {
      const id = tokenSubscriptionId(token);
      const found = id === null ? null : await findSubscription(db, id);
      if (!found || !verifyUnsubscribeToken(await appSecret(db, UNSUBSCRIBE_SECRET), token, found))
        throw badToken();
      return found;
    };
    const rateLimit = { max: 30, timeWindow: 60_000 };

    api.get(
      UNSUBSCRIBE_PATH,
      {
        config: { write: true, rateLimit },
        schema: {
          ...operation({
            id: 'getUnsubscribePage',
            tag: 'digest',
            summary: 'The unsubscribe page of a digest email link',
            description:
              'An HTML page with a button that unsubscribes (by POST to the same URL). Needs no key.',
            example: 'GET /v1/unsubscribe?token=TOKEN',
          }),
          querystring: tokenQuery,
          response: { 200: z.string().describe('text/html'), ...errorResponses(400, 429) },
        },
      },
      async (request, reply) => {
        const subscription = await subscriptionOf(request.query.token);
        const action = `${UNSUBSCRIBE_PATH}?token=${encodeURIComponent(request.query.token)}`;
        const body = subscription.active
          ? `<h1>Unsubscribe</h1><p>Stop the modelwatch digest to ${escapeHtml(subscription.email)}?</p><form method="post" action="${escapeHtml(action)}"><input type="hidden" name="List-Unsubscribe" value="One-Click"><button type="submit">Unsubscribe</button></form>`
          : `<h1>Unsubscribed</h1><p>${escapeHtml(subscription.email)} receives no more digests.</p>`;
        return reply.type('text/html; charset=utf-8').send(page('Unsubscribe', body));
      },
    );

    api.post(
      UNSUBSCRIBE_PATH,
      {
        config: { write: true, rateLimit },
        schema: {
          ...operation({
            id: 'unsubscribeByToken',
            tag: 'digest',
            summary: 'One-click unsubscribe (RFC 8058), by the signed token of the email link',
            description:
              'Mail clients POST `List-Unsubscribe=One-Click` here; the token in the query authorises it, no key is ' +
              'needed. Answers JSON, or an HTML page when the client accepts text/html.',
            example: 'POST /v1/unsubscribe?token=TOKEN',
          }),
          querystring: tokenQuery,
          response: {
            200: z.union([
              z.object({ unsubscribed: z.literal(true), email: z.string() }),
              z.string().describe('text/html'),
            ]),
            ...errorResponses(400, 429),
          },
        },
      },
      async (request, reply) => {
        const subscription = await subscriptionOf(request.query.token);
        await unsubscribe(db, subscription.id, new Date());
        request.log.info({ subscription: subscription.id }, 'unsubscribed');
        if (wantsHtml(request))
          return reply
            .type('text/html; charset=utf-8')
            .send(
              page(
                'Unsubscribed',
                `<h1>Unsubscribed</h1><p>${escapeHtml(subscription.email)} receives no more digests.</p>`,
              ),
            );
        return { unsubscribed: true as const, email: subscription.email };
      },
    );
    done();
  });
}
