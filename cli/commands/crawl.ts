import { UserError } from '../../core/errors.js';
import { addressPolicy } from '../../crawlers/fetch/address-guard.js';
import { loadSources } from '../../crawlers/sources/load-sources.js';
import { sourceAddressProblems } from '../../crawlers/sources/source-addresses.js';
import type { SourceConfig } from '../../crawlers/sources/source-schema.js';
import { runCrawl, type SourceRunSummary } from '../../jobs/run-crawl.js';
import { startCrawlSchedule } from '../../jobs/crawl-schedule.js';
import type { Context } from '../context.js';
import { upsertSources } from '../../store/crawl-state.js';
import { openStore } from '../open-store.js';
import { enforceShutdownDeadline, listenForStop } from '../stop-signal.js';

/**
 * Picks the sources a crawl command works on: the registry (file or default), narrowed to one id. A source
 * naming a private host that CRAWL_ALLOW_HOSTS does not allow is a {@link UserError}.
 */
export function selectSources(
  context: Context,
  file: string | undefined,
  only: string | undefined,
): SourceConfig[] {
  const sources = loadSources(file ?? context.config.SOURCES_FILE);
  const policy = addressPolicy(context.config.CRAWL_ALLOW_HOSTS);
  for (const source of sources) {
    const [first] = sourceAddressProblems(source, policy);
    if (first) throw new UserError(`source "${source.id}": ${first.field}: ${first.problem}`);
  }
  if (!only) return sources;
  const match = sources.filter((source) => source.id === only);
  if (match.length === 0) {
    throw new UserError(`no source with id "${only}"; known ids: ${sources.map((s) => s.id).join(', ')}`);
  }
  return match.map((source) => ({ ...source, enabled: true }));
}

export function formatSummary(summary: SourceRunSummary): string {
  const counts =
    `${summary.source}: discovered ${summary.discovered}, fetched ${summary.fetched}, ` +
    `not modified ${summary.notModified}, new ${summary.created}, updated ${summary.updated}, ` +
    `unchanged ${summary.unchanged}, duplicates ${summary.duplicates}, skipped ${summary.skipped}, ` +
    `disallowed ${summary.disallowed}, failed ${summary.failed}`;
  if (summary.status === 'ok') return counts;
  // a run that did not end well says how, and why when that is known
  return `${counts} (run ${summary.status}${summary.reason === undefined ? '' : `: ${summary.reason}`})`;
}

/**
 * What a one-off crawl says on stderr when runs failed (the crawl broke or the host did not answer), so
 * that a cron job or script sees it in the exit status; undefined when none failed. A run skipped because
 * its host is resting after failures (backed-off) is not counted: the failure was reported when it happened.
 */
export function failedRunsMessage(summaries: readonly SourceRunSummary[]): string | undefined {
  const failed = summaries.filter((summary) => summary.status === 'failed').map((summary) => summary.source);
  if (failed.length === 0) return undefined;
  return `${failed.length} of ${summaries.length} source runs failed (${failed.join(', ')}); see their summary lines`;
}

/**
 * `crawl [--once] [--sources FILE] [--source ID]`: with --once, crawls each selected source once and
 * prints a line per source (failed pages are counted, not fatal) and exits 1 when a source's run failed
 * (see {@link failedRunsMessage});
 * otherwise keeps crawling on each source's interval until interrupted.
 */
export async function runCrawlCommand(
  context: Context,
  options: { once: boolean; sources?: string | undefined; source?: string | undefined },
): Promise<void> {
  const sources = selectSources(context, options.sources, options.source);
  const stop = listenForStop();
  const db = await openStore(context);
  try {
    if (options.once) {
      const summaries = await runCrawl({
        db,
        log: context.log,
        settings: context.config,
        sources,
        signal: stop.signal,
      });
      for (const summary of summaries) process.stdout.write(`${formatSummary(summary)}\n`);
      const failed = failedRunsMessage(summaries);
      if (failed !== undefined) {
        process.stderr.write(`modelwatch: ${failed}\n`);
        process.exitCode = 1;
      }
      if (stop.signal.aborted) {
        process.stderr.write(
          'modelwatch: crawl interrupted; runs in progress were recorded as interrupted\n',
        );
        process.exitCode = 130;
      }
      return;
    }
    if (context.config.CRAWL_SCHEDULE === 'off') {
      throw new UserError('CRAWL_SCHEDULE is off; set a cron expression, or use crawl --once');
    }
    await upsertSources(db, sources);
    const only = options.source ? new Set([options.source]) : undefined;
    const schedule = startCrawlSchedule({ db, log: context.log, config: context.config, only });
    void schedule.trigger();
    await stop.stopped;
    enforceShutdownDeadline(context.log);
    context.log.info('stopping: waiting for the run in progress');
    await schedule.stop();
  } finally {
    await db.$disconnect();
  }
}
