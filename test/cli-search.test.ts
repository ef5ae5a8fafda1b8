import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { repoRoot } from './helpers.js';

const bin = path.join(repoRoot, 'bin', 'modelwatch.js');

describe('modelwatch search (built CLI, on the demo store)', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'modelwatch-cli-search-'));
  const env = {
    ...process.env,
    LOG_LEVEL: 'warn',
    DATABASE_URL: `file:${path.join(dir, 'cli.db')}`,
    CRAWL_DELAY_MS: '0',
  };
  const run = (args: string[]) => {
    const result = spawnSync(process.execPath, [bin, ...args], {
      cwd: repoRoot,
      encoding: 'utf8',
      env,
      timeout: 120_000,
    });
    return { status: result.status, stdout: result.stdout, stderr: result.stderr };
  };

  beforeAll(() => {
    expect(run(['demo']).status).toBe(0);
  });
  afterAll(() => {
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('prints hits with [highlighted] words, the outlet and the URL', () => {
    const result = run(['search', 'R2 Verzögerung']);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('DeepSeek verschiebt R2');
    expect(result.stdout).toMatch(/\[R2\]/);
    expect(result.stdout).toContain('https://demo-news.modelwatch.example/tech/deepseek-r2-verschoben.html');
    expect(result.stdout).toMatch(/^1 of 1 articles \(language: de 1;/m);
  });

  it('--json prints the body GET /v1/search answers', () => {
    const result = run(['search', 'H20 licence', '--json', '--limit', '1']);
    expect(result.status).toBe(0);
    const body = JSON.parse(result.stdout) as { items: { title: string }[]; total: number; facets: object };
    expect(body.items[0]?.title).toMatch(/H20/);
    expect(Object.keys(body.facets)).toContain('entity');
  });

  it('answers a malformed query or option with one line on stderr and exit 2', () => {
    for (const args of [
      ['search', '"R2'],
      ['search'],
      ['search', 'R2', 'H20'],
      ['search', 'R2', '--limit', '0'],
      ['search', 'R2', '--sort', 'best'],
      ['search', 'title:R2'],
    ]) {
      const result = run(args);
      expect({ args, status: result.status }).toEqual({ args, status: 2 });
      expect(result.stderr.trim().split('\n')).toHaveLength(1);
      expect(result.stderr).toMatch(/^modelwatch: /);
    }
  });

  it('reindex rebuilds the index with progress and finds the same articles after', () => {
    const before = run(['search', 'Ascend', '--json']).stdout;
    const result = run(['search', 'reindex']);
    expect(result.status).toBe(0);
    expect(result.stderr).toMatch(/^search reindex: 7\/7 articles, \d+\/s$/m);
    expect(result.stdout).toMatch(/^search index rebuilt: 7 articles in [\d.]+ s$/m);
    const after = run(['search', 'Ascend', '--json']).stdout;
    const ids = (out: string) =>
      (JSON.parse(out) as { items: { articleId: string }[] }).items.map((i) => i.articleId);
    expect(ids(after)).toEqual(ids(before));
  });
});
