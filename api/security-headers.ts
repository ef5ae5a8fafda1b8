import type { FastifyInstance } from 'fastify';

/** The largest request body the API reads: its JSON bodies are a few hundred bytes. */
export const BODY_LIMIT_BYTES = 64 * 1024;

/** A JSON or text answer needs no script, style or frame: a policy that forbids everything. */
const DATA_CSP = "default-src 'none'; frame-ancestors 'none'";

/**
 * Security headers on every answer: no MIME sniffing, no framing, no referrer, and for data answers (JSON,
 * text) a Content-Security-Policy that forbids all, so a response opened in a browser can run nothing.
 * Pages that set their own policy (the analyst page, the docs page) keep theirs.
 */
export function installSecurityHeaders(app: FastifyInstance): void {
  app.addHook('onSend', async (_request, reply, payload) => {
    void reply.header('x-content-type-options', 'nosniff');
    void reply.header('x-frame-options', 'DENY');
    void reply.header('referrer-policy', 'no-referrer');
    const type = String(reply.getHeader('content-type') ?? '');
    if (!reply.hasHeader('content-security-policy') && /^(application\/json|text\/plain)/.test(type))
      void reply.header('content-security-policy', DATA_CSP);
    return payload;
  });
}
