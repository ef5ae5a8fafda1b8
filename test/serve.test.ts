import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { demoSource, startSiteServer, type SiteServer } from '../demo/site-server.js';
import { spawnCli } from './spawn-cli.js';

describe('modelwatch serve (built CLI, real process)', () => {
  let site: SiteServer;
  let dir: string;
  let env: Record<string, string>;
  beforeEach(async () => {
    site = await startSiteServer();
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'modelwatch-serve-'));
    const sourcesFile = path.join(dir, 'sources.json');
    fs.writeFileSync(sourcesFile, JSON.stringify([demoSource(site)]));
    env = {
      DATABASE_URL: `file:${path.join(dir, 'serve.db')}`,
      SOURCES_FILE: sourcesFile,
      PORT: '0',
      CRAWL_DELAY_MS: '0',
      CRAWL_ALLOW_HOSTS: '127.0.0.1',
      DIGEST_SCHEDULE: 'off',
      // A schedule whose first tick is months away: whatever is crawled now was started at once.
      CRAWL_SCHEDULE: '0 0 1 1 *',
    };
  });
  afterEach(async () => {
    await site.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('crawls the due sources at start, logging them, and not again until they are due', async () => {
    const serve = spawnCli(['serve'], env, dir);
    try {
      const due = await serve.waitFor((line) => line.msg === 'crawling 1 due sources');
      expect(due.due).toEqual(['demo-news']);
      const crawled = await serve.waitFor((line) => line.msg === 'source crawled');
      expect(crawled).toMatchObject({ source: 'demo-news', fetched: 7, new: 7, failed: 0 });
      await serve.waitFor((line) => line.msg === 'crawl finished');
    } finally {
      serve.child.kill('SIGTERM');
    }
    expect(await serve.exited).toEqual({ code: 0, signal: null });
    // A second start finds the source crawled within its interval: nothing is due, nothing fetched.
    const fetchedBefore = site.requests.length;
    const again = spawnCli(['serve'], { ...env, LOG_LEVEL: 'debug' }, dir);
    await again.waitFor((line) => line.msg === 'no source due');
    again.child.kill('SIGTERM');
    expect(await again.exited).toEqual({ code: 0, signal: null });
    expect(again.lines.some((line) => line.msg.startsWith('crawling'))).toBe(false);
    expect(site.requests.length).toBe(fetchedBefore);
  });

  it('says in one line that it cannot listen on a HOST that is no address (no stack trace)', async () => {
    const serve = spawnCli(['serve'], { ...env, HOST: '999.1.1.1', CRAWL_SCHEDULE: 'off' }, dir);
    expect(await serve.exited).toEqual({ code: 2, signal: null });
    const plain = serve
      .stderr()
      .split('\n')
      .filter((line) => line !== '' && !line.startsWith('{'));
    expect(plain).toEqual(['modelwatch: cannot listen on 999.1.1.1; set HOST to an address of this machine']);
  });

  it('crawls nothing with CRAWL_SCHEDULE=off (an API-only replica)', async () => {
    const serve = spawnCli(['serve'], { ...env, CRAWL_SCHEDULE: 'off' }, dir);
    await serve.waitFor((line) => line.msg === 'modelwatch API listening');
    serve.child.kill('SIGTERM');
    expect(await serve.exited).toEqual({ code: 0, signal: null });
    expect(site.requests).toEqual([]);
    expect(serve.lines.some((line) => line.msg.startsWith('crawling'))).toBe(false);
  });
});
