import { buildApp } from '../../api/app.js';
import { UserError } from '../../core/errors.js';
import { startCrawlSchedule } from '../../jobs/crawl-schedule.js';
import { startDigestSchedule } from '../../jobs/digest-schedule.js';
import { createMailTransport } from '../../jobs/mail-transport.js';
import { savedSearchHits } from '../../jobs/saved-search-hits.js';
import { openSearchIndex } from '../../store/search/open-search-index.js';
import { openReadStore } from '../../store/read-store.js';
import { upsertSources } from '../../store/crawl-state.js';
import type { Context } from '../context.js';
import { openStore } from '../open-store.js';
import { enforceShutdownDeadline, listenForStop } from '../stop-signal.js';
import { selectSources } from './crawl.js';

/**
 * `serve`: the API on HOST:PORT plus the crawl and digest schedulers, until SIGINT/SIGTERM. The registry file is
 * imported into the database first; from then on the database says what is crawled. Sources already due are
 * crawled at once, so a fresh install shows work in its log without waiting for the first cron tick.
 */
export async function runServe(context: Context): Promise<void> {
  const sources = selectSources(context, undefined, undefined);
  const stop = listenForStop();
  const db = await openStore(context);
  await upsertSources(db, sources);
  const app = buildApp({ db, log: context.log, config: context.config });
  try {
    const { HOST, PORT } = context.config;
    const address = await app.listen({ host: HOST, port: PORT }).catch((error: unknown) => {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'EADDRINUSE')
        throw new UserError(`${HOST}:${PORT} is already in use; set PORT to a free port`);
      if (code === 'EADDRNOTAVAIL' || code === 'ENOTFOUND' || code === 'EAI_AGAIN')
        throw new UserError(`cannot listen on ${HOST}; set HOST to an address of this machine`);
      if (code === 'EACCES')
        throw new UserError(
          `not allowed to listen on ${HOST}:${PORT}; ${PORT < 1024 ? 'set PORT to 1024 or above' : 'set HOST or PORT to an address this user may bind'}`,
        );
      throw error;
    });
    context.log.info({ address }, 'modelwatch API listening');
    // CRAWL_SCHEDULE=off makes an API-only replica (one process crawls, the others only serve).
    const schedule =
      context.config.CRAWL_SCHEDULE === 'off'
        ? null
        : startCrawlSchedule({ db, log: context.log, config: context.config });
    // Due sources start now rather than at the first tick (up to CRAWL_SCHEDULE's period away).
    void schedule?.trigger();
    // DIGEST_SCHEDULE=off leaves sending digests to another process (the ledger makes two senders safe too).
    const transport = context.config.DIGEST_SCHEDULE === 'on' ? createMailTransport(context.config) : null;
    // Saved-search sections run the subscribers' saved searches on the search index of either database.
    const searchReads = transport ? openReadStore(db) : null;
    const digests = transport
      ? await startDigestSchedule({
          db,
          log: context.log,
          config: context.config,
          transport,
          watchItems: searchReads ? savedSearchHits(db, openSearchIndex(searchReads)) : undefined,
        })
      : null;
    await stop.stopped;
    enforceShutdownDeadline(context.log);
    context.log.info(
      'shutting down: no new work; the crawl in progress is handed back, requests in flight finish',
    );
    await schedule?.stop();
    await digests?.stop();
    transport?.close();
    await searchReads?.close();
  } finally {
    await app.close();
    await db.$disconnect();
    context.log.info('shut down: database closed');
  }
}
