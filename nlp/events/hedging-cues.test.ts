/**
 * isHedged tests RUMOUR_STEM before RUMOUR_OVER_CLAUSE, RUMOUR_OPENS and RUMOUR_CLOSES: that loses no
 * rumour only if every match of each holds a stem. Checked twice: on the lower-cased sentences of the fixture
 * passages and the phrases below (every match, and every branch of every alternation, which must also
 * have an example), and on the patterns' source (each alternative has a word list all of whose words
 * hold a stem).
 */
import { checkEntry, entryNamed, fixtureTexts, passesCues } from '../__fixtures__/cue-check.js';
import { CUE_CHECKS } from './hedging.js';

/** Written for this test: every rumour wording of both patterns, in German and English. */
const PHRASES: readonly string[] = [
  'According to rumors, the chip ships in May.',
  'Laut aktuellen Gerüchten erscheint das Modell im Herbst.',
  'Based on leaks, the firm will delay the launch.',
  'Laut einem Leak kommt der Chip später.',
  'According to several leakers, the model is ready.',
  'Laut Leakern verschiebt sich der Start.',
  'According to market speculation, the release slips.',
  'Laut Spekulationen folgt ein Nachfolger.',
  'Nach neuen Gerüchten kommt der Chip im Winter.',
  'Nach ersten Leaks erscheint das Modell bald.',
  'Nach Angaben von Leakern ist der Chip fertig.',
  'Nach wilden Spekulationen startet der Dienst.',
  'Gerüchten zufolge erscheint das Modell im Mai.',
  'Spekulationen zufolge wird der Chip verschoben.',
  'Neuen Leaks zufolge kommt die Vorschau.',
  'Einigen Leakern zufolge ist der Termin gehalten.',
  'Leakers say the model ships soon.',
  'A leaker claims the chip is late.',
  'Leaks suggest a delay.',
  'Rumors indicate a spring launch.',
  'Rumours claim that the model slips.',
  'Gerüchte behaupten, der Chip komme später.',
  'Leaker besagen, das Modell erscheine bald.',
  'Gerüchte deuten auf eine Verschiebung hin.',
  'Whispers from the press suggest that the model is ready.',
  'A whisper in the industry says that the chip ships in June.',
  'Rumors point to the fact that the launch moves.',
  'Speculation claims that the chip is delayed.',
  'Ein Gerücht besagt, dass der Chip später kommt.',
  'Spekulationen deuten darauf, dass der Start sich verschiebt.',
  'Eine Spekulation deutet an, dass der Start sich verschiebt.',
  'Gerüchten zufolge und Gerüchte besagen, dass der Chip kommt.',
  'A leak suggests the model is done.',
  'The leaks indicate a new chip.',
  'A leaked roadmap shows the model in May.',
  'A rumour says that the release is near.',
  'Geleakte Folien zeigen den Chip im Herbst.',
  'Das geleakte Dokument deutet auf einen Start hin.',
  'Die geleakten Benchmarks besagen einen Vorsprung.',
  'Ein geleaktes Bild zeigt das Gerät.',
  'Die Leaks deuten auf einen Termin.',
  'Leaks besagen einen Termin.',
  'The leak claims a date.',
  'One leaker says the chip is ready.',
  'One leaker suggests a later date.',
  'A leaker indicates a spring launch.',
  'Rumors indicate that the chip is late.',
  'The chip ships in May, according to unconfirmed rumours.',
  'The model slips, according to leaks.',
  'The model slips, according to two leakers.',
  'The chip is late, according to market speculation.',
  'Der Chip kommt im Mai, laut Gerüchten aus Asien.',
  'Der Start verschiebt sich, laut Leakern.',
  'Das Modell kommt später, laut neuen Spekulationen.',
  'Der Start verschiebt sich, neuen Gerüchten zufolge.',
  'Der Chip kommt später, Spekulationen zufolge.',
  'Das Modell kommt im Juni, einigen Leakern zufolge.',
  'Das Modell erscheint im Herbst, behaupten Gerüchte.',
  'Der Chip kommt später, so besagen es Spekulationen.',
  'Der Termin steht, munkeln die Leaker.',
  'The model slips to June, industry whispers say.',
  'The launch moves, leakers claim.',
  'The launch moves, early leaks suggest.',
  'The chip is late, rumors have it.',
  'The chip is late, as the leaks say.',
  'Der Chip kommt später, wie Gerüchte behaupten.',
  'Das Modell kommt im Mai, wie Gerüchte besagen.',
  'Whispers say that the model slips.',
  'Ein Gerücht deutet darauf hin, dass der Chip später kommt.',
  'Spekulationen zufolge ist klar, dass der Chip kommt.',
  'Ein Leak besagt einen späteren Termin.',
];

