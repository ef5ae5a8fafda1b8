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
