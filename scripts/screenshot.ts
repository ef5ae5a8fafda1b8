/**
 * `npm run screenshot [-- --out DIR]`: screenshots of the analyst page's main views, for a person to
 * look at. Crawls the bundled demo site (our own sample news, over loopback) into a temporary database,
 * adds two sample candidate names so the editor view has something to show, serves the page on
 * 127.0.0.1, drives Debian's Chromium, and prints the path of every PNG it wrote.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { addCandidates, createApiFixture } from '../test/api-fixture.js';
import { chromiumPath, launchChromium } from '../test/chromium.js';

const LAPTOP = { width: 1280, height: 900 };
const PHONE = { width: 390, height: 844 };

interface Shot {
  name: string;
  hash: string;
  viewport: { width: number; height: number };
  /** What to do once the view has rendered, before the picture. */
  act?: (page: Page) => Promise<void>;
}

function outDir(argv: readonly string[]): string {
  const at = argv.indexOf('--out');
  if (at >= 0 && !argv[at + 1]) throw new Error('--out needs a folder');
  return path.resolve(at >= 0 ? (argv[at + 1] ?? '') : path.join('data', 'screenshots'));
}

const openDelay = async (page: Page) => {
  await page.locator('.event-point.type-delay').first().click();
};

async function main(): Promise<void> {
  const out = outDir(process.argv.slice(2));
  const executable = chromiumPath();
  if (!executable)
    throw new Error('no Chromium at /usr/bin/chromium: apt-get install -y chromium (or set CHROMIUM_PATH)');
  fs.mkdirSync(out, { recursive: true });
  process.stderr.write('crawling the demo site into a temporary database…\n');
  const fx = await createApiFixture();
  const browser = await launchChromium(executable).catch(async (error: unknown) => {
    await fx.close();
    throw error;
  });
  try {
    await addCandidates(fx.store.db, [
      { id: 'candidate-falcon-9-mini', name: 'Falcon-9 Mini', kind: 'model' },
      { id: 'candidate-ascend-920', name: 'Ascend 920', kind: 'chip' },
    ]);
    const base = await fx.app.listen({ host: '127.0.0.1', port: 0 });
    const search = fx.app.hasRoute({ method: 'GET', url: '/v1/search' });
    if (!search)
      process.stderr.write(
        'GET /v1/search is not in this build: the search view shows the latest events only\n',
      );
    const shots: Shot[] = [
      { name: 'search', hash: search ? '#/search?q=R2' : '#/search', viewport: LAPTOP },
      { name: 'entity', hash: '#/entity/deepseek-r2', viewport: LAPTOP, act: openDelay },
      { name: 'releases', hash: '#/releases', viewport: LAPTOP },
      { name: 'candidates', hash: '#/candidates', viewport: LAPTOP },
      { name: 'entity-phone', hash: '#/entity/deepseek-r2', viewport: PHONE, act: openDelay },
      { name: 'search-phone', hash: search ? '#/search?q=R2' : '#/search', viewport: PHONE },
    ];
    for (const shot of shots) {
      const page = await browser.newPage({ viewport: shot.viewport });
      await page.goto(`${base}/${shot.hash}`);
      await page.waitForSelector('body[data-ready]');
      await shot.act?.(page);
      const file = path.join(out, `${shot.name}.png`);
      await page.screenshot({ path: file, fullPage: true });
      await page.close();
      process.stdout.write(`${file}\n`);
    }
  } finally {
    await browser.close();
    await fx.close();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`screenshot: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
