import fc from 'fast-check';
import { holdsBeyondLatin1, oneByteCopy } from './one-byte-strings.js';
import { normalizeText } from './normalize-text.js';
import { splitSentences } from './sentences.js';

describe('one-byte strings', () => {
  it('tells a character beyond Latin-1 by code unit, a surrogate pair included', () => {
    expect(holdsBeyondLatin1('Größe, Preis: 5 € nicht, 5 EUR ja; ÿ µ')).toBe(true);
    expect(holdsBeyondLatin1('Größe, Preis: 5 EUR; ÿ µ ß')).toBe(false);
    expect(holdsBeyondLatin1('a𝐀')).toBe(true);
    expect(holdsBeyondLatin1('„R2“')).toBe(true);
  });

  it('copies a string without changing a character', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        expect(oneByteCopy(text)).toBe(text);
      }),
    );
    const quoted = '„R2“ kommt'.slice(1);
    expect(oneByteCopy(quoted)).toBe(quoted);
  });

  it('leaves the normalised text and its sentences as they read, with typographic quotes in the raw text', () => {
    const raw = 'DeepSeek verschiebt „R2“ – wohl auf den Herbst. Nvidia liefert den H20 nicht.';
    const text = normalizeText(raw);
    expect(text).toBe('DeepSeek verschiebt "R2" - wohl auf den Herbst. Nvidia liefert den H20 nicht.');
    expect(splitSentences(text).map((s) => s.text)).toEqual([
      'DeepSeek verschiebt "R2" - wohl auf den Herbst.',
      'Nvidia liefert den H20 nicht.',
    ]);
    const wide = `${text} ➀`;
    expect(splitSentences(wide).map((s) => wide.slice(s.start, s.end) === s.text)).toEqual([
      true,
      true,
      true,
    ]);
  });
});
