import type { Db } from './database.js';

export interface ArticleSummary {
  id: number;
  url: string;
  title: string;
  authors: string[];
  source: string | null;
  language: string | null;
  publishedAt: string | null;
  fetchedAt: string;
  duplicateOf: number | null;
}

export interface ArticlePage {
  items: ArticleSummary[];
  /** Opaque cursor for the next page, or null at the end. */
  nextCursor: string | null;
}

/**
 * Articles newest first (by id, which only grows, so pages never shift under a reader), `limit` at a
 * time. `cursor` is the `nextCursor` of the previous page.
 */
export async function listArticles(
  db: Db,
  options: {
    limit: number;
    cursor?: number | undefined;
    language?: string | undefined;
    source?: string | undefined;
  },
): Promise<ArticlePage> {
  const rows = await db.article.findMany({
    where: {
      ...(options.cursor === undefined ? {} : { id: { lt: options.cursor } }),
      ...(options.language ? { language: options.language } : {}),
      ...(options.source ? { sourceId: options.source } : {}),
    },
    orderBy: { id: 'desc' },
    take: options.limit + 1,
    select: {
      id: true,
      url: true,
      title: true,
      authors: true,
      sourceId: true,
      language: true,
      publishedAt: true,
      fetchedAt: true,
      duplicateOfId: true,
    },
  });
  const page = rows.slice(0, options.limit);
  const last = page[page.length - 1];
  return {
    items: page.map((row) => ({
      id: row.id,
      url: row.url,
      title: row.title,
      authors: JSON.parse(row.authors) as string[],
      source: row.sourceId,
      language: row.language,
      publishedAt: row.publishedAt?.toISOString() ?? null,
      fetchedAt: row.fetchedAt.toISOString(),
      duplicateOf: row.duplicateOfId,
    })),
    nextCursor: rows.length > options.limit && last ? String(last.id) : null,
  };
}

/** Articles in storage order, for export; yields in batches so memory stays flat on large stores. */
export async function* iterateArticles(
  db: Db,
  batchSize = 500,
): AsyncGenerator<ArticleSummary & { text: string }> {
  let after = 0;
  for (;;) {
    const rows = await db.article.findMany({
      where: { id: { gt: after } },
      orderBy: { id: 'asc' },
      take: batchSize,
    });
    for (const row of rows) {
      yield {
        id: row.id,
        url: row.url,
        title: row.title,
        authors: JSON.parse(row.authors) as string[],
        source: row.sourceId,
        language: row.language,
        publishedAt: row.publishedAt?.toISOString() ?? null,
        fetchedAt: row.fetchedAt.toISOString(),
        duplicateOf: row.duplicateOfId,
        text: row.text,
      };
    }
    const last = rows[rows.length - 1];
    if (!last || rows.length < batchSize) return;
    after = last.id;
  }
}