const passages = [...fixtureTexts(), ...PHRASES];
const rumourChecks = [
  entryNamed(CUE_CHECKS, 'RUMOUR_OPENS'),
  entryNamed(CUE_CHECKS, 'RUMOUR_OVER_CLAUSE'),
  entryNamed(CUE_CHECKS, 'RUMOUR_CLOSES'),
];

/** The top-level alternatives of a pattern's source, or of a group's content. */
function alternatives(source: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let from = 0;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') i += 1;
    else if (c === '[') while (i < source.length && source[i] !== ']') i += source[i] === '\\' ? 2 : 1;
    else if (c === '(') depth += 1;
    else if (c === ')') depth -= 1;
    else if (c === '|' && depth === 0) {
      out.push(source.slice(from, i));
      from = i + 1;
    }
  }
  return [...out, source.slice(from)];
}

/** The groups `(?:...)` of an alternative that it must match (not optional, not a lookaround). */
function requiredGroups(alternative: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let start = -1;
  for (let i = 0; i < alternative.length; i++) {
    const c = alternative[i];
    if (c === '\\') i += 1;
    else if (c === '[')
      while (i < alternative.length && alternative[i] !== ']') i += alternative[i] === '\\' ? 2 : 1;
    else if (c === '(') {
      if (depth === 0) start = i;
      depth += 1;
    } else if (c === ')') {
      depth -= 1;
      const optional = /^(?:\?|\*|\{0,)/u.test(alternative.slice(i + 1));
      if (depth === 0 && alternative.startsWith('(?:', start) && !optional)
        out.push(alternative.slice(start + 3, i));
    }
  }
  return out;
}

/** The letters a word of a word list always matches: optional characters and groups, and `\p{L}*`, dropped. */
function requiredLetters(word: string): string | null {
  const kept = word
    .replace(/\(\?:[^()]*\)\?/gu, '')
    .replace(/\\p\{L\}\*|\\w\*/gu, '')
    .replace(/.\?/gu, '');
  return /^[\p{L} ]+$/u.test(kept) ? kept : null;
}

describe('RUMOUR_STEM, the pre-test of the rumour patterns', () => {
  test.each(rumourChecks.map((c) => [c.name, c] as const))(
    'every match of %s holds a stem, every branch has an example',
    (_name, check) => {
      const texts = passages.flatMap(check.textsOf);
      expect(checkEntry(check, texts)).toEqual({ violations: [], unexercised: [] });
    },
  );

  test.each(rumourChecks.map((c) => [c.name, c] as const))(
    'each alternative of %s has a word list whose every word holds a stem',
    (_name, check) => {
      const hasStem = passesCues(check);
      const alts = alternatives(check.pattern.source);
      expect(alts.length).toBeGreaterThan(1);
      for (const alt of alts) {
        const stemmed = requiredGroups(alt).filter((g) =>
          alternatives(g).every((w) => {
            const letters = requiredLetters(w);
            return letters !== null && hasStem(letters);
          }),
        );
        expect([alt, stemmed.length > 0]).toEqual([alt, true]);
      }
    },
  );
});

/** Written for this test: each German modal of MODAL_HEDGE. */
const MODALS: readonly string[] = [
  'Der Chip könnte später kommen.',
  'Die Modelle könnten im Herbst erscheinen.',
  'Der Start dürfte sich verschieben.',
  'Die Chips dürften knapp bleiben.',
];

describe('hasModalCue, the pre-test of MODAL_HEDGE', () => {
  const check = entryNamed(CUE_CHECKS, 'MODAL_HEDGE');
  test('every match of MODAL_HEDGE, and of each of its branches, holds the cue', () => {
    const texts = [...passages, ...MODALS].flatMap(check.textsOf);
    expect(checkEntry(check, texts)).toEqual({ violations: [], unexercised: [] });
  });
});

test('every cue check of hedging.ts is tested here', () => {
  expect(CUE_CHECKS.map((c) => c.name)).toEqual([
    'RUMOUR_OPENS',
    'RUMOUR_OVER_CLAUSE',
    'RUMOUR_CLOSES',
    'MODAL_HEDGE',
  ]);
});
