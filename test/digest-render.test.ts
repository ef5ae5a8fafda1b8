import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { repoRoot } from './helpers.js';

const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const hasChromium = fs.existsSync(chromiumPath);
if (!hasChromium)
  process.stderr.write(
    `digest-render test skipped: no Chromium at ${chromiumPath} (.ci/run installs it with apt-get)\n`,
  );

describe('rendering the demo digest in Chromium', () => {
  (hasChromium ? it : it.skip)('writes the HTML part and a screenshot of it, and prints both paths', () => {
    const out = fs.mkdtempSync(path.join(os.tmpdir(), 'modelwatch-render-test-'));
    try {
      const tsx = path.join(repoRoot, 'node_modules', 'tsx', 'dist', 'cli.mjs');
      const result = spawnSync(process.execPath, [tsx, 'scripts/render-digest.ts', '--out', out], {
        cwd: repoRoot,
        encoding: 'utf8',
        env: { ...process.env, LOG_LEVEL: 'warn' },
        timeout: 180_000,
      });
      expect({ status: result.status, stderr: result.stderr }).toEqual({
        status: 0,
        stderr: expect.any(String) as unknown,
      });
      const png = /screenshot: (.+\.png)/.exec(result.stdout)?.[1] ?? '';
      const image = fs.readFileSync(png);
      expect(image.subarray(1, 4).toString('latin1')).toBe('PNG');
      // Width and height from the PNG header: the email's 640-pixel column in a 720-pixel window, full length.
      expect(image.readUInt32BE(16)).toBe(720);
      expect(image.readUInt32BE(20)).toBeGreaterThan(600);
      const html = fs.readFileSync(/html: (.+\.html)/.exec(result.stdout)?.[1] ?? '', 'utf8');
      expect(html).toContain('DeepSeek verschiebt R2');
    } finally {
      fs.rmSync(out, { recursive: true, force: true });
    }
  });
});
