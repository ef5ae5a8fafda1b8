import { isPostgres, type Db } from '../database.js';
import { searchDocumentOf, type LinkedEntity } from './search-documents.js';

/** Where a rebuild stands. */
export interface ReindexProgress {
  done: number;
  total: number;
  articlesPerSecond: number;
}

/** Articles rewritten per transaction: large enough to amortise the commit, small enough to show progress. */
const BATCH = 500;

/**
 * Rebuilds every article's index document from the stored articles and their mentions, in id order and
 * in batches of one transaction each (the triggers carry each batch into the FTS5 table), then merges the
 * index's segments. Run it after the analyzer changed (`modelwatch search reindex`); the store runs it
 * once when the search migration is first applied. `onProgress` is called after every batch.
 */
export async function rebuildSearchIndex(
  db: Db,
  options: { onProgress?: (progress: ReindexProgress) => void; now?: () => number } = {},
): Promise<{ indexed: number }> {
  const now = options.now ?? Date.now;
  const started = now();
  const total = await db.article.count();
  let done = 0;
  let afterId = 0;
  for (;;) {
    const articles = await db.article.findMany({
      where: { id: { gt: afterId } },
      orderBy: { id: 'asc' },
      take: BATCH,
      select: { id: true, title: true, text: true, language: true },
    });
    const last = articles[articles.length - 1];
    if (!last) break;
    const ids = articles.map((a) => a.id);
    const mentions = await db.mention.findMany({
      where: { articleId: { in: ids } },
      select: { articleId: true, entityId: true, count: true },
      orderBy: [{ articleId: 'asc' }, { entityId: 'asc' }],
    });
    const linked = new Map<number, LinkedEntity[]>();
    for (const m of mentions) linked.set(m.articleId, [...(linked.get(m.articleId) ?? []), m]);
    const rows = articles.map((a) => ({ articleId: a.id, ...searchDocumentOf(a, linked.get(a.id) ?? []) }));
    await db.$transaction(async (tx) => {
      await tx.searchDocument.deleteMany({ where: { articleId: { in: ids } } });
      await tx.searchDocument.createMany({ data: rows });
    });
    done += articles.length;
    afterId = last.id;
    const seconds = Math.max((now() - started) / 1000, 0.001);
    options.onProgress?.({ done, total: Math.max(total, done), articlesPerSecond: done / seconds });
  }
  // FTS5 merges its segments; PostgreSQL's GIN index needs no such step.
  if (!isPostgres(db))
    await db.$executeRawUnsafe(`INSERT INTO "SearchDocumentFts" ("SearchDocumentFts") VALUES ('optimize')`);
  return { indexed: done };
}
