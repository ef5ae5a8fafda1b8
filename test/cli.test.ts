import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openDatabase } from '../store/database.js';
import { repoRoot, sharedDir } from './helpers.js';

const bin = path.join(repoRoot, 'bin', 'modelwatch.js');

function run(args: string[], options: { input?: string; env?: Record<string, string> } = {}) {
  const result = spawnSync(process.execPath, [bin, ...args], {
    cwd: repoRoot,
    input: options.input,
    encoding: 'utf8',
    env: { ...process.env, LOG_LEVEL: 'warn', ...options.env },
    timeout: 120_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('modelwatch command line (built CLI, as users run it)', () => {
  it('shows a command’s usage for --help and the version for --version', () => {
    const serve = run(['serve', '--help']);
    expect(serve.status).toBe(0);
    expect(serve.stdout).toMatch(/^usage: modelwatch\n {2}serve {2,}API on HOST:PORT/);
    const subscribe = run(['subscribe', '-h']);
    expect(subscribe.stdout).toMatch(/subscribe add EMAIL[\s\S]*--no-candidates[\s\S]*subscribe list/);
    expect(subscribe.stdout).not.toMatch(/digest \[--date/);
    const version = run(['--version']);
    expect(version.status).toBe(0);
    expect(version.stdout).toMatch(/^modelwatch \d+\.\d+\.\d+\n$/);
  });

  it('answers a user mistake with one line on stderr and a non-zero exit, no stack trace', () => {
    for (const args of [
      ['frobnicate'],
      ['crawl', '--bogus'],
      ['export', 'pizzas', '--jsonl'],
      ['extract', '/no/such/file.html'],
      ['apikey', 'create', 'slow', '--rate-limit', '-5'],
      ['frobnicate', '--help'],
    ]) {
      const result = run(args);
      expect(result.status).toBe(2);
      expect(result.stderr.trim().split('\n')).toHaveLength(1);
      expect(result.stderr).toMatch(/^modelwatch: /);
      expect(result.stderr).not.toMatch(/\bat .+:\d+:\d+/);
    }
  });

  it('analyze prints one line per input line, in order, with an error line for bad input', () => {
    const input = [
      JSON.stringify({
        id: 'x1',
        text: 'DeepSeek hat den Start von R2 um Monate verschoben.',
        published: '2025-08-14',
      }),
      'this is not json',
      JSON.stringify({ id: 'x3', text: 'Nothing to see here.' }),
    ].join('\n');
    const result = run(['analyze', '--jsonl', '-'], { input });
    expect(result.status).toBe(0);
    const lines = result.stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as { id: string | null; error?: string; events?: { type: string }[] });
    expect(lines.map((l) => l.id)).toEqual(['x1', null, 'x3']);
    expect(lines[0]?.events?.map((e) => e.type)).toContain('delay');
    expect(lines[1]?.error).toMatch(/line 2/);
  });

  it('analyze refuses a publication date it cannot read and reads past a byte-order mark', () => {
    const text = 'OpenAI released GPT-5 on Thursday.';
    const input = [
      `\uFEFF${JSON.stringify({ id: 'b1', text, published: '2025-08-09' })}`,
      JSON.stringify({ id: 'b2', text, published: '2025-13-45' }),
      JSON.stringify({ id: 'b3', text, published: 'gestern' }),
    ].join('\n');
    const result = run(['analyze', '--jsonl', '-'], { input });
    expect(result.status).toBe(0);
    const [first, badMonth, word] = result.stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as { id: string; error?: string; events?: { date: unknown }[] });
    expect(first?.error).toBeUndefined();
    expect(first?.events?.[0]?.date).toEqual({ value: '2025-08-07', precision: 'day' });
    expect(badMonth?.error).toMatch(/^line 2: published not a date/);
    expect(word?.error).toMatch(/^line 3: published not a date/);
  });

  it('analyze says a directory is no input file, in one line', () => {
    const result = run(['analyze', '--jsonl', os.tmpdir()]);
    expect(result.status).toBe(2);
    expect(result.stderr.trim()).toMatch(/^modelwatch: .* is a directory; give a JSON-lines file/);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('analyze treats a null title, lang or published like an absent one', () => {
    const text = 'DeepSeek hat den Start von R2 um Monate verschoben.';
    const input = [
      JSON.stringify({ id: 'n1', text, title: null, lang: null, published: null }),
      JSON.stringify({ id: 'n2', text }),
      JSON.stringify({ id: 'n3', text: null }),
    ].join('\n');
    const result = run(['analyze', '--jsonl', '-'], { input });
    expect(result.status).toBe(0);
    const [withNulls, absent, noText] = result.stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(withNulls).not.toHaveProperty('error');
    expect(withNulls).toEqual({ ...absent, id: 'n1' });
    // The text itself is required: null there is still a bad line.
    expect(noText).toMatchObject({ id: 'n3', error: expect.stringMatching(/line 3: text/) as unknown });
  });

  it('extract gives one line per file, with an error line for a file that is not HTML', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'modelwatch-extract-'));
    const page = path.join(repoRoot, 'demo', 'site', 'finanzen', 'alibaba-qwen3-veroeffentlicht.html');
    const binary = path.join(dir, 'binary.html');
    fs.writeFileSync(binary, Buffer.from([0, 159, 146, 150, 0]));
    const result = run(['extract', page, binary]);
    fs.rmSync(dir, { recursive: true, force: true });
    expect(result.status).toBe(0);
    const [article, broken] = result.stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(article).toMatchObject({ file: page, language: 'de' });
    expect(String(article?.title)).toMatch(/Qwen3/);
    expect(String(article?.text)).not.toMatch(/Kaufen oder verkaufen/);
    expect(broken).toMatchObject({ file: binary });
    expect(typeof broken?.error).toBe('string');
  });

  const contractCheck = path.join(sharedDir, 'tools', 'contract-check.mjs');
  const haveShared = fs.existsSync(contractCheck);
  if (!haveShared)
    console.warn(
      `skipping the shared contract check: ${contractCheck} is absent (only on development machines)`,
    );
  (haveShared ? it : it.skip)(
    'keeps the extract and analyze contract of ../shared/tools/contract-check.mjs',
    () => {
      const result = spawnSync(process.execPath, [contractCheck], {
        cwd: repoRoot,
        encoding: 'utf8',
        timeout: 120_000,
      });
      expect(result.stdout.trim()).toBe('contract holds: extract and analyze');
      expect(result.status).toBe(0);
    },
  );
});

describe('modelwatch crawl --once (built CLI against the loopback sample site)', () => {
  it('crawls the chosen source from a sources file into the configured database and exits 0', async () => {
    const { execFile } = await import('node:child_process');
    const { promisify } = await import('node:util');
    const { startSiteServer } = await import('../demo/site-server.js');
    const site = await startSiteServer();
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'modelwatch-cli-crawl-'));
    const sourcesFile = path.join(dir, 'sources.json');
    const source = (id: string, feed: string) => ({
      id,
      name: id,
      language: 'de',
      category: 'tech',
      homepage: `${site.baseUrl}/`,
      feeds: [feed],
    });
    fs.writeFileSync(
      sourcesFile,
      JSON.stringify([
        source('sample', `${site.baseUrl}/feed.xml`),
        source('other', `${site.baseUrl}/missing.xml`),
      ]),
    );
    try {
      const { stdout } = await promisify(execFile)(
        process.execPath,
        [bin, 'crawl', '--once', '--sources', sourcesFile, '--source', 'sample'],
        {
          cwd: repoRoot,
          env: {
            ...process.env,
            LOG_LEVEL: 'warn',
            CRAWL_DELAY_MS: '0',
            CRAWL_ALLOW_HOSTS: '127.0.0.1',
            DATABASE_URL: `file:${path.join(dir, 'cli.db')}`,
          },
        },
      );
      expect(stdout).toMatch(/^sample: discovered 7, fetched 7, not modified 0, new 7,/);
      expect(stdout).not.toMatch(/other/);
      expect(site.requests.some((r) => r.path === '/missing.xml')).toBe(false);
      expect(fs.existsSync(path.join(dir, 'cli.db'))).toBe(true);
    } finally {
      await site.close();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('crawls the sources that answer and exits 1 naming the source whose host did not', async () => {
    const { execFile } = await import('node:child_process');
    const { startSiteServer } = await import('../demo/site-server.js');
    const { closedPort } = await import('./fault-server.js');
    const site = await startSiteServer();
    const closed = await closedPort();
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'modelwatch-cli-down-'));
    const sourcesFile = path.join(dir, 'sources.json');
    const source = (id: string, base: string) => ({
      id,
      name: id,
      language: 'de',
      category: 'tech',
      homepage: `${base}/`,
      feeds: [`${base}/feed.xml`],
    });
    fs.writeFileSync(
      sourcesFile,
      JSON.stringify([source('sample', site.baseUrl), source('down', `http://127.0.0.1:${closed}`)]),
    );
    try {
      const result = await new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
        // run as a user runs it: the command itself
        execFile(
          bin,
          ['crawl', '--once', '--sources', sourcesFile],
          {
            cwd: repoRoot,
            timeout: 120_000,
            env: {
              ...process.env,
              LOG_LEVEL: 'silent',
              CRAWL_DELAY_MS: '0',
              CRAWL_MAX_RETRIES: '0',
              CRAWL_ALLOW_HOSTS: '127.0.0.1',
              DATABASE_URL: `file:${path.join(dir, 'cli.db')}`,
            },
          },
          (error, stdout, stderr) => {
            resolve({ code: error ? (error.code as number) : 0, stdout, stderr });
          },
        );
      });
      // the run that reached its host is ok (no "(run ...)" at the end of its line)
      expect(result.stdout).toMatch(/^sample: discovered 7, fetched \d, .*failed \d$/m);
      expect(result.stdout).toMatch(/^down: discovered 0, .*\(run failed: robots\.txt unreachable/m);
      expect(result.stderr).toContain(
        'modelwatch: 1 of 2 source runs failed (down); see their summary lines\n',
      );
      expect(result.code).toBe(1);
    } finally {
      await site.close();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('rejects a sources file with a mistake in one line naming the entry and field', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'modelwatch-cli-sources-'));
    const sourcesFile = path.join(dir, 'sources.json');
    fs.writeFileSync(
      sourcesFile,
      JSON.stringify([
        { id: 'x', name: 'X', language: 'fr', category: 'tech', homepage: 'https://x.example/' },
      ]),
    );
    const result = run(['crawl', '--once', '--sources', sourcesFile]);
    fs.rmSync(dir, { recursive: true, force: true });
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/^modelwatch: .*sources\.json: invalid source at 0\.language/);
  });

  it('refuses a sources file naming the metadata address unless CRAWL_ALLOW_HOSTS allows it', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'modelwatch-cli-ssrf-'));
    const sourcesFile = path.join(dir, 'sources.json');
    fs.writeFileSync(
      sourcesFile,
      JSON.stringify([
        { id: 'meta', name: 'M', language: 'en', category: 'tech', homepage: 'http://169.254.169.254/' },
      ]),
    );
    const env = { DATABASE_URL: `file:${path.join(dir, 'cli.db')}`, CRAWL_ALLOW_HOSTS: '' };
    const result = run(['crawl', '--once', '--sources', sourcesFile], { env });
    fs.rmSync(dir, { recursive: true, force: true });
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(
      /^modelwatch: source "meta": homepage: http:\/\/169\.254\.169\.254\/ points to a private.*CRAWL_ALLOW_HOSTS/,
    );
  });
});

