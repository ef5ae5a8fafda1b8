import type { FetchedPage } from '../crawlers/fetch/crawl-source.js';
import { canonicalizeUrl } from '../crawlers/extract/canonical-url.js';
import { extractArticle } from '../crawlers/extract/extract-article.js';
import type { SourceConfig } from '../crawlers/sources/source-schema.js';
import { analyze } from '../nlp/analyze.js';
import { defaultKnowledgeBase, type KnowledgeBase } from '../nlp/knowledge-base.js';
import { detectLanguage } from '../nlp/language.js';
import type { Analysis } from '../nlp/types.js';
import type { Db } from '../store/database.js';
import { saveArticle, type ArticleRecord, type SaveResult } from '../store/save-article.js';
import { searchTextOf, type SearchText } from '../store/search/search-documents.js';
import { Prisma, sqlOf } from '../store/sql-runner.js';

export type IngestResult = SaveResult | { status: 'skipped'; reason: string };

/** A pipeline stage whose time a crawl can report (fetching is the time outside them). */
export type Stage = 'extract' | 'analyse' | 'store';

/**
 * Told when a page spent [startedAt, endedAt) in a stage, as absolute high-resolution milliseconds
 * (`performance.timeOrigin + performance.now()`), which agree across worker threads.
 */
export type StageObserver = (stage: Stage, startedAt: number, endedAt: number) => void;

/** A page through the CPU stages, ready to store, with when each stage ran (see {@link StageObserver}). */
export type PreparedPage =
  | {
      status: 'ready';
      record: ArticleRecord;
      analysis: Analysis;
      /** The record's full-text index tokens, computed here so the save does not stem the text again. */
      searchText: SearchText;
      stages: { stage: Stage; startedAt: number; endedAt: number }[];
    }
  | { status: 'skipped'; reason: string };

/** Runs the CPU stages of pages: in this thread, or on a worker-thread pool (jobs/page-pool.ts). */
export type PreparePage = (
  source: SourceConfig,
  page: FetchedPage,
  kb: KnowledgeBase,
) => Promise<PreparedPage>;

const clock = () => performance.timeOrigin + performance.now();

/**
 * The pure, CPU-bound part of ingestion: extract -> detect language -> analyse, and the search index's
 * tokens of the text. A page without article text is skipped with a reason rather than stored empty.
 * Touches no database, so it runs in a worker thread as well as in the crawl's own.
 */
export function preparePage(source: SourceConfig, page: FetchedPage, kb: KnowledgeBase): PreparedPage {
  const extractStart = clock();
  const article = extractArticle(page.html, { url: page.loadedUrl });
  if (article.text.trim().length === 0) return { status: 'skipped', reason: 'no article text found' };
  const title = article.title || page.feedItem.title || '';
  const published = article.publishedAt ?? page.feedItem.publishedAt;
  const url = canonicalizeUrl(article.canonicalUrl ?? page.url);
  const analyseStart = clock();
  const language = detectLanguage(`${title}\n${article.text}`, article.languageHint ?? source.language);
  const analysis = analyze(
    { id: url, text: article.text, title, lang: language, published: published ?? undefined },
    kb,
  );
  const searchText = searchTextOf({ title, text: article.text, language });
  const analyseEnd = clock();
  return {
    status: 'ready',
    record: {
      url,
      fetchedUrl: page.loadedUrl,
      sourceId: source.id,
      title,
      authors: article.authors,
      publishedAt: published ? new Date(published) : null,
      language,
      text: article.text,
    },
    analysis,
    searchText,
    stages: [
      { stage: 'extract', startedAt: extractStart, endedAt: analyseStart },
      { stage: 'analyse', startedAt: analyseStart, endedAt: analyseEnd },
    ],
  };
}

/**
 * One page through the pure stages and into the store: extract -> detect language -> analyse -> save.
 * `kb` is what mentions are linked against (a crawl passes the curated knowledge base extended from the
 * store: editors' changes and stored candidates). `prepare` runs the CPU stages (a crawl may hand them to
 * a worker-thread pool); `observe` hears how long each stage took. `alsoWrite` are statements committed
 * with the article (a crawl's fetch record of the page), run on their own when the page is skipped.
 */
export async function ingestPage(
  db: Db,
  source: SourceConfig,
  page: FetchedPage,
  kb: KnowledgeBase = defaultKnowledgeBase,
  options: { prepare?: PreparePage; observe?: StageObserver; alsoWrite?: readonly Prisma.Sql[] } = {},
): Promise<IngestResult> {
  const prepared = options.prepare ? await options.prepare(source, page, kb) : preparePage(source, page, kb);
  if (prepared.status === 'skipped') {
    for (const statement of options.alsoWrite ?? []) await sqlOf(db).run(statement);
    return prepared;
  }
  for (const s of prepared.stages) options.observe?.(s.stage, s.startedAt, s.endedAt);
  const storeStart = clock();
  const saved = await saveArticle(db, prepared.record, prepared.analysis, {
    searchText: prepared.searchText,
    ...(options.alsoWrite ? { alsoWrite: options.alsoWrite } : {}),
  });
  options.observe?.('store', storeStart, clock());
  return saved;
}
