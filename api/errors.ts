import type { FastifyError, FastifyInstance, FastifyReply } from 'fastify';
import { z } from 'zod';
import { UserError } from '../core/errors.js';
import { errorExample } from './openapi-examples.js';
import { SECURITY_HEADERS } from './security-headers.js';

/** The body of every error answer: a code, a sentence saying what to fix, and details when useful. */
export interface ErrorBody {
  error: string;
  message: string;
  details: unknown;
}

/** The error body as a zod schema, for the OpenAPI document. */
export const errorBodySchema = z
  .object({
    error: z.string().describe('machine-readable code: bad_request, unauthorized, not_found, conflict, ...'),
    message: z.string().describe('what went wrong and how to fix it'),
    details: z.unknown().describe('per-field problems or other specifics; null when none'),
  })
  .meta({ id: 'Error', examples: [errorExample] });

const codes: Record<number, string> = {
  400: 'bad_request',
  401: 'unauthorized',
  403: 'forbidden',
  404: 'not_found',
  405: 'method_not_allowed',
  406: 'not_acceptable',
  409: 'conflict',
  413: 'payload_too_large',
  415: 'unsupported_media_type',
  429: 'too_many_requests',
  501: 'not_implemented',
};

const places: Record<string, string> = {
  querystring: 'query parameter',
  params: 'path parameter',
  body: 'body field',
  headers: 'header',
};

interface ValidationIssue {
  keyword: string;
  instancePath: string;
  message?: string | undefined;
  params?: Record<string, unknown>;
}

/** Per-field problems of a failed request validation, named the way a client writes them. */
function validationDetails(issues: readonly ValidationIssue[], context: string) {
  return issues.flatMap((issue) => {
    const field = issue.instancePath.replace(/^\//, '').replaceAll('/', '.');
    const keys = issue.params?.keys;
    if (issue.keyword === 'unrecognized_keys' && Array.isArray(keys)) {
      return keys.map((key) => ({
        in: context,
        field: field ? `${field}.${String(key)}` : String(key),
        problem: `unknown ${places[context] ?? 'field'}`,
      }));
    }
    return [{ in: context, field, problem: issue.message ?? 'invalid value' }];
  });
}

/**
 * Installs the one error handler: user mistakes (UserError, invalid request, unknown route, bad JSON,
 * too many requests) answer 4xx with an {@link ErrorBody}; anything else is logged with the request and
 * answers 500 without internals.
 */
export function installErrorHandling(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError | Error, request, reply) => {
    if ('validation' in error && Array.isArray(error.validation)) {
      const context = error.validationContext ?? 'request';
      const issues: readonly ValidationIssue[] = error.validation;
      const details = validationDetails(issues, context);
      const first = details[0];
      return reply.code(400).send({
        error: 'bad_request',
        message: !first
          ? 'invalid request'
          : first.field
            ? `invalid ${places[context] ?? context} ${first.field}: ${first.problem}`
            : `invalid ${context === 'querystring' ? 'query' : context}: ${first.problem}`,
        details,
      } satisfies ErrorBody);
    }
    if (error instanceof z.ZodError) {
      const details = error.issues.map((issue) => ({ field: issue.path.join('.'), problem: issue.message }));
      const first = details[0];
      return reply.code(400).send({
        error: 'bad_request',
        message: first ? `invalid ${first.field || 'request'}: ${first.problem}` : 'invalid request',
        details,
      } satisfies ErrorBody);
    }
    if (error instanceof UserError) {
      if (error.status === 429 && !reply.hasHeader('retry-after')) void reply.header('retry-after', '60');
      return reply.code(error.status).send({
        error: codes[error.status] ?? 'bad_request',
        message: error.message,
        details: error.details ?? null,
      } satisfies ErrorBody);
    }
    const status = 'statusCode' in error && typeof error.statusCode === 'number' ? error.statusCode : 500;
    if (status >= 400 && status < 500) {
      const message =
        'code' in error && error.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE'
          ? `send the body as application/json (got ${request.headers['content-type'] ?? 'no content type'})`
          : error.message;
      return reply.code(status).send({
        error: codes[status] ?? 'bad_request',
        message,
        details: null,
      } satisfies ErrorBody);
    }
    request.log.error({ err: error }, 'request failed');
    return reply.code(500).send({
      error: 'internal',
      message: 'internal error; it has been logged',
      details: null,
    } satisfies ErrorBody);
  });
  app.setNotFoundHandler((request, reply) =>
    reply.code(404).send({
      error: 'not_found',
      message: `no route ${request.method} ${request.url.split('?')[0] ?? ''}; see GET /openapi.json for the routes`,
      details: null,
    } satisfies ErrorBody),
  );
}

/** What the router itself refuses before any route runs, and what to tell the client. */
const ROUTER_REFUSALS: Record<string, string> = {
  FST_ERR_BAD_URL: 'the path is not valid percent-encoding; encode special characters as %XX',
  FST_ERR_MAX_PARAM_LENGTH: 'a path parameter is too long; ids are short, see GET /openapi.json',
};

/**
 * Fastify's `frameworkErrors` option: the router's own refusals (a path that is not valid
 * percent-encoding, a path parameter longer than the router reads) answer 400 with an
 * {@link ErrorBody} like every other mistake, instead of Fastify's own shape; any other framework
 * error is ours and answers 500. Such replies skip the app's hooks, so the headers every answer
 * carries are set here too.
 */
export function frameworkErrorReply(error: FastifyError, _request: unknown, reply: FastifyReply): void {
  const refusal = ROUTER_REFUSALS[error.code];
  const body: ErrorBody =
    refusal === undefined
      ? { error: 'internal', message: 'internal error; it has been logged', details: null }
      : { error: 'bad_request', message: refusal, details: null };
  if (refusal === undefined) reply.log.error({ err: error }, 'request failed');
  void reply
    .code(refusal === undefined ? 500 : 400)
    .headers({ ...SECURITY_HEADERS, 'cache-control': 'no-store' })
    .send(body);
}
