import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { articleHtml, rss, startLoopbackServer, type LoopbackServer } from './loopback-server.js';
import { spawnCli } from './spawn-cli.js';

const PAGES = 20;
const WORDS = (
  'Hersteller Beschleuniger Training Sprachmodelle Rechenzentren Europa Asien Nachfrage Analysten Lieferung ' +
  'Frühjahr Quartal Umsatz Prognose Export Lizenz Behörde Chipfabrik Speicher Leistung Effizienz Kunden ' +
  'Konkurrenz Preis Aktie Börse Investoren Forschung Labor Entwickler Plattform Software Modell Version ' +
  'Verzögerung Start Markt Vertrag Partner Fertigung'
).split(' ');

/** A distinct text per page (pages that differ only in a number would be near-duplicates of each other). */
function body(page: number): string {
  return (
    Array.from({ length: 80 }, (_, k) => WORDS[(page * 17 + k * k * 7 + k) % WORDS.length]).join(' ') + '.'
  );
}

/** A site whose articles each take 200 ms, so a crawl is still running when the test acts. */
async function startSlowSite(): Promise<LoopbackServer> {
  const server = await startLoopbackServer();
  const paths = Array.from({ length: PAGES }, (_, i) => `/slow/${i}.html`);
  server.route('/feed.xml', (_q, res) => {
    res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(rss(server.baseUrl, paths));
  });
  for (const [i, p] of paths.entries()) {
    server.route(p, (_q, res) => {
      setTimeout(() => {
        res
          .writeHead(200, { 'content-type': 'text/html; charset=utf-8' })
          .end(articleHtml(`Meldung ${i}`, body(i)));
      }, 200);
    });
  }
  return server;
}

describe('processes: graceful SIGTERM and two processes on one SQLite file', () => {
  let site: LoopbackServer;
  let dir: string;
  let env: Record<string, string>;
  let dbFile: string;
  beforeEach(async () => {
    site = await startSlowSite();
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'modelwatch-processes-'));
    dbFile = path.join(dir, 'shared.db');
    const sourcesFile = path.join(dir, 'sources.json');
    fs.writeFileSync(
      sourcesFile,
      JSON.stringify([
        {
          id: 'slow',
          name: 'Slow',
          language: 'de',
          category: 'tech',
          homepage: `${site.baseUrl}/`,
          feeds: [`${site.baseUrl}/feed.xml`],
        },
      ]),
    );
    env = {
      DATABASE_URL: `file:${dbFile}`,
      SOURCES_FILE: sourcesFile,
      PORT: '0',
      CRAWL_DELAY_MS: '0',
      CRAWL_ALLOW_HOSTS: '127.0.0.1',
      DIGEST_SCHEDULE: 'off',
      CRAWL_SCHEDULE: '0 0 1 1 *',
    };
  });
  afterEach(async () => {
    await site.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  const crawling = () => site.log.some((r) => r.path.startsWith('/slow/'));
  const until = async (condition: () => boolean) => {
    while (!condition()) await new Promise((resolve) => setTimeout(resolve, 25));
  };
  const readDb = <T>(sql: string): T[] => {
    const db = new Database(dbFile, { readonly: true });
    try {
      return db.prepare(sql).all() as T[];
    } finally {
      db.close();
    }
  };

  it('serve stops on SIGTERM mid-crawl: exit 0, run handed back (interrupted, source still due), database closed', async () => {
    const serve = spawnCli(['serve'], env, dir);
    await until(crawling);
    serve.child.kill('SIGTERM');
    expect(await serve.exited).toEqual({ code: 0, signal: null });
    const messages = serve.lines.map((line) => line.msg);
    expect(messages).toContain('source crawl interrupted');
    expect(messages[messages.length - 1]).toBe('shut down: database closed');
    expect(site.log.filter((r) => r.path.startsWith('/slow/')).length).toBeLessThan(PAGES);
    expect(readDb<{ status: string }>('SELECT status FROM CrawlRun')).toEqual([{ status: 'interrupted' }]);
    expect(readDb<{ lastRunAt: string | null }>('SELECT lastRunAt FROM Source')).toEqual([
      { lastRunAt: null },
    ]);
    // Nothing half-written: every stored article has its text.
    const empty = readDb<{ n: number }>("SELECT COUNT(*) AS n FROM Article WHERE text IS NULL OR text = ''");
    expect(empty).toEqual([{ n: 0 }]);
  });

  it('a second crawler is refused with a clear message while an API replica reads alongside; nothing is stored twice', async () => {
    const first = spawnCli(['crawl', '--once'], env, dir);
    await until(crawling);
    const second = spawnCli(['crawl', '--once'], env, dir);
    expect(await second.exited).toEqual({ code: 2, signal: null });
    expect(second.stderr()).toMatch(
      new RegExp(
        `^modelwatch: another modelwatch process \\(pid ${first.child.pid}, since [^)]+\\) is crawling this database`,
      ),
    );
    const replica = spawnCli(['serve'], { ...env, CRAWL_SCHEDULE: 'off' }, dir);
    const listening = await replica.waitFor((line) => line.msg === 'modelwatch API listening');
    const response = await fetch(`${String(listening.address)}/v1/sources`);
    expect(response.status).toBe(200);
    replica.child.kill('SIGTERM');
    expect(await replica.exited).toEqual({ code: 0, signal: null });
    expect(await first.exited).toEqual({ code: 0, signal: null });
    expect(first.stdout()).toMatch(
      new RegExp(`^slow: discovered ${PAGES}, fetched ${PAGES}, not modified 0, new ${PAGES},`),
    );
    const articles = readDb<{ url: string }>('SELECT url FROM Article');
    expect(articles).toHaveLength(PAGES);
    expect(new Set(articles.map((a) => a.url)).size).toBe(PAGES);
    expect(fs.existsSync(`${dbFile}.crawl-lock`)).toBe(false);
  });
});
