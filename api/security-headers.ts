import type { FastifyInstance } from 'fastify';

/** The largest request body the API reads: its JSON bodies are a few hundred bytes. */
export const BODY_LIMIT_BYTES = 64 * 1024;

/** A JSON or text answer needs no script, style or frame: a policy that forbids everything. */
const DATA_CSP = "default-src 'none'; frame-ancestors 'none'";

/** The headers every answer carries: no MIME sniffing, no framing, no referrer. */
const COMMON_HEADERS = {
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
  'referrer-policy': 'no-referrer',
} as const;

/** The headers of a JSON or text answer (those above and a policy that forbids all). */
export const SECURITY_HEADERS = { ...COMMON_HEADERS, 'content-security-policy': DATA_CSP } as const;

/**
 * Security headers on every answer: no MIME sniffing, no framing, no referrer, and for data answers (JSON,
 * text) a Content-Security-Policy that forbids all, so a response opened in a browser can run nothing.
 * Pages that set their own policy (the analyst page, the docs page) keep theirs.
 */
export function installSecurityHeaders(app: FastifyInstance): void {
  app.addHook('onSend', async (_request, reply, payload) => {
    void reply.headers(COMMON_HEADERS);
    const type = String(reply.getHeader('content-type') ?? '');
    if (!reply.hasHeader('content-security-policy') && /^(application\/json|text\/plain)/.test(type))
      void reply.header('content-security-policy', DATA_CSP);
    return payload;
  });
}
