/**
 * sentenceYearOf tests YEAR_DIGITS before YEAR: that loses no year only if every match of YEAR holds
 * the digits. YEAR, and both branches of its year alternation, are run over the sentences of the
 * fixture passages and the phrases below; each match must hold YEAR_DIGITS, and each branch must have
 * an example.
 */
import { checkEntry, cuePattern, entryNamed, fixtureTexts } from '../__fixtures__/cue-check.js';
import { CUE_CHECKS, sentenceYearOf } from './sentence-context.js';

const check = entryNamed(CUE_CHECKS, 'YEAR');

/** Written for this test: years of both decades' branches, and numbers that are no year. */
const PHRASES: readonly string[] = [
  'Die Firma wurde 1987 gegründet und baut seit 1999 eigene Chips.',
  'The lab, founded in 1994, plans a new model for 2026.',
  'Der Cluster hat 2048 GPUs und 2040 Beschäftigte; der Chip kostet 2.045 Euro.',
  'In 2031 the plant will make 2000 units a day.',
  'Die Fabrik soll bis 2045 klimaneutral sein.',
];

const corpus = [...fixtureTexts(), ...PHRASES].flatMap(check.textsOf);

describe('YEAR_DIGITS, the pre-test of YEAR', () => {
  test('every match of YEAR holds the digits, every branch has an example', () => {
    expect(checkEntry(check, corpus)).toEqual({ violations: [], unexercised: [] });
  });

  test('YEAR_DIGITS has no flag that YEAR lacks', () => {
    // a flag only the cue has (say `y`) could make it miss what YEAR finds
    for (const f of cuePattern(check, 0).flags) expect(check.pattern.flags).toContain(f);
  });

  test('the year of a sentence is read as before', () => {
    expect(sentenceYearOf('Die Firma wurde 1987 gegründet und baut seit 1999 eigene Chips.')).toBe(1999);
    expect(sentenceYearOf('Der Cluster hat 2048 GPUs.')).toBeNull();
    expect(sentenceYearOf('Kein Jahr, nur 12 Chips.')).toBeNull();
  });
});

test('every cue check of sentence-context.ts is tested here', () => {
  expect(CUE_CHECKS.map((c) => c.name)).toEqual(['YEAR']);
});
