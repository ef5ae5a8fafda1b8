/**
 * Renders the HTML digest of the demo data in Chromium and writes a screenshot, so a person can look at
 * the email as a mail client would show it. Builds a fresh demo store (the bundled sample site crawled
 * over loopback), subscribes a reader, composes the digest of 15 August 2025 and opens its HTML part in
 * headless Debian Chromium (/usr/bin/chromium, or CHROMIUM_PATH) with every network request refused.
 *
 *   npx tsx scripts/render-digest.ts [--lang de|en] [--out DIR]
 *
 * Prints the HTML and screenshot paths.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { loadConfig } from '../core/config.js';
import { silentLogger } from '../core/logger.js';
import { DEMO_CANONICAL_BASE, demoSource, startSiteServer } from '../demo/site-server.js';
import { digestLinks } from '../jobs/digest-links.js';
import { runCrawl } from '../jobs/run-crawl.js';
import { previewDigests } from '../jobs/send-digests.js';
import { defaultKnowledgeBase } from '../nlp/knowledge-base.js';
import { openDatabase, type Db } from '../store/database.js';
import { syncEntities } from '../store/knowledge-base-sync.js';
import { createSubscription } from '../store/subscriptions.js';
import { chromiumPath, launchChromium } from '../test/chromium.js';

const DATE = '2025-08-15';

async function demoStore(dir: string): Promise<Db> {
  const db = await openDatabase(`file:${path.join(dir, 'render.db')}`, silentLogger);
  await syncEntities(db, defaultKnowledgeBase.entries);
  const site = await startSiteServer(undefined, { canonicalBase: DEMO_CANONICAL_BASE });
  try {
    const settings = loadConfig({
      CRAWL_DELAY_MS: '0',
      CRAWL_RETRY_BASE_MS: '50',
      CRAWL_ALLOW_HOSTS: '127.0.0.1',
    });
    await runCrawl({ db, log: silentLogger, settings, sources: [demoSource(site)] });
  } finally {
    await site.close();
  }
  return db;
}

async function composeHtml(db: Db, language: 'de' | 'en'): Promise<{ subject: string; html: string }> {
  await createSubscription(db, {
    email: 'leserin@example.org',
    watch: { entities: ['deepseek-r2', 'nvidia-h20', 'nvidia', 'alibaba-qwen3', 'huawei-ascend-910c'] },
    timeZone: 'Europe/Berlin',
    sendHour: 7,
    language,
  });
  const config = loadConfig({ PUBLIC_URL: 'https://modelwatch.example' });
  const [preview] = await previewDigests(
    { db, log: silentLogger, linksFor: digestLinks(db, config) },
    { date: DATE, to: 'leserin@example.org' },
  );
  const message = preview?.composed.message;
  if (!message) throw new Error(`the demo data gave no digest for ${DATE}`);
  return { subject: message.subject, html: message.html };
}

async function screenshot(htmlFile: string, pngFile: string): Promise<void> {
  const executablePath = chromiumPath();
  if (executablePath === null)
    throw new Error('no Chromium at /usr/bin/chromium: apt-get install -y chromium (or set CHROMIUM_PATH)');
  const browser = await launchChromium(executablePath);
  try {
    const page = await browser.newPage({ viewport: { width: 720, height: 900 } });
    // An email must render from itself alone: refuse anything but the file.
    await page.route('**/*', (route) =>
      route.request().url().startsWith('file:') ? route.continue() : route.abort(),
    );
    await page.goto(`file://${htmlFile}`);
    await page.screenshot({ path: pngFile, fullPage: true });
  } finally {
    await browser.close();
  }
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      lang: { type: 'string', default: 'de' },
      out: { type: 'string', default: 'data/digest-render' },
    },
  });
  const language = values.lang === 'en' ? 'en' : 'de';
  const out = path.resolve(values.out);
  fs.mkdirSync(out, { recursive: true });
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'modelwatch-render-'));
  try {
    process.stderr.write('crawling the demo site into a fresh store...\n');
    const db = await demoStore(work);
    try {
      const { subject, html } = await composeHtml(db, language);
      const htmlFile = path.join(out, `digest-${DATE}-${language}.html`);
      const pngFile = path.join(out, `digest-${DATE}-${language}.png`);
      fs.writeFileSync(htmlFile, html);
      process.stderr.write(`rendering "${subject}" in Chromium...\n`);
      await screenshot(htmlFile, pngFile);
      process.stdout.write(`html: ${htmlFile}\nscreenshot: ${pngFile}\n`);
    } finally {
      await db.$disconnect();
    }
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`render-digest: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
