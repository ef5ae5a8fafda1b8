import { buildApp } from '../api/app.js';
import { silentLogger } from '../core/logger.js';
import type { SourceConfig } from '../crawlers/sources/source-schema.js';
import { formatSummary } from '../cli/commands/crawl.js';
import { runCrawl } from '../jobs/run-crawl.js';
import { testApiConfig } from './api-fixture.js';
import { faults } from './fault-server.js';
import { createTestDatabase, fixtureSource, testCrawlSettings, type TestDatabase } from './helpers.js';
import { articleHtml, rss, startLoopbackServer, type LoopbackServer } from './loopback-server.js';

interface SourceJson {
  id: string;
  lastRun: { status: string; errors: { reason: string }[] } | null;
  failingHosts: {
    host: string;
    failedRuns: number;
    backedOffUntil: string | null;
    lastError: string | null;
  }[];
}

describe('per-host circuit breaker across runs', () => {
  let store: TestDatabase;
  let broken: LoopbackServer;
  let healthy: LoopbackServer;
  let sources: SourceConfig[];
  beforeEach(async () => {
    store = await createTestDatabase();
    broken = await startLoopbackServer();
    healthy = await startLoopbackServer();
    for (const path of ['/robots.txt', '/feed.xml']) broken.route(path, faults.status(503));
    healthy.route('/feed.xml', (_q, res) => {
      res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(rss(healthy.baseUrl, ['/a.html']));
    });
    healthy.route('/a.html', (_q, res) => {
      res
        .writeHead(200, { 'content-type': 'text/html' })
        .end(articleHtml('Bericht', 'Ein Bericht über Chips.'));
    });
    sources = [
      { ...fixtureSource(broken.baseUrl), id: 'broken' },
      { ...fixtureSource(healthy.baseUrl), id: 'healthy' },
    ];
  });
  afterEach(async () => {
    await broken.close();
    await healthy.close();
    await store.close();
  });

  const crawlAt = (at: string) =>
    runCrawl({
      db: store.db,
      log: silentLogger,
      settings: testCrawlSettings({ CRAWL_MAX_RETRIES: '0', CRAWL_HOST_BACKOFF_MINUTES: '60' }),
      sources,
      now: () => new Date(at),
    });

  const listSources = async () => {
    const app = buildApp({ db: store.db, log: silentLogger, config: testApiConfig() });
    try {
      const body = (await app.inject({ method: 'GET', url: '/v1/sources' })).json<{ items: SourceJson[] }>();
      return Object.fromEntries(body.items.map((item) => [item.id, item]));
    } finally {
      await app.close();
    }
  };

  it('records a run that reached nothing as failed, and says why on the command line', async () => {
    const [brokenRun, healthyRun] = await crawlAt('2030-01-01T10:00:00Z');
    if (brokenRun === undefined || healthyRun === undefined) throw new Error('two runs expected');
    expect(brokenRun.status).toBe('failed');
    expect(formatSummary(brokenRun)).toMatch(
      /^broken: discovered 0, .* failed 0 \(run failed: robots\.txt unreachable/,
    );
    expect(healthyRun.status).toBe('ok');
    expect(formatSummary(healthyRun)).toMatch(/^healthy: discovered 1, .*failed 0$/);
    const shown = await listSources();
    expect(shown.broken?.lastRun?.status).toBe('failed');
    expect(shown.healthy?.lastRun?.status).toBe('ok');
  });

  it('keeps a run ok whose host answered, even with nothing to fetch (a feed that is a page)', async () => {
    healthy.route('/feed.xml', (_q, res) => {
      res.writeHead(200, { 'content-type': 'text/html' }).end('<html><body>no feed here</body></html>');
    });
    const [, run] = await crawlAt('2030-01-01T10:00:00Z');
    expect(run?.fetched).toBe(0);
    expect(run?.errors.length).toBeGreaterThan(0);
    expect(run?.status).toBe('ok');
  });

  it('backs off a host that failed every request, shows it in /v1/sources, and tries again after the rest', async () => {
    await crawlAt('2030-01-01T10:00:00Z');
    const hitsAfterFirst = broken.log.length;
    expect(hitsAfterFirst).toBeGreaterThan(0);

    const second = await crawlAt('2030-01-01T10:30:00Z');
    expect(broken.log.length).toBe(hitsAfterFirst);
    expect(second.find((s) => s.source === 'healthy')?.created).toBe(0);
    expect(healthy.log.filter((r) => r.path === '/feed.xml')).toHaveLength(2);
    const shown = await listSources();
    expect(shown.broken?.lastRun?.status).toBe('backed-off');
    expect(shown.broken?.lastRun?.errors[0]?.reason).toMatch(
      /^host 127\.0\.0\.1:\d+ backed off until 2030-01-01T11:00:00\.000Z after 1 failed runs \(robots\.txt: HTTP 503\)/,
    );
    expect(shown.broken?.failingHosts).toEqual([
      {
        host: new URL(broken.baseUrl).host,
        failedRuns: 1,
        backedOffUntil: expect.any(String) as string,
        lastError: 'robots.txt: HTTP 503',
      },
    ]);
    expect(shown.healthy?.failingHosts).toEqual([]);

    // After the hour the host is asked again; still failing, it rests twice as long.
    await crawlAt('2030-01-01T11:01:00Z');
    expect(broken.log.length).toBeGreaterThan(hitsAfterFirst);
    const row = await store.db.hostHealth.findUnique({ where: { host: new URL(broken.baseUrl).host } });
    expect(row).toMatchObject({ failedRuns: 2, openUntil: new Date('2030-01-01T13:01:00Z') });

    // Recovered: one answer closes the circuit.
    broken.route('/robots.txt', faults.status(404));
    broken.route('/feed.xml', (_q, res) => {
      res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(rss(broken.baseUrl, []));
    });
    await crawlAt('2030-01-01T13:02:00Z');
    const closed = await store.db.hostHealth.findUnique({ where: { host: new URL(broken.baseUrl).host } });
    expect(closed).toMatchObject({ failedRuns: 0, openUntil: null });
  });
});
