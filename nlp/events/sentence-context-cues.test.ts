/**
 * sentenceYearOf tests YEAR_DIGITS before YEAR: that loses no year only if every match of YEAR holds
 * the digits. YEAR, and both branches of its year alternation, are run over the sentences of the
 * fixture passages and the phrases below; each match must hold YEAR_DIGITS, and each branch must have
 * an example.
 */
import { checkCue, fixtureTexts } from '../__fixtures__/cue-check.js';
import { splitSentences } from '../sentences.js';
import { sentenceYearOf, YEAR, YEAR_DIGITS } from './sentence-context.js';

/** Written for this test: years of both decades' branches, and numbers that are no year. */
const PHRASES: readonly string[] = [
  'Die Firma wurde 1987 gegründet und baut seit 1999 eigene Chips.',
  'The lab, founded in 1994, plans a new model for 2026.',
  'Der Cluster hat 2048 GPUs und 2040 Beschäftigte; der Chip kostet 2.045 Euro.',
  'In 2031 the plant will make 2000 units a day.',
];

const corpus = [...fixtureTexts(), ...PHRASES].flatMap((text) => splitSentences(text).map((s) => s.text));

describe('YEAR_DIGITS, the pre-test of YEAR', () => {
  test('every match of YEAR holds the digits, every branch has an example', () => {
    const report = checkCue('YEAR', YEAR, (m) => YEAR_DIGITS.test(m), corpus);
    expect(report).toEqual({ violations: [], unexercised: [] });
  });

  test('YEAR_DIGITS has no flag that YEAR lacks', () => {
    // a flag only the cue has (say `y`) could make it miss what YEAR finds
    for (const f of YEAR_DIGITS.flags) expect(YEAR.flags).toContain(f);
  });

  test('the year of a sentence is read as before', () => {
    expect(sentenceYearOf('Die Firma wurde 1987 gegründet und baut seit 1999 eigene Chips.')).toBe(1999);
    expect(sentenceYearOf('Der Cluster hat 2048 GPUs.')).toBeNull();
    expect(sentenceYearOf('Kein Jahr, nur 12 Chips.')).toBeNull();
  });
});
