import type { Tx } from './save-article.js';
import {
  hammingDistance,
  jaccard,
  MIN_SHINGLES,
  NEAR_DUPLICATE_THRESHOLD,
  SIMHASH_CANDIDATE_BITS,
  wordShingles,
} from './near-duplicate.js';

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
  tx: Tx,
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
  const range = {
    gte: new Date(article.around.getTime() - windowMs),
    lte: new Date(article.around.getTime() + windowMs),
  };
  const rows = await tx.article.findMany({
    where: {
      simhash: { not: null },
      duplicateOfId: null,
      url: { not: article.url },
      ...(article.excludeId === null ? {} : { id: { not: article.excludeId } }),
      OR: [{ publishedAt: range }, { publishedAt: null, fetchedAt: range }],
    },
    select: { id: true, simhash: true },
  });
  const candidates = rows
    .map((row) => ({ id: row.id, distance: hammingDistance(article.simhash, row.simhash ?? '') }))
    .filter((c) => c.distance <= SIMHASH_CANDIDATE_BITS)
    .sort((a, b) => a.distance - b.distance || a.id - b.id)
    .slice(0, MAX_COMPARED);
  let best: { articleId: number; similarity: number } | null = null;
  for (const candidate of candidates) {
    const other = await tx.article.findUnique({ where: { id: candidate.id }, select: { text: true } });
    if (!other) continue;
    const similarity = Math.round(jaccard(article.shingles, wordShingles(other.text)) * 1000) / 1000;
    if (similarity >= NEAR_DUPLICATE_THRESHOLD && (!best || similarity > best.similarity))
      best = { articleId: candidate.id, similarity };
  }
  return best;
}
