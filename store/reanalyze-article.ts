import type { Analysis, AnalysisInput } from '../nlp/types.js';
import type { Db } from './database.js';
import { syncEntities } from './knowledge-base-sync.js';
import { resolveMergedIds } from './merged-entities.js';
import { refreshSearchEntities } from './search/search-documents.js';
import { analysisFingerprint, replaceAnalysis, type AnalysisChange, type Tx } from './save-article.js';
import { sqlOf } from './sql-runner.js';

/** A stored article as re-analysis reads it: what the NLP needs and what its contributions depend on. */
export interface StoredArticle {
  id: number;
  url: string;
  title: string;
  text: string;
  language: string | null;
  publishedAt: Date | null;
  fetchedAt: Date;
  contentHash: string;
  duplicateOfId: number | null;
  analysisHash: string | null;
}

/** The Prisma `select` that reads a {@link StoredArticle}. */
export const storedArticleSelect = {
  id: true,
  url: true,
  title: true,
  text: true,
  language: true,
  publishedAt: true,
  fetchedAt: true,
  contentHash: true,
  duplicateOfId: true,
  analysisHash: true,
} as const;

/**
 * The NLP input for a stored article, built as a crawl builds it (jobs/ingest-page.ts): the canonical URL
 * as id, title, text, the stored language as hint and the publication date as the anchor of relative
 * dates. The crawl passed the date as the page wrote it; the store keeps only the instant, so the anchor is
 * its UTC day.
 */
export function analysisInputOf(article: StoredArticle): AnalysisInput {
  return {
    id: article.url,
    text: article.text,
    title: article.title,
    lang: article.language ?? undefined,
    published: article.publishedAt?.toISOString(),
  };
}

/** What re-analysing one article did: whether anything was written, and the events it created or removed. */
export interface ReanalyzeOutcome extends AnalysisChange {
  changed: boolean;
}

const UNCHANGED: ReanalyzeOutcome = { changed: false, eventsCreated: 0, eventsRemoved: 0 };

/**
 * Replaces a stored article's mentions and event sources with `rawAnalysis`, through the same code path as
 * a crawl ({@link replaceAnalysis}): reports join their clusters, events left without a source disappear,
 * hidden events stay hidden, mention counts and the release tracker follow, merged entity ids resolve to
 * their target, a duplicate keeps its mentions but adds no sources, and the entity tokens of its search
 * document follow its new mentions. The article row itself (text,
 * duplicate link) is left as the crawl stored it.
 *
 * Idempotent: when the analysis has the fingerprint the article was stored with, nothing is written. All
 * writes, including `alsoInTransaction` (the caller's checkpoint), happen in one transaction, so a crash
 * leaves the article either as it was or fully re-analysed. An article whose content or analysis a crawl
 * changed since it was read is left alone: the crawl's analysis is the newer one.
 */
export async function reanalyzeArticle(
  db: Db,
  article: StoredArticle,
  rawAnalysis: Analysis,
  options: { now: Date; alsoInTransaction?: (tx: Tx, outcome: ReanalyzeOutcome) => Promise<void> },
): Promise<ReanalyzeOutcome> {
  const analysis = await resolveMergedIds(db, rawAnalysis);
  const hash = analysisFingerprint(analysis);
  if (hash === article.analysisHash) return UNCHANGED;
  await syncEntities(db, rawAnalysis.entities);
  return db.$transaction(async (tx) => {
    const { count } = await tx.article.updateMany({
      where: { id: article.id, contentHash: article.contentHash, analysisHash: article.analysisHash },
      data: { analysisHash: hash, analyzedAt: options.now },
    });
    if (count === 0) return UNCHANGED;
    const change = await replaceAnalysis(
      tx,
      {
        id: article.id,
        language: article.language,
        reportedAt: article.publishedAt ?? article.fetchedAt,
        duplicate: article.duplicateOfId !== null,
      },
      analysis,
      sqlOf(db, tx),
    );
    await refreshSearchEntities(tx, [article.id]);
    const outcome = { changed: true, ...change };
    await options.alsoInTransaction?.(tx, outcome);
    return outcome;
  });
}
