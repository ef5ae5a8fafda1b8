import { DEMO_CANONICAL_BASE, demoSource, startSiteServer } from '../../demo/site-server.js';
import { runCrawl } from '../../jobs/run-crawl.js';
import { setSourceEnabled } from '../../store/crawl-state.js';
import { listAllEvents } from '../../store/event-views.js';
import type { Context } from '../context.js';
import { openStore } from '../open-store.js';
import { formatTimeline } from '../format-timeline.js';
import { formatSummary } from './crawl.js';

/**
 * `demo`: the real pipeline, offline. Serves the bundled sample news site on loopback, crawls its feed
 * into the configured database (the embedded SQLite file by default) and prints the resulting
 * timeline. Running it again stores nothing twice. The demo source is left disabled: its site is gone
 * when the command ends.
 */
export async function runDemo(context: Context): Promise<void> {
  const db = await openStore(context);
  const site = await startSiteServer(undefined, { canonicalBase: DEMO_CANONICAL_BASE }).catch(
    async (error: unknown) => {
      await db.$disconnect();
      throw error;
    },
  );
  const source = demoSource(site);
  try {
    const [summary] = await runCrawl({
      db,
      log: context.log,
      // The sample site is our own loopback server: no politeness delay needed, and its address allowed.
      settings: {
        ...context.config,
        CRAWL_DELAY_MS: 0,
        CRAWL_ALLOW_HOSTS: [context.config.CRAWL_ALLOW_HOSTS, '127.0.0.1'].filter(Boolean).join(','),
      },
      sources: [source],
    });
    if (summary) process.stdout.write(`crawled ${formatSummary(summary)}\n\n`);
    process.stdout.write(formatTimeline(await listAllEvents(db)));
  } finally {
    // the sample site lives only while this command runs: its stored source stays for its articles but
    // disabled, also when the crawl broke, so that a scheduled crawl (`npm start` after the demo) does
    // not try a closed loopback port
    await setSourceEnabled(db, source.id, false).finally(async () => {
      await db.$disconnect();
      await site.close();
    });
  }
}
