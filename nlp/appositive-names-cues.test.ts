/**
 * appositiveNames tests HAS_KIND_WORD before the apposition patterns, and each pattern's short part
 * (the second element of its APPOSITIONS pair) before the pattern itself: that loses no name only if
 * every match of a pattern holds a kind word and its part. Both patterns, and every branch of every
 * alternation in them, are run over the sentences of the fixture passages and the phrases below (and
 * the phrases whole); each match must hold both pre-tests in its own text, and each branch must have
 * an example.
 */
import { CUE_CHECKS } from './appositive-names.js';
import { checkEntry, cuePattern, fixtureTexts } from './__fixtures__/cue-check.js';
import type { CueCheck } from './cue-check-type.js';
import { KIND_STEM } from './lexicon/kind-words.js';

/**
 * The kind words of KIND_STEM: a lexicon, not alternatives of a shape. HAS_KIND_WORD is KIND_STEM
 * itself (checked below), so each of them holds it by construction.
 */
const KIND_WORDS = [KIND_STEM.slice('(?:'.length, -')'.length), 's|e'];

/** Written for this test: every apposition wording of both orders, in German and English. */
const PHRASES: readonly string[] = [
  // the kind noun, then the name
  'The firm presented its new chip, the Zephyr-2, to investors.',
  'Zentrix stellte zwei Chips vor: Der K40, der für Server gedacht ist, und ein kleinerer.',
  'Sie zeigen ihren neuen Chip, den Q9, erstmals öffentlich.',
  'Neu ist die GPU, die V7; sie kommt im Frühjahr.',
  'Vorgestellt wurde das Sprachmodell, das Lumen3 (eine Beta) heißt.',
  'Der Dienst läuft mit einem Modell, dem Z8.',
  'Der Dienst läuft mit einem Chip, dem Z9. Er ist neu.',
  'The company showed its accelerator, Corvo',
  'Its latest chip: Kite9 which doubles the speed.',
  'The company showed its model: Ortolan that runs offline.',
  'Gezeigt wurde der Chip: K9 der schneller rechnet.',
  'Neu ist die GPU: X5 die doppelt so viel Speicher hat.',
  'Vorgestellt wurde der Chip: Z3 das Herzstück des Servers.',
  'Gezeigt wurde ein Modell: M7 den Entwicklern zufolge schneller.',
  'The chip, Rook-1 – a small design – ships soon.',
  // the name, then an indefinite kind noun phrase
  'The lab launched Pavo, one of a dozen new models this year.',
  'Zentrix zeigt Orbit, eines der ein Dutzend Modelle im Katalog.',
  'Die Firma zeigt Lumo, ein neues Modell für Texte.',
  'Die Firma zeigt Q5, eine GPU für Rechenzentren.',
  'Der Konzern brachte Tarsis, einen Chip für Autos, heraus.',
  'Das Team arbeitet mit Falke, einem Beschleuniger für Server.',
  'Die Rechner laufen auf Kobalt, einer neuen GPU.',
  'Der Nachfolger von Onyx, eines Chips für Rechenzentren, kommt später.',
  'The startup released Nimbus, an open model for code.',
];

// the phrases are read whole as well: a sentence's text ends at its full stop, and a name closed by a
// full stop and a space needs an example too
const passages = [...fixtureTexts(), ...PHRASES];
const textsFor = (check: CueCheck): string[] => [...passages.flatMap(check.textsOf), ...PHRASES];

describe('HAS_KIND_WORD and the short parts, the pre-tests of APPOSITIONS', () => {
  test.each(CUE_CHECKS.map((c) => [c.name, c] as const))(
    'every match of %s holds a kind word and its part, every branch has an example',
    (_name, check) => {
      expect(checkEntry(check, textsFor(check))).toEqual({ violations: [], unexercised: [] });
    },
  );

  test('HAS_KIND_WORD is the kind-word lexicon both patterns read', () => {
    expect(CUE_CHECKS.map((c) => c.name)).toEqual(['APPOSITIONS 0', 'APPOSITIONS 1']);
    for (const check of CUE_CHECKS) {
      const hasKindWord = cuePattern(check, 0);
      expect(hasKindWord.source).toBe(KIND_STEM);
      expect(hasKindWord.flags).toBe('u');
      expect(check.pattern.source).toContain(KIND_STEM);
      expect(check.pattern.flags).toBe('gu');
      expect(cuePattern(check, 1).flags).toBe('u');
      expect(check.lexicons).toEqual(KIND_WORDS);
    }
  });
});