describe('modelwatch crawl --once interrupted with Ctrl-C', () => {
  it('stops soon, exits 130 and records the run as interrupted with the source still due', async () => {
    const { spawn } = await import('node:child_process');
    const { startLoopbackServer, rss } = await import('./loopback-server.js');
    const Database = (await import('better-sqlite3')).default;
    const server = await startLoopbackServer();
    const paths = Array.from({ length: 30 }, (_, i) => `/slow/${i}.html`);
    server.route('/feed.xml', (_q, res) => {
      res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(rss(server.baseUrl, paths));
    });
    for (const p of paths) {
      server.route(p, (_q, res) => {
        setTimeout(() => {
          res
            .writeHead(200, { 'content-type': 'text/html' })
            .end('<html><body><article><p>Kurz.</p></article></body></html>');
        }, 200);
      });
    }
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'modelwatch-cli-sigint-'));
    const sourcesFile = path.join(dir, 'sources.json');
    fs.writeFileSync(
      sourcesFile,
      JSON.stringify([
        {
          id: 'slow',
          name: 'Slow',
          language: 'de',
          category: 'tech',
          homepage: `${server.baseUrl}/`,
          feeds: [`${server.baseUrl}/feed.xml`],
        },
      ]),
    );
    const dbFile = path.join(dir, 'cli.db');
    try {
      const child = spawn(process.execPath, [bin, 'crawl', '--once', '--sources', sourcesFile], {
        cwd: repoRoot,
        env: {
          ...process.env,
          LOG_LEVEL: 'warn',
          CRAWL_DELAY_MS: '0',
          CRAWL_ALLOW_HOSTS: '127.0.0.1',
          DATABASE_URL: `file:${dbFile}`,
        },
      });
      let stdout = '';
      child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
      const exited = new Promise<number | null>((resolve) =>
        child.on('exit', (code) => {
          resolve(code);
        }),
      );
      while (!server.log.some((r) => r.path.startsWith('/slow/')))
        await new Promise((r) => setTimeout(r, 50));
      const signalledAt = Date.now();
      child.kill('SIGINT');
      expect(await exited).toBe(130);
      expect(Date.now() - signalledAt).toBeLessThan(10_000);
      expect(server.log.filter((r) => r.path.startsWith('/slow/')).length).toBeLessThan(paths.length);
      expect(stdout).toMatch(/^slow: discovered 30, fetched \d+,/);
      const db = new Database(dbFile, { readonly: true });
      const run = db.prepare('SELECT status FROM CrawlRun').get() as { status: string };
      const source = db.prepare('SELECT lastRunAt FROM Source').get() as { lastRunAt: string | null };
      db.close();
      expect(run.status).toBe('interrupted');
      expect(source.lastRunAt).toBeNull();
    } finally {
      await server.close();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('modelwatch reanalyze (built CLI)', () => {
  it('rejects a bad --since or an unknown --source in one line with exit 2, and re-analyses the demo store', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'modelwatch-cli-reanalyze-'));
    const env = { DATABASE_URL: `file:${path.join(dir, 'cli.db')}`, CRAWL_DELAY_MS: '0' };
    try {
      for (const args of [
        ['reanalyze', '--since', 'yesterday'],
        ['reanalyze', '--since', '2025-02-30'],
        ['reanalyze', '--source', 'no-such-outlet'],
        ['reanalyze', 'everything'],
      ]) {
        const result = run(args, { env });
        expect(result.status).toBe(2);
        expect(result.stderr.trim().split('\n')).toHaveLength(1);
        expect(result.stderr).toMatch(/^modelwatch: /);
      }
      expect(run(['reanalyze', '--since', '2025-02-30'], { env }).stderr).toMatch(/--since "2025-02-30"/);
      expect(run(['reanalyze', '--source', 'no-such-outlet'], { env }).stderr).toMatch(/no-such-outlet/);

      expect(run(['demo'], { env }).status).toBe(0);
      // the sample site is gone after the demo: its source stays for its articles, disabled, so that a
      // scheduled crawl does not try its closed loopback port
      const db = await openDatabase(env.DATABASE_URL);
      try {
        expect(await db.source.findMany({ select: { id: true, enabled: true } })).toEqual([
          { id: 'demo-news', enabled: false },
        ]);
      } finally {
        await db.$disconnect();
      }
      // The crawl analysed with the same rules and knowledge base: nothing to change.
      const result = run(['reanalyze', '--source', 'demo-news', '--since', '2025-01-01'], { env });
      expect(result.status).toBe(0);
      expect(result.stdout).toMatch(
        /^re-analysed 7 of 7 articles \(run 1, started\): 0 changed, 7 unchanged,/,
      );
      expect(result.stderr).toMatch(/^reanalyze: 7\/7 articles, [\d.]+\/s, 0 changed, events \+0 -0$/m);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
