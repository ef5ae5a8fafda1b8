import type { Logger } from '../core/logger.js';
import type { KnowledgeBase } from '../nlp/knowledge-base.js';
import type { Analysis, AnalysisInput } from '../nlp/types.js';
import type { Db } from '../store/database.js';
import {
  countRunArticles,
  finishReanalysisRun,
  nextRunArticles,
  openReanalysisRun,
  saveReanalysisCheckpoint,
  type ReanalysisCounts,
  type ReanalysisRunState,
  type ReanalyzeFilter,
} from '../store/reanalysis-runs.js';
import {
  analysisInputOf,
  reanalyzeArticle,
  type ReanalyzeOutcome,
  type StoredArticle,
} from '../store/reanalyze-article.js';

/** The NLP as re-analysis calls it: nlp/analyze.ts in production, any pure function in tests. */
export type AnalyzeFn = (input: AnalysisInput, kb: KnowledgeBase) => Analysis;

/** Where a run stands, as progress lines report it. */
export interface ReanalyzeProgress extends ReanalysisCounts {
  /** Articles the run covers in all. */
  total: number;
  /** Articles per second in this process (a resumed run counts from its restart). */
  articlesPerSecond: number;
}

export interface ReanalyzeSummary extends ReanalyzeProgress {
  runId: number;
  /** The run continued one interrupted earlier. */
  resumed: boolean;
  /** The stop signal ended the run early; running the command again continues it. */
  interrupted: boolean;
}

export interface ReanalyzeDeps {
  db: Db;
  analyze: AnalyzeFn;
  /** The knowledge base a crawl would use now (store/knowledge-base-sync.ts `loadKnowledgeBase`). */
  kb: KnowledgeBase;
  now: () => Date;
  log: Logger;
  /** Aborting stops after the article in progress; the checkpoint is kept for the next run. */
  signal?: AbortSignal | undefined;
  onProgress?: ((progress: ReanalyzeProgress) => void) | undefined;
  /** A progress report (and checkpoint) after this many articles or this long, whichever comes first. */
  progressEvery?: { articles: number; ms: number } | undefined;
  /** Articles read from the store at a time. */
  batchSize?: number | undefined;
}

/** Defaults for {@link ReanalyzeDeps.progressEvery}. */
export const DEFAULT_PROGRESS_EVERY = { articles: 500, ms: 5000 };

function counted(counts: ReanalysisCounts, outcome: ReanalyzeOutcome): ReanalysisCounts {
  return {
    ...counts,
    done: counts.done + 1,
    changed: counts.changed + (outcome.changed ? 1 : 0),
    eventsCreated: counts.eventsCreated + outcome.eventsCreated,
    eventsRemoved: counts.eventsRemoved + outcome.eventsRemoved,
  };
}

/**
 * Re-analyses one article; an NLP failure is counted and logged and leaves the article as it was, while a
 * database failure is thrown. A change is written together with the run's checkpoint.
 */
async function step(
  deps: ReanalyzeDeps,
  run: ReanalysisRunState,
  counts: ReanalysisCounts,
  article: StoredArticle,
): Promise<ReanalysisCounts> {
  let analysis: Analysis;
  try {
    analysis = deps.analyze(analysisInputOf(article), deps.kb);
  } catch (error) {
    deps.log.warn({ articleId: article.id, err: error }, 'analysis failed; article left as it was');
    return { ...counts, done: counts.done + 1, failed: counts.failed + 1 };
  }
  const outcome = await reanalyzeArticle(deps.db, article, analysis, {
    now: deps.now(),
    alsoInTransaction: (tx, result) =>
      saveReanalysisCheckpoint(tx, run.id, article.id, counted(counts, result)),
  });
  return counted(counts, outcome);
}

/**
 * Runs the current NLP and knowledge base again over the stored articles the filter selects, oldest first,
 * replacing each one's mentions and event sources (store/reanalyze-article.ts). Resumable: the run and its
 * checkpoint live in the database, so after an interruption (the stop signal, SIGKILL, a crash) the same
 * filter continues where it stopped, and anything redone is harmless because an article whose analysis is
 * unchanged is not written. Reports progress through `onProgress` every
 * {@link DEFAULT_PROGRESS_EVERY} articles or milliseconds, and once at the end.
 */
export async function runReanalyze(deps: ReanalyzeDeps, filter: ReanalyzeFilter): Promise<ReanalyzeSummary> {
  const every = deps.progressEvery ?? DEFAULT_PROGRESS_EVERY;
  const run = await openReanalysisRun(deps.db, filter, deps.now());
  if (run.resumed) deps.log.info({ runId: run.id, done: run.done }, 'continuing an interrupted re-analysis');
  const total = await countRunArticles(deps.db, filter, run);
  const startedAt = deps.now().getTime();
  let counts = pickCounts(run);
  let after = run.doneThroughId;
  let tick = { at: startedAt, done: counts.done };
  const progress = (): ReanalyzeProgress => {
    const seconds = (deps.now().getTime() - startedAt) / 1000;
    const here = counts.done - run.done;
    return { ...pickCounts(counts), total, articlesPerSecond: seconds > 0 ? here / seconds : 0 };
  };
  while (!deps.signal?.aborted) {
    const batch = await nextRunArticles(deps.db, filter, run, after, deps.batchSize ?? 100);
    for (const article of batch) {
      if (deps.signal?.aborted) break;
      counts = await step(deps, run, counts, article);
      after = article.id;
      const at = deps.now().getTime();
      if (counts.done - tick.done >= every.articles || at - tick.at >= every.ms) {
        await saveReanalysisCheckpoint(deps.db, run.id, after, pickCounts(counts));
        deps.onProgress?.(progress());
        tick = { at, done: counts.done };
      }
    }
    if (batch.length === 0) break;
  }
  const interrupted = deps.signal?.aborted ?? false;
  if (interrupted) await saveReanalysisCheckpoint(deps.db, run.id, after, pickCounts(counts));
  else await finishReanalysisRun(deps.db, run.id, pickCounts(counts), deps.now());
  const summary = { ...progress(), runId: run.id, resumed: run.resumed, interrupted };
  deps.onProgress?.(summary);
  return summary;
}

function pickCounts(counts: ReanalysisCounts): ReanalysisCounts {
  const { done, changed, failed, eventsCreated, eventsRemoved } = counts;
  return { done, changed, failed, eventsCreated, eventsRemoved };
}
