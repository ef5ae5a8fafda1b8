import type { FetchedPage } from '../crawlers/fetch/crawl-source.js';
import { canonicalizeUrl } from '../crawlers/extract/canonical-url.js';
import { extractArticle } from '../crawlers/extract/extract-article.js';
import type { SourceConfig } from '../crawlers/sources/source-schema.js';
import { analyze } from '../nlp/analyze.js';
import { defaultKnowledgeBase, type KnowledgeBase } from '../nlp/knowledge-base.js';
import { detectLanguage } from '../nlp/language.js';
import type { Db } from '../store/database.js';
import { saveArticle, type SaveResult } from '../store/save-article.js';

export type IngestResult = SaveResult | { status: 'skipped'; reason: string };

/**
 * One page through the pure stages and into the store: extract -> detect language -> analyse -> save.
 * A page without article text is skipped with a reason rather than stored empty. `kb` is what mentions
 * are linked against (a crawl passes the curated knowledge base extended from the store: editors' changes
 * and stored candidates).
 */
export async function ingestPage(
  db: Db,
  source: SourceConfig,
  page: FetchedPage,
  kb: KnowledgeBase = defaultKnowledgeBase,
): Promise<IngestResult> {
  const article = extractArticle(page.html, { url: page.loadedUrl });
  if (article.text.trim().length === 0) return { status: 'skipped', reason: 'no article text found' };
  const title = article.title || page.feedItem.title || '';
  const published = article.publishedAt ?? page.feedItem.publishedAt;
  const language = detectLanguage(`${title}\n${article.text}`, article.languageHint ?? source.language);
  const url = canonicalizeUrl(article.canonicalUrl ?? page.url);
  const analysis = analyze(
    {
      id: url,
      text: article.text,
      title,
      lang: language,
      published: published ?? undefined,
    },
    kb,
  );
  return saveArticle(
    db,
    {
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
  );
}
