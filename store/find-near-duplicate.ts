import {
  hammingDistance,
  jaccard,
  MIN_SHINGLES,
  NEAR_DUPLICATE_THRESHOLD,
  SIMHASH_CANDIDATE_BITS,
  wordShingles,
} from './near-duplicate.js';
import { list, Prisma, type SqlRunner } from './sql-runner.js';

/** Syndicated copies appear within days of the original; only articles this close are compared. */
export const NEAR_DUPLICATE_WINDOW_DAYS = 7;

/** At most this many SimHash candidates are compared by shingles (the closest first). */
const MAX_COMPARED = 5;

/**
 * Finds the original an article nearly copies: an article stored under another URL within
 * {@link NEAR_DUPLICATE_WINDOW_DAYS} of `around` (publication date, else fetch date), itself not a
 * duplicate, whose SimHash is close and whose shingle overlap reaches {@link NEAR_DUPLICATE_THRESHOLD}.
 * Returns the best such article and its overlap, or null.
 */
export async function findNearDuplicate(
  sql: SqlRunner,
  article: {
    url: string;
    shingles: ReadonlySet<string>;
    simhash: string;
    around: Date;
    excludeId: number | null;
  },
): Promise<{ articleId: number; similarity: number } | null> {
  if (article.shingles.size < MIN_SHINGLES) return null;
  const windowMs = NEAR_DUPLICATE_WINDOW_DAYS * 86_400_000;
  const from = new Date(article.around.getTime() - windowMs);
  const to = new Date(article.around.getTime() + windowMs);
  const rows = await sql.rows<{
    id: number;
    simhash: string;
  }>(Prisma.sql`SELECT "id", "simhash" FROM "Article"
    WHERE "simhash" IS NOT NULL AND "duplicateOfId" IS NULL AND "url" <> ${article.url}
      AND "id" <> ${article.excludeId ?? -1}
      AND (("publishedAt" >= ${from} AND "publishedAt" <= ${to})
        OR ("publishedAt" IS NULL AND "fetchedAt" >= ${from} AND "fetchedAt" <= ${to}))`);
  const candidates = rows
    .map((row) => ({ id: row.id, distance: hammingDistance(article.simhash, row.simhash) }))
    .filter((c) => c.distance <= SIMHASH_CANDIDATE_BITS)
    .sort((a, b) => a.distance - b.distance || a.id - b.id)
    .slice(0, MAX_COMPARED);
  if (candidates.length === 0) return null;
  const texts = await sql.rows<{ id: number; text: string }>(
    Prisma.sql`SELECT "id", "text" FROM "Article" WHERE "id" IN (${list(candidates.map((c) => c.id))})`,
  );
  const textOf = new Map(texts.map((row) => [row.id, row.text]));
  let best: { articleId: number; similarity: number } | null = null;
  for (const candidate of candidates) {
    const text = textOf.get(candidate.id);
    if (text === undefined) continue;
    const similarity = Math.round(jaccard(article.shingles, wordShingles(text)) * 1000) / 1000;
    if (similarity >= NEAR_DUPLICATE_THRESHOLD && (!best || similarity > best.similarity))
      best = { articleId: candidate.id, similarity };
  }
  return best;
}
