import { TRIGGERS } from '../event-cues.js';
import { EVENT_TYPES } from '../types.js';
import { chunkScan, chunkedScanner, topLevelAlternatives } from './scanner-chunks.js';

describe('lexicon scanners in chunks', () => {
  it('splits a source at its top-level bars only', () => {
    expect(topLevelAlternatives(String.raw`a(?:b|c)|[|x]d|e\|f|g`)).toEqual([
      'a(?:b|c)',
      '[|x]d',
      String.raw`e\|f`,
      'g',
    ]);
  });

  it('keeps every chunk of every trigger lexicon under the size V8 optimises', () => {
    for (const type of EVENT_TYPES)
      for (const re of chunkedScanner(TRIGGERS[type].source, (alt) => `(?:${alt})`))
        expect(re.source.length).toBeLessThan(20 * 1024);
  });

  it('finds what the single alternation finds, leftmost first and the earlier alternative on a tie', () => {
    const alternatives = ['launch(?:es|ed)?', 'launched the', 'ship\\w*', 'rolled out', 'release'];
    const single = new RegExp(alternatives.join('|'), 'gu');
    const text = 'Nvidia launched the H20, shipped the B30A, rolled out a release and launches more.';
    const chunks = alternatives.map((a) => new RegExp(a, 'gu'));
    const next = chunkScan(chunks, text);
    const found: string[] = [];
    for (let m = next(0); m !== null; m = next(m.index + m[0].length)) found.push(`${m.index}:${m[0]}`);
    expect(found).toEqual([...text.matchAll(single)].map((m) => `${m.index}:${m[0]}`));
  });
});
