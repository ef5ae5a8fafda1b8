import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describeInPostgresRun } from './describe-with-postgres.js';
import { repoRoot } from './helpers.js';
import { createPostgresTestDatabase } from './postgres-test-database.js';
import { spawnCli } from './spawn-cli.js';

const bin = path.join(repoRoot, 'bin', 'modelwatch.js');

describeInPostgresRun('serve, digest and search on PostgreSQL (built CLI)', (server) => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'modelwatch-cli-postgres-'));
  let database: { url: string; drop(): Promise<void> };
  let env: Record<string, string>;
  const run = (args: string[]) => {
    const result = spawnSync(process.execPath, [bin, ...args], {
      cwd: repoRoot,
      encoding: 'utf8',
      env: { ...process.env, ...env },
      timeout: 120_000,
    });
    return { status: result.status, stdout: result.stdout, stderr: result.stderr };
  };
  beforeAll(async () => {
    database = await createPostgresTestDatabase(server());
    env = {
      LOG_LEVEL: 'warn',
      DATABASE_URL: database.url,
      DIGEST_OUTBOX: path.join(dir, 'outbox'),
      PUBLIC_URL: 'https://watch.example',
    };
    expect(run(['demo']).status).toBe(0);
  }, 180_000);
  afterAll(async () => {
    await database.drop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('serves the demo timeline and search over HTTP', async () => {
    const serve = spawnCli(
      ['serve'],
      { ...env, LOG_LEVEL: 'info', PORT: '0', CRAWL_SCHEDULE: 'off', DIGEST_SCHEDULE: 'off' },
      dir,
    );
    try {
      const listening = await serve.waitFor((line) => line.msg === 'modelwatch API listening');
      const base = String(listening.address);
      const timeline = (await (await fetch(`${base}/v1/entities/deepseek-r2/timeline`)).json()) as {
        events: { type: string; sources: { url: string }[] }[];
      };
      expect(timeline.events.map((e) => e.type)).toContain('delay');
      const search = await fetch(`${base}/v1/search?q=R2%20Verz%C3%B6gerung`);
      expect(search.status).toBe(200);
      const found = (await search.json()) as { items: { url: string }[] };
      expect(found.items.map((item) => item.url)).toContainEqual(
        expect.stringContaining('deepseek-r2-verschoben'),
      );
    } finally {
      serve.child.kill('SIGTERM');
    }
    expect(await serve.exited).toEqual({ code: 0, signal: null });
  });

  it('previews a digest from PostgreSQL as from SQLite', () => {
    const result = run(['digest', '--dry-run', '--date', '2025-08-15']);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('Subject: DeepSeek delays R2');
    expect(result.stdout).toContain('planned (May 2025) → delayed (no date given)');
  });

  it('searches from the command line, refuses a malformed query in one line, and reindexes with progress', () => {
    const found = run(['search', 'R2 Verzögerung']);
    expect(found.status).toBe(0);
    expect(found.stdout).toContain('deepseek-r2-verschoben');
    const refused = run(['search', '"R2']);
    expect(refused.status).toBe(2);
    expect(refused.stderr.trim().split('\n')).toHaveLength(1);
    expect(refused.stderr).toContain('closing quote');
    const reindex = run(['search', 'reindex']);
    expect(reindex.status).toBe(0);
    expect(reindex.stderr).toMatch(/search reindex: 7\/7 articles/);
    expect(reindex.stdout).toMatch(/search index rebuilt: 7 articles/);
    expect(run(['search', 'R2 Verzögerung']).stdout).toBe(found.stdout);
  });
});
