import type { FastifyInstance } from 'fastify';
import { collectDefaultMetrics, Gauge, Histogram, Registry } from 'prom-client';
import type { ReadStore } from '../store/read-store.js';

/**
 * Prometheus metrics for one app (its own registry, so several apps in one process, as in tests, do not
 * collide): request durations by route and status, process metrics, and the size of the store (read
 * on each scrape). Served at GET /metrics in the text exposition format.
 */
export function installMetrics(app: FastifyInstance, reads: ReadStore): void {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  const duration = new Histogram({
    name: 'modelwatch_http_request_duration_seconds',
    help: 'HTTP request duration by method, route pattern and status code',
    labelNames: ['method', 'route', 'status_code'] as const,
    buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
    registers: [registry],
  });
  const tables = {
    articles: 'Article',
    events: 'Event',
    entities: 'Entity',
    sources: 'Source',
    mentions: 'Mention',
  };
  const counts = new Map<string, number>();
  let countedAt = 0;
  new Gauge({
    name: 'modelwatch_store_rows',
    help: 'Rows stored, by kind',
    labelNames: ['kind'] as const,
    registers: [registry],
    async collect() {
      // Full-table counts are slow on a large store: refresh them at most every 30 s.
      const now = Date.now();
      if (now - countedAt >= 30_000) {
        for (const [kind, table] of Object.entries(tables)) {
          counts.set(kind, (await reads.get<{ n: number }>(`SELECT COUNT(*) AS n FROM ${table}`))?.n ?? 0);
        }
        countedAt = now;
      }
      for (const [kind, n] of counts) this.set({ kind }, n);
    },
  });
  new Gauge({
    name: 'modelwatch_crawl_runs_failed_last_day',
    help: 'Crawl runs that ended failed in the last 24 hours',
    registers: [registry],
    async collect() {
      const since = new Date(Date.now() - 86_400_000).toISOString().replace('Z', '+00:00');
      const row = await reads.get<{ n: number }>(
        `SELECT COUNT(*) AS n FROM CrawlRun WHERE status = 'failed' AND startedAt >= @since`,
        { since },
      );
      this.set(row?.n ?? 0);
    },
  });
  app.addHook('onResponse', async (request, reply) => {
    duration.observe(
      {
        method: request.method,
        route: request.routeOptions.url ?? 'unmatched',
        status_code: String(reply.statusCode),
      },
      reply.elapsedTime / 1000,
    );
    return Promise.resolve();
  });
  app.get('/metrics', { schema: { hide: true }, config: { rateLimit: false } }, async (_request, reply) => {
    const text = await registry.metrics();
    return reply.header('content-type', registry.contentType).header('cache-control', 'no-store').send(text);
  });
}
