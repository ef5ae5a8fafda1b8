import type { ParsedMail } from 'mailparser';
import { loadConfig } from '../core/config.js';
import { silentLogger } from '../core/logger.js';
import { digestLinks } from '../jobs/digest-links.js';
import { smtpTransport, type MailTransport } from '../jobs/mail-transport.js';
import { savedSearchHits } from '../jobs/saved-search-hits.js';
import { runDigests, type DigestDeps } from '../jobs/send-digests.js';
import { databaseFileOf } from '../store/database.js';
import { openReadConnection } from '../store/read-connection.js';
import { createSqliteSearchIndex } from '../store/search/sqlite-search-index.js';
import { demoSource } from '../demo/site-server.js';
import { ingestPage } from '../jobs/ingest-page.js';
import { digestLedger, listDigests } from '../store/digest-ledger.js';
import { createApiFixture, type ApiFixture } from './api-fixture.js';
import { startSmtpSink, type SmtpSink } from './smtp-sink.js';

/**
 * The run's clock is real time (the demo's articles are recorded now), and each run sends the digest of
 * 15 August 2025, the morning after the demo's R2 delay (reported 14 August, 08:15 UTC).
 */
let MORNING = new Date();
const DATE = '2025-08-15';

let fixture: ApiFixture;
let smtp: SmtpSink;
let transport: MailTransport;

beforeAll(async () => {
  fixture = await createApiFixture();
  // A few minutes after the crawl, beyond the read margin (RECORD_MARGIN_MS) of the first digest.
  MORNING = new Date(Date.now() + 5 * 60_000);
  smtp = await startSmtpSink();
  transport = smtpTransport(smtp.url);
});

afterAll(async () => {
  transport.close();
  await smtp.close();
  await fixture.close();
});

beforeEach(() => {
  smtp.received.length = 0;
  smtp.refuseWith = null;
});

const config = loadConfig({ PUBLIC_URL: 'https://watch.example' });

function deps(now: Date, overrides: Partial<DigestDeps> = {}): DigestDeps & { waits: number[] } {
  const waits: number[] = [];
  return {
    db: fixture.store.db,
    log: silentLogger,
    transport,
    mailFrom: 'modelwatch <digest@watch.example>',
    linksFor: digestLinks(fixture.store.db, config),
    now: () => now,
    sleep: (ms) => {
      waits.push(ms);
      return Promise.resolve();
    },
    retry: { attempts: 3, baseMs: 100, retryMinutes: 15 },
    waits,
    ...overrides,
  };
}

async function subscribe(email: string, body: Record<string, unknown> = {}): Promise<number> {
  const response = await fixture.app.inject({
    method: 'POST',
    url: '/v1/subscriptions',
    headers: { authorization: `Bearer ${fixture.key}` },
    payload: {
      email,
      watch: { entities: ['deepseek-r2', 'nvidia-h20'] },
      timeZone: 'Europe/Berlin',
      sendHour: 7,
      language: 'de',
      ...body,
    },
  });
  expect(response.statusCode).toBe(201);
  return response.json<{ id: number }>().id;
}

/** A header exactly as sent (mailparser folds List-* headers into one object). */
function headerLine(mail: ParsedMail, name: string): string | undefined {
  const prefix = `${name.toLowerCase()}:`;
  return mail.headerLines
    .find((h) => h.line.toLowerCase().startsWith(prefix))
    ?.line.slice(prefix.length)
    .trim();
}

const hrefs = (mail: ParsedMail) => [...String(mail.html).matchAll(/href="([^"]+)"/g)].map((m) => m[1] ?? '');

