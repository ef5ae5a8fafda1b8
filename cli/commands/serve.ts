import { buildApp } from '../../api/app.js';
import { startCrawlSchedule } from '../../jobs/crawl-schedule.js';
import type { Context } from '../context.js';
import { openStore } from '../open-store.js';
import { selectSources, waitForSignal } from './crawl.js';

/** `serve`: the API on HOST:PORT plus the crawl scheduler, until SIGINT/SIGTERM. */
export async function runServe(context: Context): Promise<void> {
  const sources = selectSources(context, undefined, undefined);
  const db = await openStore(context);
  const app = buildApp({ db, log: context.log });
  try {
    const address = await app.listen({ host: context.config.HOST, port: context.config.PORT });
    context.log.info({ address }, 'modelwatch API listening');
    const schedule = startCrawlSchedule({ db, log: context.log, config: context.config, sources });
    await waitForSignal();
    context.log.info('shutting down');
    await schedule.stop();
  } finally {
    await app.close();
    await db.$disconnect();
  }
}
