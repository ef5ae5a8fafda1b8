import type { FastifyError, FastifyInstance } from 'fastify';
import { z } from 'zod';
import { UserError } from '../core/errors.js';

/** The body of every error answer: a code, a sentence saying what to fix, and details when useful. */
export interface ErrorBody {
  error: string;
  message: string;
  details: unknown;
}

const codes: Record<number, string> = {
  400: 'bad_request',
  404: 'not_found',
  405: 'method_not_allowed',
  429: 'too_many_requests',
};

/**
 * Installs the one error handler: user mistakes (UserError, invalid query, unknown route) answer 4xx
 * with an {@link ErrorBody}; anything else is logged with the request and answers 500 without
 * internals.
 */
export function installErrorHandling(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError | Error, request, reply) => {
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
      return reply
        .code(error.status)
        .send({
          error: codes[error.status] ?? 'bad_request',
          message: error.message,
          details: error.details ?? null,
        });
    }
    const status = 'statusCode' in error && typeof error.statusCode === 'number' ? error.statusCode : 500;
    if (status < 500) {
      return reply
        .code(status)
        .send({ error: codes[status] ?? 'bad_request', message: error.message, details: null });
    }
    request.log.error({ err: error }, 'request failed');
    return reply
      .code(500)
      .send({ error: 'internal', message: 'internal error; it has been logged', details: null });
  });
  app.setNotFoundHandler((request, reply) =>
    reply.code(404).send({
      error: 'not_found',
      message: `no route ${request.method} ${request.url.split('?')[0] ?? ''}; see GET /v1 for the routes`,
      details: null,
    } satisfies ErrorBody),
  );
}
