import { shingleOverlap, wordTokens } from './shingle-overlap.js';

describe('shingleOverlap', () => {
  it('tokenizes like a Unicode \\w+, keeping umlauts inside words', () => {
    expect(wordTokens('Größe-Übersee: 5 Mio. €')).toEqual(['Größe', 'Übersee', '5', 'Mio']);
  });

  it('does not split words at soft hyphens or zero-width spaces', () => {
    expect(wordTokens('Ver\u00adöffent\u200blichung')).toEqual(['Veröffentlichung']);
  });

  it('scores identical text as perfect and disjoint text as zero', () => {
    const text = 'one two three four five six';
    expect(shingleOverlap(text, text)).toEqual({ precision: 1, recall: 1 });
    expect(shingleOverlap('a b c d e', 'v w x y z')).toEqual({ precision: 0, recall: 0 });
  });

  it('penalises extra text in precision and missing text in recall', () => {
    const expected = 'one two three four five six';
    const extra = shingleOverlap(`${expected} seven eight nine ten`, expected);
    expect(extra.recall).toBe(1);
    expect(extra.precision).toBeCloseTo(3 / 7);
    const missing = shingleOverlap('one two three four five', expected);
    expect(missing.precision).toBe(1);
    expect(missing.recall).toBeCloseTo(2 / 3);
  });

  it('gives nothing for empty output', () => {
    expect(shingleOverlap('', 'one two three four')).toEqual({ precision: 0, recall: 0 });
  });
});
