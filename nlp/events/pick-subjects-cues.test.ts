/**
 * reach in pick-subjects.ts tests `gap.trimEnd().endsWith(',')` before CLAUSE_VERB_AFTER_COMMA: that
 * loses no clause break only if every gap the pattern matches ends in a comma and whitespace. The
 * pattern is run over gaps cut from the lower-cased sentences of the fixture passages and the phrases
 * below, as reach cuts them (from a word's end to a later word's start), and over written gaps; every
 * match must pass the pre-test. The pattern's source must end in `,\s*$`, and every character `\s`
 * matches must be one trimEnd removes.
 */
import { checkEntry, entryNamed, fixtureTexts } from '../__fixtures__/cue-check.js';
import { CUE_CHECKS } from './pick-subjects.js';

const check = entryNamed(CUE_CHECKS, 'CLAUSE_VERB_AFTER_COMMA');
const pattern = check.pattern;

/** Written for this test: sentences with a verb after a comma, in German and English. */
const PHRASES: readonly string[] = [
  'Zentrix brachte zwei neue Modelle auf den Markt, verschob aber den Chip.',
  'Orbis stellte im Frühjahr seinen Beschleuniger vor, kündigte dann einen Nachfolger an.',
  'The startup shipped a small model to its partners,\u00a0delayed the larger one.',
  'Lumo, a model trained for little money, launched in May.',
];

/** Written for this test: gaps as reach sees them, between a mention and a trigger. */
const GAPS: readonly string[] = [
  ' brachte zwei neue modelle auf den markt, ',
  ' shipped a small model to its partners,\t\n',
  ' stellte den chip im herbst vor,\u2003',
  ', a model trained for little money, ',
  ' zeigte den chip ',
];

/** Every slice from the end of a word to the start of one of the next twelve words. */
function gapsOf(text: string): string[] {
  const ends = [...text.matchAll(/(?<=[\p{L}\p{N}])(?![\p{L}\p{N}])/gu)].map((m) => m.index);
  const starts = [...text.matchAll(/(?<=\s)\S/gu)].map((m) => m.index);
  return ends.flatMap((from) =>
    starts
      .filter((to) => to > from)
      .slice(0, 12)
      .map((to) => text.slice(from, to)),
  );
}

const sentences = [...fixtureTexts(), ...PHRASES].flatMap(check.textsOf);
const corpus = [...sentences.flatMap(gapsOf), ...GAPS];

describe('the comma pre-test of CLAUSE_VERB_AFTER_COMMA', () => {
  test('every gap the pattern matches ends in a comma and whitespace', () => {
    expect(checkEntry(check, corpus)).toEqual({ violations: [], unexercised: [] });
  });

  test('the pattern ends in a comma followed by whitespace only', () => {
    expect(pattern.source.endsWith(String.raw`,\s*$`)).toBe(true);
    expect(pattern.flags).not.toMatch(/m/u);
  });

  test('every character \\s matches is one trimEnd removes', () => {
    const space = new RegExp(String.raw`^\s$`, pattern.flags);
    for (let c = 0; c <= 0xffff; c++) {
      const ch = String.fromCharCode(c);
      if (space.test(ch)) expect([c, `a${ch}`.trimEnd()]).toEqual([c, 'a']);
    }
  });

  test('gaps of both kinds', () => {
    expect(pattern.test(' brachte zwei neue modelle auf den markt, ')).toBe(true);
    expect(pattern.test(', a model trained for little money, ')).toBe(false);
    expect(pattern.test(' zeigte den chip ')).toBe(false);
  });
});

test('every cue check of pick-subjects.ts is tested here', () => {
  expect(CUE_CHECKS.map((c) => c.name)).toEqual(['CLAUSE_VERB_AFTER_COMMA']);
});
