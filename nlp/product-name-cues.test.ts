/**
 * mayOpenName in product-names.ts rules a token out of freeStanding before its name shapes are read:
 * that loses no name only if every token of a shape that can head a free-standing name, a product
 * code (CODE) or a capitalised word (CAPITALISED_WORD), passes it. Both shapes, and every branch of
 * CODE, are run over the tokens of the fixture passages and the phrases below.
 */
import { checkEntry, entryNamed, fixtureTexts, passesCues } from './__fixtures__/cue-check.js';
import { CUE_CHECKS } from './product-names.js';

/** Written for this test: names of every shape, in German and English. */
const PHRASES: readonly string[] = [
  'Zentrix stellt den Beschleuniger ZX400 und das Modell Lumo3.5 vor.',
  'The startup shipped q7, a small model, next to its K2.6 and MI480X chips.',
  'Orbis9 Turbo löst den Orbis8 ab; der Nachfolger heißt Ästra2.',
  'Der Über-Chip V5e und das Modell r1 sollen im Herbst kommen.',
];

const code = entryNamed(CUE_CHECKS, 'CODE');
const capitalisedWord = entryNamed(CUE_CHECKS, 'CAPITALISED_WORD');
const passes = passesCues(code);

describe('mayOpenName, the pre-test of free-standing names', () => {
  test.each(CUE_CHECKS.map((c) => [c.name, c] as const))(
    'every %s token passes it, every branch has an example',
    (_name, check) => {
      const tokens = [...fixtureTexts(), ...PHRASES].flatMap(check.textsOf);
      expect(checkEntry(check, tokens)).toEqual({ violations: [], unexercised: [] });
    },
  );

  test('both shapes are held to the same pre-test', () => {
    expect(CUE_CHECKS.map((c) => c.name)).toEqual(['CODE', 'CAPITALISED_WORD']);
    expect(capitalisedWord.cues).toEqual(code.cues);
  });

  test('every branch of CODE opens with a capital, or a lower-case letter and a digit', () => {
    // mayOpenName reads the first two characters: a branch opening otherwise needs a new pre-test
    const inner = /^\^\(\?:(.*)\)\$$/u.exec(code.pattern.source)?.[1] ?? '';
    const branches = inner.split('|');
    expect(branches.length).toBeGreaterThan(1);
    for (const b of branches) expect(b).toMatch(/^(?:\[A-Z\]|\\p\{Lu\}|\[a-z\]\\d)/u);
    expect(capitalisedWord.pattern.source).toMatch(/^\^\\p\{Lu\}/u);
  });

  test('it passes what the shapes need and rules out plain lower-case words', () => {
    for (const t of ['Zentrix', 'ZX400', 'q7', 'Ästra2', 'Über']) expect(passes(t)).toBe(true);
    for (const t of ['model', 'chip', 'q', 'qx7']) expect(passes(t)).toBe(false);
  });
});