describe('daily digest through a real SMTP server', () => {
  it('sends one email with both parts, RFC 8058 headers and working links, and only once', async () => {
    await subscribe('lena@example.org');
    const first = await runDigests(deps(MORNING), { date: DATE, to: 'lena@example.org' });
    expect(first.results[0]).toMatchObject({ date: DATE, outcome: 'sent' });
    expect(first).toMatchObject({ sent: 1, failed: 0 });
    expect(smtp.received).toHaveLength(1);
    const mail = smtp.received[0] as ParsedMail;
    expect(mail.subject).toMatch(/^DeepSeek verschiebt R2/);
    expect(mail.from?.value[0]).toMatchObject({ name: 'modelwatch', address: 'digest@watch.example' });
    expect(mail.messageId).toMatch(/^<digest-\d+-2025-08-15@modelwatch>$/);
    expect(mail.text).toContain('geplant (Mai 2025) → verschoben (kein Datum genannt)');
    expect(mail.text).toContain('Grund: after training on Huawei chips falters');
    expect(mail.text).toContain('https://demo-news.modelwatch.example/tech/deepseek-r2-verschoben.html');
    expect(mail.html).toContain('geplant (Mai 2025) → verschoben (kein Datum genannt)');
    expect(mail.html).toContain('<table');
    expect(headerLine(mail, 'List-Unsubscribe')).toMatch(
      /^<https:\/\/watch\.example\/v1\/unsubscribe\?token=\d+\.[\w-]+>$/,
    );
    expect(headerLine(mail, 'List-Unsubscribe-Post')).toBe('List-Unsubscribe=One-Click');
    const links = hrefs(mail);
    expect(links).toContain('https://watch.example/#/entity/deepseek-r2');
    expect(links).toContain('https://demo-news.modelwatch.example/tech/deepseek-r2-verschoben.html');
    // The English report came on the 16th, after this digest's period: it belongs to a later one.
    expect(links).not.toContain(
      'https://demo-news.modelwatch.example/en/tech/deepseek-r2-delayed-ascend-training.html',
    );
    expect(links.some((l) => l.startsWith('https://watch.example/v1/unsubscribe?token='))).toBe(true);

    const again = await runDigests(deps(new Date(MORNING.getTime() + 60_000)), {
      date: DATE,
      to: 'lena@example.org',
    });
    expect(again).toMatchObject({ sent: 0, skipped: 1 });
    expect(again.results[0]?.detail).toBe('done');
    expect(smtp.received).toHaveLength(1);
  });

  it('chains periods: the next digest starts where the last ended and repeats nothing', async () => {
    const id = await subscribe('jonas@example.org');
    await runDigests(deps(MORNING), { date: DATE, to: 'jonas@example.org' });
    await runDigests(deps(new Date(MORNING.getTime() + 60_000)), {
      date: '2025-08-16',
      to: 'jonas@example.org',
    });
    const [second, first] = await listDigests(fixture.store.db, id);
    expect(first?.status).toBe('sent');
    expect(second?.digestDate).toBe('2025-08-16');
    expect(second?.periodStart?.toISOString()).toBe(first?.periodEnd?.toISOString());
    // The 16th carries only the English report of the 16th (14:05 UTC is after 07:00 Berlin): nothing new.
    expect(second?.status).toBe('empty');
    expect(JSON.parse(second?.eventIds ?? '')).toEqual([]);
    expect(smtp.received).toHaveLength(1);
    const third = await runDigests(deps(new Date(MORNING.getTime() + 120_000)), {
      date: '2025-08-17',
      to: 'jonas@example.org',
    });
    expect(third.results[0]?.outcome).toBe('empty');
  });

  it('carries an article crawled late (published before the period) into the next digest, once', async () => {
    await subscribe('lars@example.org', { watch: { entities: ['amd-mi308'] } });
    const now = new Date();
    const first = await runDigests(deps(now), { date: DATE, to: 'lars@example.org' });
    expect(first.results[0]?.outcome).toBe('empty');
    // Published on 10 August, before the first digest's period, but crawled only now.
    const html = `<html lang="de"><head><title>AMD erhält Exportlizenzen für MI308</title>
      <meta property="article:published_time" content="2025-08-10T09:00:00Z"></head><body><article>
      <h1>AMD erhält Exportlizenzen für MI308</h1>
      <p>Die US-Regierung hat AMD nach Angaben des Unternehmens Exportlizenzen für den KI-Chip MI308 erteilt.
      AMD will die Auslieferung nach China nun wieder aufnehmen, hieß es am Sonntag.</p></article></body></html>`;
    const url = 'https://demo-news.modelwatch.example/chips/amd-mi308-lizenz.html';
    await ingestPage(fixture.store.db, demoSource({ baseUrl: 'https://demo-news.modelwatch.example' }), {
      url,
      loadedUrl: url,
      status: 200,
      contentType: 'text/html',
      html,
      etag: null,
      lastModified: null,
      feedItem: { title: null, publishedAt: null },
    });
    const next = await runDigests(deps(new Date(now.getTime() + 60_000)), {
      date: '2025-08-16',
      to: 'lars@example.org',
    });
    expect(next.results[0]?.outcome).toBe('sent');
    expect(smtp.received.map((m) => m.subject)).toEqual(['Exportkontrolle für AMD MI308']);
    const after = await runDigests(deps(new Date(now.getTime() + 120_000)), {
      date: '2025-08-17',
      to: 'lars@example.org',
    });
    expect(after.results[0]?.outcome).toBe('empty');
  });

  it('one-click unsubscribe from the email header works without a key and stops the digest', async () => {
    await subscribe('mia@example.org');
    await runDigests(deps(MORNING), { date: DATE, to: 'mia@example.org' });
    const url = new URL(
      (headerLine(smtp.received[0] as ParsedMail, 'List-Unsubscribe') ?? '').replace(/^<|>$/g, ''),
    );
    const path = `${url.pathname}${url.search}`;

    const page = await fixture.app.inject({ method: 'GET', url: path, headers: { accept: 'text/html' } });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('<form method="post"');
    const boundary = '----modelwatchTest';
    const post = await fixture.app.inject({
      method: 'POST',
      url: path,
      headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
      payload: `--${boundary}\r\nContent-Disposition: form-data; name="List-Unsubscribe"\r\n\r\nOne-Click\r\n--${boundary}--\r\n`,
    });
    expect(post.statusCode).toBe(200);
    expect(post.json()).toEqual({ unsubscribed: true, email: 'mia@example.org' });
    const twice = await fixture.app.inject({
      method: 'POST',
      url: path,
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: 'List-Unsubscribe=One-Click',
    });
    expect(twice.statusCode).toBe(200);

    const forged = await fixture.app.inject({
      method: 'POST',
      url: path.replace(/token=\d+\./, 'token=1.'),
      payload: '',
    });
    expect(forged.statusCode).toBe(400);
    expect(forged.json()).toMatchObject({ error: 'bad_request' });

    const list = await fixture.app.inject({
      method: 'GET',
      url: '/v1/subscriptions',
      headers: { authorization: `Bearer ${fixture.key}` },
    });
    const mia = list
      .json<{ items: { email: string; active: boolean }[] }>()
      .items.find((s) => s.email === 'mia@example.org');
    expect(mia?.active).toBe(false);
    const next = await runDigests(deps(new Date(MORNING.getTime() + 60_000)), { date: '2025-08-16' });
    expect(next.results.map((r) => r.email)).not.toContain('mia@example.org');
  });

  it('never sends twice after a crash between sending and recording it', async () => {
    const id = await subscribe('ole@example.org');
    const crashing = {
      ...digestLedger,
      markSent: () => Promise.reject(new Error('simulated crash after send')),
    };
    const crashed = await runDigests(deps(MORNING, { ledger: crashing }), {
      date: DATE,
      to: 'ole@example.org',
    });
    expect(crashed.results[0]).toMatchObject({ outcome: 'error', detail: 'simulated crash after send' });
    expect(smtp.received).toHaveLength(1);
    expect((await listDigests(fixture.store.db, id))[0]?.status).toBe('sending');

    const duringLease = await runDigests(deps(new Date(MORNING.getTime() + 60_000)), {
      date: DATE,
      to: 'ole@example.org',
    });
    expect(duringLease.results[0]?.detail).toBe('claimed-elsewhere');
    const afterLease = await runDigests(deps(new Date(MORNING.getTime() + 3_600_000)), {
      date: DATE,
      to: 'ole@example.org',
    });
    expect(afterLease.results[0]?.detail).toBe('unconfirmed');
    expect(smtp.received).toHaveLength(1);
    expect((await listDigests(fixture.store.db, id))[0]?.status).toBe('unconfirmed');
  });

  it('retries a refusing server with backoff, records the failure and sends everything on a later run', async () => {
    const id = await subscribe('pia@example.org');
    smtp.refuseWith = 451;
    const failing = deps(MORNING);
    const failed = await runDigests(failing, { date: DATE, to: 'pia@example.org' });
    expect(failed).toMatchObject({ sent: 0, failed: 1 });
    expect(smtp.refused).toBeGreaterThanOrEqual(3);
    expect(failing.waits).toEqual([100, 200]);
    const [row] = await listDigests(fixture.store.db, id);
    expect(row).toMatchObject({ status: 'failed', attempts: 3 });
    expect(row?.lastError).toMatch(/451/);
    expect(row?.nextAttemptAt?.toISOString()).toBe(new Date(MORNING.getTime() + 15 * 60_000).toISOString());

    smtp.refuseWith = null;
    const early = await runDigests(deps(new Date(MORNING.getTime() + 5 * 60_000)), {
      date: DATE,
      to: 'pia@example.org',
    });
    expect(early.results[0]?.detail).toBe('waiting-for-retry');
    expect(smtp.received).toHaveLength(0);

    const later = await runDigests(deps(new Date(MORNING.getTime() + 20 * 60_000)), {
      date: DATE,
      to: 'pia@example.org',
    });
    expect(later).toMatchObject({ sent: 1 });
    expect(smtp.received).toHaveLength(1);
    expect(smtp.received[0]?.subject).toMatch(/^DeepSeek verschiebt R2/);
    expect((await listDigests(fixture.store.db, id))[0]).toMatchObject({ status: 'sent', attempts: 4 });
  });

  it('records a digest that cannot be composed as failed and still sends the others', async () => {
    const brokenId = await subscribe('kai@example.org');
    await subscribe('ute@example.org');
    const links = digestLinks(fixture.store.db, config);
    const run = await runDigests(
      deps(MORNING, {
        linksFor: (s) =>
          s.email === 'kai@example.org' ? Promise.reject(new Error('no links today')) : links(s),
      }),
      { date: DATE },
    );
    const byEmail = Object.fromEntries(run.results.map((r) => [r.email, r.outcome]));
    expect(byEmail).toMatchObject({ 'kai@example.org': 'failed', 'ute@example.org': 'sent' });
    expect(smtp.received.map((m) => (m.to && 'text' in m.to ? m.to.text : ''))).toEqual(['ute@example.org']);
    const [row] = await listDigests(fixture.store.db, brokenId);
    expect(row).toMatchObject({ status: 'failed' });
    expect(row?.lastError).toBe('composing failed: no links today');
  });

  it("lets a retry of a queued job take over its earlier attempt's claim, after which that attempt cannot send", async () => {
    const id = await subscribe('uma@example.org');
    let resume = () => {};
    const paused = new Promise<void>((resolve) => (resume = resolve));
    let claimed = () => {};
    const hasClaim = new Promise<void>((resolve) => (claimed = resolve));
    // The first attempt stops right after its claim, as a worker that hangs (or dies) mid-digest.
    const hanging = {
      ...digestLedger,
      lastDelivered: async (...args: Parameters<typeof digestLedger.lastDelivered>) => {
        claimed();
        await paused;
        return digestLedger.lastDelivered(...args);
      },
    };
    const job = (attempt: number) => ({ owner: `digest-job:j1:${attempt}`, jobPrefix: 'digest-job:j1:' });
    const first = runDigests(deps(MORNING, { ledger: hanging }), {
      subscriptionId: id,
      date: DATE,
      claimAs: job(0),
    });
    await hasClaim;
    const other = await runDigests(deps(MORNING), { subscriptionId: id, date: DATE });
    expect(other.results[0]?.detail).toBe('claimed-elsewhere');
    const retry = await runDigests(deps(MORNING), { subscriptionId: id, date: DATE, claimAs: job(1) });
    expect(retry.results[0]?.outcome).toBe('sent');
    resume();
    const lost = (await first).results[0];
    expect(lost?.outcome).toBe('error');
    expect(lost?.detail).toMatch(/taken over/);
    expect(smtp.received).toHaveLength(1);
    expect((await listDigests(fixture.store.db, id))[0]).toMatchObject({ status: 'sent', attempts: 1 });
  });

  it('keeps a digest sent by the retry when the attempt it took over fails late (no second mail queued)', async () => {
    const id = await subscribe('ugo@example.org');
    let resume = () => {};
    const paused = new Promise<void>((resolve) => (resume = resolve));
    let claimed = () => {};
    const hasClaim = new Promise<void>((resolve) => (claimed = resolve));
    // The first attempt hangs after its claim and then fails to compose, as a query cut off by a partition.
    const hangingThenFailing = {
      ...digestLedger,
      lastDelivered: async (...args: Parameters<typeof digestLedger.lastDelivered>) => {
        claimed();
        await paused;
        return digestLedger.lastDelivered(...args);
      },
    };
    const job = (attempt: number) => ({ owner: `digest-job:j2:${attempt}`, jobPrefix: 'digest-job:j2:' });
    const first = runDigests(
      deps(MORNING, {
        ledger: hangingThenFailing,
        linksFor: () => Promise.reject(new Error('connection reset')),
      }),
      { subscriptionId: id, date: DATE, claimAs: job(0) },
    );
    await hasClaim;
    const retry = await runDigests(deps(MORNING), { subscriptionId: id, date: DATE, claimAs: job(1) });
    expect(retry.results[0]?.outcome).toBe('sent');
    resume();
    const late = (await first).results[0];
    expect(late?.outcome).toBe('error');
    expect(late?.detail).toMatch(/taken over/);
    expect((await listDigests(fixture.store.db, id))[0]).toMatchObject({ status: 'sent', attempts: 1 });
    const again = await runDigests(deps(MORNING), { subscriptionId: id, date: DATE });
    expect(again.results[0]?.outcome).toBe('skipped');
    expect(smtp.received).toHaveLength(1);
  });

  it('lets only one of two concurrent runs send a digest (the ledger claim is a compare-and-set)', async () => {
    await subscribe('tom@example.org');
    const [a, b] = await Promise.all([
      runDigests(deps(MORNING), { date: DATE, to: 'tom@example.org' }),
      runDigests(deps(MORNING), { date: DATE, to: 'tom@example.org' }),
    ]);
    expect(a.sent + b.sent).toBe(1);
    expect([...a.results, ...b.results].map((r) => r.detail ?? r.outcome).sort()).toEqual([
      'claimed-elsewhere',
      'sent',
    ]);
    expect(smtp.received).toHaveLength(1);
  });
});

