/**
 * mayOpenName in product-names.ts rules a token out of freeStanding before its name shapes are read:
 * that loses no name only if every token of a shape that can head a free-standing name, a product
 * code (CODE) or a capitalised word (CAPITALISED_WORD), passes it. Both shapes, and every branch of
 * CODE, are run over the tokens of the fixture passages and the phrases below.
 */
import { checkCue, fixtureTexts } from './__fixtures__/cue-check.js';
import { CAPITALISED_WORD, CODE, mayOpenName, tokensOf } from './product-names.js';

/** Written for this test: names of every shape, in German and English. */
const PHRASES: readonly string[] = [
  'Zentrix stellt den Beschleuniger ZX400 und das Modell Lumo3.5 vor.',
  'The startup shipped q7, a small model, next to its K2.6 and MI480X chips.',
  'Orbis9 Turbo löst den Orbis8 ab; der Nachfolger heißt Ästra2.',
  'Der Über-Chip V5e und das Modell r1 sollen im Herbst kommen.',
];

const tokens = [...fixtureTexts(), ...PHRASES].flatMap((text) => tokensOf(text).map((t) => t.text));
const passes = (text: string): boolean => mayOpenName({ text, start: 0, end: text.length, join: 'space' });

describe('mayOpenName, the pre-test of free-standing names', () => {
  test.each([
    ['CODE', CODE],
    ['CAPITALISED_WORD', CAPITALISED_WORD],
  ] as const)('every %s token passes it, every branch has an example', (name, shape) => {
    expect(checkCue(name, shape, passes, tokens)).toEqual({ violations: [], unexercised: [] });
  });

  test('every branch of CODE opens with a capital, or a lower-case letter and a digit', () => {
    // mayOpenName reads the first two characters: a branch opening otherwise needs a new pre-test
    const inner = /^\^\(\?:(.*)\)\$$/u.exec(CODE.source)?.[1] ?? '';
    const branches = inner.split('|');
    expect(branches.length).toBeGreaterThan(1);
    for (const b of branches) expect(b).toMatch(/^(?:\[A-Z\]|\\p\{Lu\}|\[a-z\]\\d)/u);
    expect(CAPITALISED_WORD.source).toMatch(/^\^\\p\{Lu\}/u);
  });

  test('it passes what the shapes need and rules out plain lower-case words', () => {
    for (const t of ['Zentrix', 'ZX400', 'q7', 'Ästra2', 'Über']) expect(passes(t)).toBe(true);
    for (const t of ['model', 'chip', 'q', 'qx7']) expect(passes(t)).toBe(false);
  });
});
