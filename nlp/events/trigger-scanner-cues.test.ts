/**
 * The trigger scanner skips an alternative without a literal start (scanned unanchored) in a sentence
 * that lacks every string requiredLiterals names for it. That loses no trigger only if every match
 * holds one of them: checked on the two lexicon alternatives concerned (every match, and every branch
 * of every alternation, which must also have an example, over the fixture sentences and the phrases
 * below) and on generated patterns and texts.
 */
import fc from 'fast-check';
import { checkCue, fixtureTexts } from '../__fixtures__/cue-check.js';
import { TRIGGERS } from '../event-cues.js';
import { splitSentences } from '../sentences.js';
import { EVENT_TYPES } from '../types.js';
import { literalPrefixes, requiredLiterals } from './literal-prefixes.js';
import { topLevelAlternatives } from './scanner-chunks.js';

/**
 * The alternations inside a clause word (event-cues.ts's `W`): narrowed to its dot branch, the word is
 * dots only and no text can exercise it, so they are read whole.
 */
const CLAUSE_WORD = [
  String.raw`[^\s.;:!?]|\.(?:(?=\S)|(?<=\d\.)(?=\s)|(?<=(?<![\p{L}\p{N}])\p{L}\.\p{L}\.)(?=\s)|(?<=(?<!\p{L})(?:corp|inc|co|ltd|bzw|ca)\.)(?=\s))`,
  String.raw`(?=\S)|(?<=\d\.)(?=\s)|(?<=(?<![\p{L}\p{N}])\p{L}\.\p{L}\.)(?=\s)|(?<=(?<!\p{L})(?:corp|inc|co|ltd|bzw|ca)\.)(?=\s)`,
  'corp|inc|co|ltd|bzw|ca',
];

/** Written for this test: each noun, abbreviation and number form of the braking wording, and share titles. */
const PHRASES: readonly string[] = [
  ...['probleme', 'schwierigkeiten', 'engpässe', 'mängel', 'fehler', 'pannen', 'sanktionen'].map(
    (noun) => `Die ${noun} bremsen die Fertigung aus.`,
  ),
  'Neue Exportkontrollen bremsen die Lieferungen nach China aus.',
  'Strenge Auflagen bremsen den Start von Version 2.5 aus.',
  'Engpässe seit dem 3. Mai bremsen die Lieferung der U.S. Kunden aus.',
  'Die Nvidia-Titel fielen, die Chip-Papiere auch.',
];

// the phrases stay whole: a sentence splitter may end a sentence at "U.S." or "3."
const corpus = [
  ...fixtureTexts().flatMap((text) => splitSentences(text).map((s) => s.text.toLowerCase())),
  ...PHRASES.map((text) => text.toLowerCase()),
];

/** The lexicon alternatives that have no literal start, with the strings their matches need. */
const unprefixed = EVENT_TYPES.flatMap((type) =>
  topLevelAlternatives(TRIGGERS[type].source)
    .filter((alt) => literalPrefixes(alt, 3) === null)
    .map((alt) => ({ type, alt, required: requiredLiterals(alt) })),
);

describe('requiredLiterals, the pre-test of the unanchored lexicon alternatives', () => {
  it('names strings for both alternatives', () => {
    expect(unprefixed.map((u) => [u.type, u.required])).toEqual([
      ['delay', ['brems']],
      ['financial', ['-titel', '-papiere']],
    ]);
  });

  it.each(unprefixed)('every match of the $type alternative holds one, every branch has an example', (u) => {
    const re = new RegExp(u.alt, TRIGGERS[u.type].flags);
    const holds = (m: string): boolean => u.required?.some((r) => m.includes(r)) ?? false;
    expect(checkCue(u.type, re, holds, corpus, CLAUSE_WORD)).toEqual({ violations: [], unexercised: [] });
  });
});

describe('required literals of a pattern', () => {
  it('reads runs of literal text, optional parts and groups of few texts', () => {
    expect(requiredLiterals(String.raw`(?:the\s+)?launch`)).toEqual(['launch']);
    expect(requiredLiterals('a?bcd')).toEqual(['bcd', 'abcd']);
    expect(requiredLiterals(String.raw`[\p{L}\d]+-(?:titel|papiere)\b`)).toEqual(['-titel', '-papiere']);
    expect(requiredLiterals(String.raw`(?:ab\s*cdef)+`)).toEqual(['cdef']);
    expect(requiredLiterals('abc|d')).toEqual(['abc', 'd']);
  });

  it('names nothing where a match may hold no literal text', () => {
    expect(requiredLiterals(String.raw`\p{L}*`)).toBeNull();
    expect(requiredLiterals(String.raw`abc|\s+`)).toBeNull();
    expect(requiredLiterals('(?:abc)?')).toBeNull();
    expect(requiredLiterals(String.raw`(a)\1`)).toBeNull();
  });

  it('holds for every match of generated patterns in generated texts', () => {
    const atom = fc.constantFrom(
      'a',
      'b',
      'ä',
      '-',
      '\\.',
      ' ',
      '𝐀',
      '[ab]',
      '[^a]',
      '\\s',
      '\\d',
      '.',
      '\\b',
      '(?=a)',
      '(?<!b)',
    );
    const item = fc
      .tuple(atom, fc.constantFrom('', '', '?', '*', '+', '{0,2}', '{2}'))
      .map(([a, q]) => (q !== '' && /^(?:\\b|\(\?)/u.test(a) ? a : a + q));
    const sequence = fc.array(item, { minLength: 1, maxLength: 5 }).map((items) => items.join(''));
    const group = fc
      .tuple(fc.array(sequence, { minLength: 1, maxLength: 3 }), fc.constantFrom('', '?', '+', '*'))
      .map(([alts, q]) => `(?:${alts.join('|')})${q}`);
    const pattern = fc
      .array(fc.oneof(sequence, group), { minLength: 1, maxLength: 4 })
      .map((parts) => parts.join(''));
    const alternation = fc.array(pattern, { minLength: 1, maxLength: 3 }).map((alts) => alts.join('|'));
    const text = fc
      .array(fc.constantFrom('a', 'b', 'ä', '-', '.', ' ', '1', '𝐀', '\ud835'), { maxLength: 24 })
      .map((cs) => cs.join(''));
    fc.assert(
      fc.property(alternation, text, (source, sample) => {
        const required = requiredLiterals(source);
        if (required === null) return;
        const re = new RegExp(source, 'gu');
        for (const m of sample.matchAll(re)) expect(required.some((r) => m[0].includes(r))).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });
});