describe('saved searches as watch items', () => {
  it("puts the period hits of a subscriber's saved search in their own section, and refuses an unknown one", async () => {
    const headers = { authorization: `Bearer ${fixture.key}` };
    const saved = await fixture.app.inject({
      method: 'POST',
      url: '/v1/saved-searches',
      headers,
      payload: { name: 'R2 auf Deutsch', query: 'R2 Huawei', filters: { lang: 'de' } },
    });
    expect(saved.statusCode).toBe(201);
    const unknown = await fixture.app.inject({
      method: 'POST',
      url: '/v1/subscriptions',
      headers,
      payload: { email: 'typo@example.org', watch: { savedSearches: ['R2 auf Deutch'] } },
    });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json<{ message: string }>().message).toContain('R2 auf Deutsch');

    await subscribe('ida@example.org', {
      watch: { entities: ['nvidia-h20'], savedSearches: ['R2 auf Deutsch'] },
    });
    const reads = openReadConnection(databaseFileOf(fixture.store.db));
    try {
      const watchItems = savedSearchHits(fixture.store.db, createSqliteSearchIndex(reads));
      const run = await runDigests(deps(MORNING, { watchItems }), { date: DATE, to: 'ida@example.org' });
      expect(run).toMatchObject({ sent: 1, failed: 0 });
    } finally {
      reads.close();
    }
    const mail = smtp.received[0] as ParsedMail;
    expect(mail.text).toContain('Gespeicherte Suchen');
    expect(mail.text).toContain('R2 auf Deutsch');
    expect(mail.text).toContain('https://demo-news.modelwatch.example/tech/deepseek-r2-verschoben.html');
    expect(String(mail.html)).toContain('R2 auf Deutsch');
  });
});
