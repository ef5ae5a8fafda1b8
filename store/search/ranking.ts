/**
 * How search ranks, as data: BM25 per column of the index (a word in the title counts four times one in
 * the text; a linked entity twice), then a recency factor 1 + weight / (1 + ageDays / scaleDays), so a
 * report from today counts up to (1 + weight) times one of the same relevance from months ago.
 */
export const RANKING = {
  columnWeights: { title: 4, body: 1, entities: 2 },
  recency: { weight: 0.5, scaleDays: 30 },
} as const;
