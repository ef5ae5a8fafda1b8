import { serialize } from 'node:v8';
import fc from 'fast-check';
import { holdsBeyondLatin1, oneByteCopy } from './one-byte-strings.js';
import { normalizeText } from './normalize-text.js';
import { splitSentences } from './sentences.js';

/**
 * Whether V8 stores `text` one byte per character: its serialiser writes such a string with the tag
 * '"' and a two-byte one with 'c' (after a two-byte header). The speed of the analysis rests on it.
 */
const storedOneByte = (text: string): boolean => serialize(text)[2] === 0x22;

/** A string whose characters are all Latin-1 but which V8 stores two bytes per character (a slice of a two-byte string). */
const twoByteLatin1 = (latin1: string): string => `„${latin1}`.slice(1);

describe('one-byte strings', () => {
  it('tells a character beyond Latin-1 by code unit, a surrogate pair included', () => {
    expect(holdsBeyondLatin1('Größe, Preis: 5 € nicht, 5 EUR ja; ÿ µ')).toBe(true);
    expect(holdsBeyondLatin1('Größe, Preis: 5 EUR; ÿ µ ß')).toBe(false);
    expect(holdsBeyondLatin1('a𝐀')).toBe(true);
    expect(holdsBeyondLatin1('„R2“')).toBe(true);
  });

  it('copies a Latin-1 string stored two bytes per character into one byte per character, unchanged', () => {
    expect(storedOneByte(twoByteLatin1('Größe ÿ'))).toBe(false);
    const latin1 = fc
      .array(fc.integer({ min: 0, max: 255 }), { maxLength: 40 })
      .map((codes) => String.fromCharCode(...codes));
    fc.assert(
      fc.property(latin1, (text) => {
        const copy = oneByteCopy(twoByteLatin1(text));
        expect(copy).toBe(text);
        expect(storedOneByte(copy)).toBe(true);
      }),
    );
  });

  it('leaves a string with a character beyond Latin-1 as it is', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        expect(oneByteCopy(`${text}€`)).toBe(`${text}€`);
      }),
    );
  });

  it('gives the normalised text and its sentences one byte per character when the raw text had typographic quotes', () => {
    const raw = 'DeepSeek verschiebt „R2“ – wohl auf den Herbst. Nvidia liefert den H20 nicht.';
    const text = normalizeText(raw);
    expect(text).toBe('DeepSeek verschiebt "R2" - wohl auf den Herbst. Nvidia liefert den H20 nicht.');
    expect(storedOneByte(text)).toBe(true);
    const sentences = splitSentences(text);
    expect(sentences.map((s) => s.text)).toEqual([
      'DeepSeek verschiebt "R2" - wohl auf den Herbst.',
      'Nvidia liefert den H20 nicht.',
    ]);
    expect(sentences.every((s) => storedOneByte(s.text))).toBe(true);
  });

  it('copies the other sentences of a text that keeps a character beyond Latin-1', () => {
    const text = normalizeText('Nvidia liefert den H20 nicht. Grund: ➀ die Lizenz.');
    expect(storedOneByte(text)).toBe(false);
    const sentences = splitSentences(text);
    expect(sentences.map((s) => text.slice(s.start, s.end) === s.text)).toEqual([true, true]);
    expect(sentences.map((s) => storedOneByte(s.text))).toEqual([true, false]);
  });
});
