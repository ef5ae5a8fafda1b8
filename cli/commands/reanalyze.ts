import { dateParam, startOf } from '../../api/schemas.js';
import { UserError } from '../../core/errors.js';
import { runReanalyze, type ReanalyzeProgress, type ReanalyzeSummary } from '../../jobs/reanalyze.js';
import { analyze } from '../../nlp/analyze.js';
import { listSourceRecords } from '../../store/crawl-state.js';
import type { Db } from '../../store/database.js';
import { loadKnowledgeBase } from '../../store/knowledge-base-sync.js';
import type { Context } from '../context.js';
import { openStore } from '../open-store.js';
import { listenForStop } from '../stop-signal.js';

/** `--since` as the instant it starts: a bare date means its first moment (UTC), as the API's `from`. */
export function parseSince(value: string | undefined): Date | undefined {
  if (value === undefined) return undefined;
  const checked = dateParam.safeParse(value);
  if (!checked.success) {
    const why = checked.error.issues[0]?.message ?? 'not a date';
    throw new UserError(`--since "${value}": ${why}`);
  }
  return startOf(value);
}

async function requireStoredSource(db: Db, id: string): Promise<void> {
  const ids = (await listSourceRecords(db)).map((source) => source.id);
  if (ids.includes(id)) return;
  throw new UserError(
    ids.length === 0
      ? `no source with id "${id}": no sources are stored yet (crawl first)`
      : `no source with id "${id}"; stored sources: ${ids.join(', ')}`,
  );
}

/** One progress line: done/total, rate, articles changed, events added and removed. */
export function formatProgress(progress: ReanalyzeProgress): string {
  const failed = progress.failed > 0 ? `, ${progress.failed} failed` : '';
  return (
    `reanalyze: ${progress.done}/${progress.total} articles, ${progress.articlesPerSecond.toFixed(1)}/s, ` +
    `${progress.changed} changed${failed}, events +${progress.eventsCreated} -${progress.eventsRemoved}`
  );
}

function formatSummary(summary: ReanalyzeSummary): string {
  const how = summary.resumed ? 'continued' : 'started';
  return (
    `re-analysed ${summary.done} of ${summary.total} articles (run ${summary.runId}, ${how}): ` +
    `${summary.changed} changed, ${summary.done - summary.changed - summary.failed} unchanged, ` +
    `${summary.failed} failed; events created ${summary.eventsCreated}, removed ${summary.eventsRemoved}`
  );
}

/**
 * `reanalyze [--since DATE] [--source ID]`: runs the current NLP and knowledge base (curated plus editors'
 * changes) over stored articles, with a progress line on stderr every few seconds and a summary on stdout.
 * Ctrl-C stops after the article in progress; running the same command again continues the run.
 */
export async function runReanalyzeCommand(
  context: Context,
  options: { since?: string | undefined; source?: string | undefined },
): Promise<void> {
  const since = parseSince(options.since);
  const stop = listenForStop();
  const db = await openStore(context);
  try {
    if (options.source !== undefined) await requireStoredSource(db, options.source);
    const summary = await runReanalyze(
      {
        db,
        analyze,
        kb: await loadKnowledgeBase(db),
        now: () => new Date(),
        log: context.log,
        signal: stop.signal,
        onProgress: (progress) => process.stderr.write(`${formatProgress(progress)}\n`),
      },
      { since, sourceId: options.source },
    );
    process.stdout.write(`${formatSummary(summary)}\n`);
    if (summary.interrupted) {
      process.stderr.write('modelwatch: reanalyze interrupted; run the same command again to continue\n');
      process.exitCode = 130;
    }
  } finally {
    await db.$disconnect();
  }
}
