import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { silentLogger } from '../core/logger.js';
import { startBenchSite, type BenchSite } from '../scripts/bench/news-site.js';
import { openDatabase } from '../store/database.js';
import { createEntity } from '../store/entity-admin.js';
import { spawnCli } from './spawn-cli.js';
import { digestStore, readCount } from './store-digest.js';

/**
 * Crash safety: a real `crawl --once` and a real `reanalyze` are SIGKILLed several times in the middle of
 * their work (once the store shows some progress), restarted, and what they leave must equal an
 * uninterrupted run into a separate database: the same articles, mentions, events and entities, none
 * lost and none twice. The site is the benchmarks' loopback news site of distinct articles.
 */

const PAGES = 150;
/** Kill the crawl once this many articles are stored, then again at the next, and so on. */
const CRAWL_KILLS = [25, 60, 100];
/** Kill the re-analysis once its checkpoint has counted this many articles done. */
const REANALYZE_KILLS = [30, 70, 110];

/** Each test runs several real processes over the whole site. */
const TIMEOUT_MS = 600_000;

const until = async (condition: () => boolean) => {
  while (!condition()) await new Promise((resolve) => setTimeout(resolve, 20));
};

describe('crash safety: SIGKILL mid-crawl and mid-reanalysis, restarted, equals an uninterrupted run', () => {
  let site: BenchSite;
  let dir: string;
  let env: (db: string) => Record<string, string>;
  beforeAll(async () => {
    site = await startBenchSite(PAGES);
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'modelwatch-crash-'));
    const sourcesFile = path.join(dir, 'sources.json');
    fs.writeFileSync(
      sourcesFile,
      JSON.stringify([
        {
          id: 'news',
          name: 'News',
          language: 'en',
          category: 'tech',
          homepage: `${site.baseUrl}/`,
          sitemaps: [`${site.baseUrl}/sitemap-index.xml`],
        },
      ]),
    );
    env = (db) => ({
      DATABASE_URL: `file:${db}`,
      SOURCES_FILE: sourcesFile,
      CRAWL_DELAY_MS: '0',
      CRAWL_ALLOW_HOSTS: '127.0.0.1',
      CRAWL_MAX_ARTICLES_PER_SOURCE: String(PAGES),
    });
  });
  afterAll(async () => {
    await site.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  /**
   * Runs the command, SIGKILLs it as soon as `progress()` reaches each of `killAt` in turn (restarting it
   * after each kill), then lets a last start finish. Returns how many kills hit a running process.
   */
  async function runWithKills(
    args: string[],
    db: string,
    killAt: number[],
    progress: () => number,
    afterKill: (pid: number) => void = () => undefined,
  ) {
    let kills = 0;
    for (const threshold of killAt) {
      const child = spawnCli(args, env(db), dir);
      const state = { exited: false };
      void child.exited.then(() => (state.exited = true));
      await until(() => state.exited || progress() >= threshold);
      if (state.exited) break;
      child.child.kill('SIGKILL');
      expect(await child.exited).toEqual({ code: null, signal: 'SIGKILL' });
      afterKill(child.child.pid ?? 0);
      kills += 1;
    }
    const last = spawnCli(args, env(db), dir);
    const outcome = await last.exited;
    expect({ outcome, stderr: outcome.code === 0 ? '' : last.stderr() }).toEqual({
      outcome: { code: 0, signal: null },
      stderr: '',
    });
    return { kills, last };
  }

  const clean = () => path.join(dir, 'clean.db');

  it(
    'crawl --once killed 3 times leaves what an uninterrupted crawl leaves',
    async () => {
      const once = spawnCli(['crawl', '--once'], env(clean()), dir);
      expect(await once.exited).toEqual({ code: 0, signal: null });
      expect(once.stdout()).toMatch(
        new RegExp(`^news: discovered ${PAGES}, fetched ${PAGES}, .* new ${PAGES},`),
      );

      const killed = path.join(dir, 'killed.db');
      const stored = () => readCount(killed, 'SELECT COUNT(*) AS n FROM Article');
      // A killed crawler cannot release its lock: the file still names the dead pid, and the next start takes it over.
      const lockHolder = (pid: number) => {
        expect(JSON.parse(fs.readFileSync(`${killed}.crawl-lock`, 'utf8'))).toMatchObject({ pid });
      };
      const { kills, last } = await runWithKills(
        ['crawl', '--once'],
        killed,
        CRAWL_KILLS,
        stored,
        lockHolder,
      );
      expect(kills).toBe(CRAWL_KILLS.length);
      // The last start found the dead crawler's unfinished run and closed it.
      expect(last.lines.map((line) => line.msg)).toContain(
        'closed runs left unfinished by an earlier process',
      );
      expect(fs.existsSync(`${killed}.crawl-lock`)).toBe(false);

      const expected = digestStore(clean());
      const actual = digestStore(killed);
      expect(expected.counts.articles).toBe(PAGES);
      expect(expected.counts.events).toBeGreaterThan(0);
      expect(actual.counts).toEqual(expected.counts);
      expect(actual).toEqual(expected);
    },
    TIMEOUT_MS,
  );

  it(
    'reanalyze killed 3 times mid-batch leaves what an uninterrupted re-analysis leaves',
    async () => {
      // An editor's new entity, so re-analysis has mentions and events to add to most articles.
      const db = await openDatabase(`file:${clean()}`, silentLogger);
      await createEntity(db, {
        id: 'city-labs',
        kind: 'organization',
        name: 'City Labs',
        aliases: [
          'Hangzhou',
          'Beijing',
          'Shenzhen',
          'Shanghai',
          'Singapore',
          'Seoul',
          'Paris',
          'Munich',
          'Austin',
        ],
      });
      await db.$disconnect();
      const copy = (name: string) => {
        const file = path.join(dir, name);
        const source = new Database(clean(), { readonly: true });
        source.exec(`VACUUM INTO '${file}'`);
        source.close();
        return file;
      };
      const before = digestStore(clean());
      const uninterrupted = copy('reanalyzed.db');
      const killed = copy('reanalyzed-killed.db');

      const once = spawnCli(['reanalyze'], env(uninterrupted), dir);
      expect(await once.exited).toEqual({ code: 0, signal: null });
      expect(once.stdout()).toMatch(new RegExp(`^re-analysed ${PAGES} of ${PAGES} articles`));

      const done = () => readCount(killed, 'SELECT MAX(done) AS n FROM ReanalysisRun');
      const { kills, last } = await runWithKills(['reanalyze'], killed, REANALYZE_KILLS, done);
      expect(kills).toBe(REANALYZE_KILLS.length);
      expect(last.lines.map((line) => line.msg)).toContain('continuing an interrupted re-analysis');

      const expected = digestStore(uninterrupted);
      const actual = digestStore(killed);
      expect(expected.counts.mentions).toBeGreaterThan(before.counts.mentions);
      expect(actual.counts).toEqual(expected.counts);
      expect(actual).toEqual(expected);
    },
    TIMEOUT_MS,
  );
});
