import {
  countArticleFacets,
  countEntityFacets,
  estimateTotal,
  FIELD_SEPARATOR,
  parseMentionPairs,
  rankCandidates,
  RECORD_SEPARATOR,
  recencyFactor,
  rowsAfter,
  type Candidate,
} from './candidates.js';

const JD_2025_09_01 = 2_460_919.5;
const ANCHOR = Date.parse('2025-09-01T00:00:00Z');

function candidate(
  id: number,
  relevance: number,
  daysOld: number,
  extra: Partial<Candidate> = {},
): Candidate {
  const reported = new Date(ANCHOR - daysOld * 86_400_000).toISOString();
  return {
    id,
    relevance,
    reported,
    reportedJd: JD_2025_09_01 - daysOld,
    language: 'de',
    sourceId: 's1',
    ...extra,
  };
}

describe('rankCandidates', () => {
  it('multiplies relevance by the recency factor: today 1.5, a month ago 1.25, long ago about 1', () => {
    expect(recencyFactor(0)).toBe(1.5);
    expect(recencyFactor(30)).toBe(1.25);
    expect(recencyFactor(3000)).toBeLessThan(1.01);
    const [fresh, old] = rankCandidates([candidate(1, 10, 3000), candidate(2, 8, 0)], 'relevance', ANCHOR);
    expect([fresh?.id, fresh?.score, old?.id]).toEqual([2, 12, 1]);
  });
  it('sorts by date newest first, ties by id, whatever the relevance', () => {
    const ranked = rankCandidates(
      [candidate(1, 99, 5), candidate(2, 1, 0), candidate(3, 5, 5)],
      'date',
      ANCHOR,
    );
    expect(ranked.map((c) => c.id)).toEqual([2, 3, 1]);
  });
  it('continues strictly after the cursor position, without gaps or repeats', () => {
    const ranked = rankCandidates(
      [candidate(1, 4, 100), candidate(2, 4, 100), candidate(3, 9, 100)],
      'relevance',
      ANCHOR,
    );
    const second = ranked[1];
    expect(
      rowsAfter(ranked, 'relevance', { key: String(second?.score), id: second?.id ?? 0 }).map((c) => c.id),
    ).toEqual([1]);
    expect(rowsAfter(ranked, 'relevance', null)).toHaveLength(3);
  });
});

describe('facet counting', () => {
  it('counts languages, sources with their names, and categories', () => {
    const sources = new Map([
      ['s1', { name: 'One', category: 'tech' }],
      ['s2', { name: 'Two', category: 'finance' }],
    ]);
    const facets = countArticleFacets(
      [candidate(1, 1, 1), candidate(2, 1, 1, { language: 'en', sourceId: 's2' }), candidate(3, 1, 1)],
      sources,
    );
    expect(facets.language).toEqual([
      { value: 'de', count: 2 },
      { value: 'en', count: 1 },
    ]);
    expect(facets.source).toContainEqual({ value: 's2', count: 1, label: 'Two' });
    expect(facets.category).toContainEqual({ value: 'tech', count: 2 });
  });
  it('counts an article once per kind even when it names two entities of that kind', () => {
    const entities = new Map([
      ['r2', { name: 'R2', kind: 'model' }],
      ['v4', { name: 'V4', kind: 'model' }],
      ['h20', { name: 'H20', kind: 'chip' }],
    ]);
    const { entity, kind } = countEntityFacets(
      [
        [1, 'r2'],
        [1, 'v4'],
        [2, 'r2'],
        [2, 'h20'],
      ],
      entities,
    );
    expect(entity).toContainEqual({ value: 'r2', count: 2, label: 'R2' });
    expect(kind).toEqual([
      { value: 'model', count: 2 },
      { value: 'chip', count: 1 },
    ]);
  });
});

describe('estimateTotal', () => {
  it('extrapolates the density of the window down to the oldest article, to two significant digits', () => {
    // 2,000 matches among ids 100,000..90,001: one in five, so about 20,000 of 100,000 articles.
    expect(estimateTotal(2000, { firstId: 100_000, lastId: 90_001, lowestId: 1 })).toBe(20_000);
    expect(estimateTotal(2000, { firstId: 100_000, lastId: 97_001, lowestId: 1 })).toBe(67_000);
  });
  it('never answers less than the window it read', () => {
    expect(estimateTotal(2000, { firstId: 3000, lastId: 1, lowestId: 1 })).toBe(2000);
  });
});

describe('parseMentionPairs', () => {
  const us = String.fromCharCode(FIELD_SEPARATOR);
  const rs = String.fromCharCode(RECORD_SEPARATOR);
  it('reads the article and entity of every joined mention, hyphens and digits in ids included', () => {
    expect(parseMentionPairs(`12${us}deepseek-r2${rs}12${us}nvidia-h20${rs}7${us}model-0`)).toEqual([
      [12, 'deepseek-r2'],
      [12, 'nvidia-h20'],
      [7, 'model-0'],
    ]);
  });
  it('answers no pairs for no mentions (SQL group_concat of no rows)', () => {
    expect(parseMentionPairs('')).toEqual([]);
  });
});
