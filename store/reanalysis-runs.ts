import type { Db } from './database.js';
import type { DbOrTx } from './release-tracks.js';
import { storedArticleSelect, type StoredArticle } from './reanalyze-article.js';

/** Which stored articles a re-analysis covers; an absent field selects all. */
export interface ReanalyzeFilter {
  /** Articles reported at or after this instant: published then, or fetched then when undated. */
  since?: Date | undefined;
  /** Articles of this source (its id in the sources registry). */
  sourceId?: string | undefined;
}

/** What a run has done so far; kept in its row so a resumed run reports the whole run. */
export interface ReanalysisCounts {
  done: number;
  changed: number;
  failed: number;
  eventsCreated: number;
  eventsRemoved: number;
}

/** A run as the job drives it: its bounds, its checkpoint and its counts. */
export interface ReanalysisRunState extends ReanalysisCounts {
  id: number;
  /** The newest article when the run started; the run covers no article stored after it. */
  untilArticleId: number;
  /** Every selected article with an id up to this one is done. */
  doneThroughId: number;
  /** Whether an interrupted run with the same filter was picked up instead of starting afresh. */
  resumed: boolean;
}

function articleWhere(filter: ReanalyzeFilter, afterId: number, untilId: number) {
  const since = filter.since;
  return {
    id: { gt: afterId, lte: untilId },
    ...(filter.sourceId === undefined ? {} : { sourceId: filter.sourceId }),
    ...(since === undefined
      ? {}
      : { OR: [{ publishedAt: { gte: since } }, { publishedAt: null, fetchedAt: { gte: since } }] }),
  };
}

/**
 * Continues the latest unfinished run with the same filter (one interrupted by Ctrl-C, SIGKILL or a
 * crash), or starts a new run over the articles stored now. A finished run is never continued: running
 * again re-analyses everything selected, which changes nothing where nothing changed.
 */
export async function openReanalysisRun(
  db: Db,
  filter: ReanalyzeFilter,
  now: Date,
): Promise<ReanalysisRunState> {
  const same = { since: filter.since ?? null, sourceId: filter.sourceId ?? null };
  const unfinished = await db.reanalysisRun.findFirst({
    where: { ...same, finishedAt: null },
    orderBy: { id: 'desc' },
  });
  if (unfinished) return { ...unfinished, resumed: true };
  const newest = await db.article.findFirst({ orderBy: { id: 'desc' }, select: { id: true } });
  const created = await db.reanalysisRun.create({
    data: { ...same, untilArticleId: newest?.id ?? 0, startedAt: now },
  });
  return { ...created, resumed: false };
}

/** How many articles the run covers in all (done or not). */
export function countRunArticles(db: Db, filter: ReanalyzeFilter, run: ReanalysisRunState): Promise<number> {
  return db.article.count({ where: articleWhere(filter, 0, run.untilArticleId) });
}

/** The run's next `take` articles after `afterId`, in id order (the order they were stored). */
export function nextRunArticles(
  db: Db,
  filter: ReanalyzeFilter,
  run: ReanalysisRunState,
  afterId: number,
  take: number,
): Promise<StoredArticle[]> {
  return db.article.findMany({
    where: articleWhere(filter, afterId, run.untilArticleId),
    orderBy: { id: 'asc' },
    take,
    select: storedArticleSelect,
  });
}

/** Records that every article up to `doneThroughId` is done, with the counts so far. */
export async function saveReanalysisCheckpoint(
  db: DbOrTx,
  runId: number,
  doneThroughId: number,
  counts: ReanalysisCounts,
): Promise<void> {
  await db.reanalysisRun.update({ where: { id: runId }, data: { doneThroughId, ...counts } });
}

/** Marks the run finished, so the next run with its filter starts afresh. */
export async function finishReanalysisRun(
  db: Db,
  runId: number,
  counts: ReanalysisCounts,
  now: Date,
): Promise<void> {
  await db.reanalysisRun.update({ where: { id: runId }, data: { ...counts, finishedAt: now } });
}
