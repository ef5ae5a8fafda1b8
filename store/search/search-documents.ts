import { searchTokens } from '../../nlp/search-tokens.js';
import type { Db } from '../database.js';
import type { Tx } from '../save-article.js';
import { Prisma, type SqlRunner } from '../sql-runner.js';

/** An article as the search index reads it. */
export interface SearchableArticle {
  id: number;
  title: string;
  text: string;
  language: string | null;
}

/** One row of SearchDocument: what the full-text index holds for an article. */
export interface SearchDocumentRow {
  title: string;
  body: string;
  entities: string;
}

/** A linked entity of an article with how often the linker found it. */
export interface LinkedEntity {
  entityId: string;
  count: number;
}

/**
 * How often an entity's token is repeated in a document at most: an article that names R2 five times
 * ranks above one that names it once, without a long article burying the rest.
 */
const MAX_ENTITY_REPEATS = 3;

/**
 * The index token of an entity id: `e-` plus the id. Analyzer tokens never contain '-', so an entity token
 * can never be confused with a word of the text.
 */
export function entityToken(entityId: string): string {
  return `e-${entityId.toLowerCase().replace(/[^\p{L}\p{N}.-]/gu, '-')}`;
}

/** The entities column of a document: each linked entity's token, repeated by mention count (capped). */
export function entityTokensOf(entities: readonly LinkedEntity[]): string {
  return entities
    .flatMap((e) =>
      Array<string>(Math.min(Math.max(e.count, 1), MAX_ENTITY_REPEATS)).fill(entityToken(e.entityId)),
    )
    .join(' ');
}

/** The text columns of an index document: title and body as analyzer tokens. */
export type SearchText = Pick<SearchDocumentRow, 'title' | 'body'>;

/**
 * Title and text of an article through the one search analyzer (nlp/search-tokens.ts) in the article's
 * language (unknown languages are lower-cased, not stemmed). Pure and free of the store, so a crawl
 * computes it with the analysis on a worker thread and hands it to the save (stemming every word is the
 * costliest part of writing a document).
 */
export function searchTextOf(article: Omit<SearchableArticle, 'id'>): SearchText {
  const lang = article.language ?? 'und';
  return {
    title: searchTokens(article.title, lang).join(' '),
    body: searchTokens(article.text, lang).join(' '),
  };
}

/**
 * The index document of an article: its {@link searchTextOf} and the linked entities as entity tokens.
 * Pure, so indexing and re-indexing produce the same document for the same article.
 */
export function searchDocumentOf(
  article: SearchableArticle,
  entities: readonly LinkedEntity[],
  text: SearchText = searchTextOf(article),
): SearchDocumentRow {
  return { ...text, entities: entityTokensOf(entities) };
}

async function linkedEntities(tx: Tx | Db, articleId: number): Promise<LinkedEntity[]> {
  return tx.mention.findMany({
    where: { articleId },
    select: { entityId: true, count: true },
    orderBy: { entityId: 'asc' },
  });
}

/**
 * Writes an article's index document inside the caller's transaction, from the entities the caller just
 * stored as its mentions (so nothing is read back): the crawl's save path calls it so the index changes
 * in the same transaction as the article (SQLite's triggers carry the change into the FTS5 table).
 * `text` is the article's {@link searchTextOf} when the caller computed it already.
 */
export async function writeSearchDocument(
  sql: SqlRunner,
  article: SearchableArticle,
  entities: readonly LinkedEntity[],
  text?: SearchText,
): Promise<void> {
  const ordered = [...entities].sort((a, b) =>
    a.entityId < b.entityId ? -1 : a.entityId > b.entityId ? 1 : 0,
  );
  const row = searchDocumentOf(article, ordered, text);
  await sql.run(Prisma.sql`INSERT INTO "SearchDocument" ("articleId", "title", "body", "entities")
    VALUES (${article.id}, ${row.title}, ${row.body}, ${row.entities})
    ON CONFLICT ("articleId") DO UPDATE SET "title" = excluded."title", "body" = excluded."body",
      "entities" = excluded."entities"`);
}

/**
 * Rewrites the entity tokens of these articles' documents from their current mentions, inside the
 * caller's transaction: re-analysis and entity merges change which entities an article is linked to
 * without changing its text. Articles without a document are left alone (reindex writes them).
 */
export async function refreshSearchEntities(tx: Tx, articleIds: Iterable<number>): Promise<void> {
  for (const articleId of articleIds) {
    const entities = entityTokensOf(await linkedEntities(tx, articleId));
    await tx.searchDocument.updateMany({ where: { articleId }, data: { entities } });
  }
}
