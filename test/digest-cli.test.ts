import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { repoRoot } from './helpers.js';

const bin = path.join(repoRoot, 'bin', 'modelwatch.js');

describe('digest and subscribe commands (built CLI)', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'modelwatch-digest-cli-'));
  const env = {
    ...process.env,
    LOG_LEVEL: 'warn',
    DATABASE_URL: `file:${path.join(dir, 'cli.db')}`,
    DIGEST_OUTBOX: path.join(dir, 'outbox'),
    PUBLIC_URL: 'https://watch.example',
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

  afterAll(() => {
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('after the demo, a dry run for 15 August 2025 names the R2 delay and writes the HTML part', () => {
    expect(run(['demo']).status).toBe(0);
    const result = run(['digest', '--dry-run', '--date', '2025-08-15']);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('Subject: DeepSeek delays R2');
    expect(result.stdout).toContain('planned (May 2025) → delayed (no date given)');
    const file = /HTML part written to (.+\.html)/.exec(result.stdout)?.[1] ?? '';
    expect(fs.readFileSync(file, 'utf8')).toContain('DeepSeek delays R2');
    expect(fs.readdirSync(dir)).not.toContain('outbox');
  });

  it('subscribes, sends into the outbox once and removes, with one-line errors for mistakes', () => {
    const added = run([
      'subscribe',
      'add',
      'eva@example.org',
      '--entity',
      'deepseek-r2,nvidia-h20',
      '--tz',
      'Europe/Berlin',
      '--hour',
      '7',
      '--language',
      'de',
    ]);
    expect(added.status).toBe(0);
    expect(added.stdout).toMatch(
      /subscribed \d+\teva@example\.org\tactive\t07:00 Europe\/Berlin\tde\twatch deepseek-r2,nvidia-h20/,
    );
    expect(run(['subscribe', 'list']).stdout).toContain('eva@example.org');

    const sent = run(['digest', '--date', '2025-08-15', '--to', 'eva@example.org']);
    expect(sent.status).toBe(0);
    expect(sent.stdout).toContain('2025-08-15\teva@example.org\tsent');
    const again = run(['digest', '--date', '2025-08-15']);
    expect(again.stdout).toContain('sent 0');
    const files = fs.readdirSync(path.join(dir, 'outbox'));
    expect(files).toHaveLength(1);
    expect(fs.readFileSync(path.join(dir, 'outbox', files[0] ?? ''), 'utf8')).toContain(
      'Subject: DeepSeek verschiebt R2',
    );

    for (const args of [
      ['subscribe', 'add', 'x@example.org', '--entity', 'no-such-thing'],
      ['subscribe', 'add', 'x@example.org', '--hour', '25'],
      ['subscribe', 'add', 'x@example.org', '--type', 'rumour'],
      ['subscribe', 'frobnicate'],
      ['digest', '--date', '2025-02-30'],
      ['digest', '--to', 'nobody@example.org'],
    ]) {
      const result = run(args);
      expect({ args, status: result.status }).toEqual({ args, status: 2 });
      expect(result.stderr.trim().split('\n')).toHaveLength(1);
    }
    expect(run(['subscribe', 'remove', 'eva@example.org']).stdout).toContain(
      'removed subscription of eva@example.org',
    );
  });
});
