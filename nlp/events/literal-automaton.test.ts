import fc from 'fast-check';
import { LiteralAutomaton, nodeTable } from './literal-automaton.js';

/** The ids `mark` sets for `text`, ascending. */
function marked(automaton: LiteralAutomaton, text: string, ids: number): number[] {
  const marks = new Uint8Array(ids);
  automaton.mark(text, marks);
  return [...marks.keys()].filter((id) => marks[id] === 1);
}

describe('the literal automaton', () => {
  it('finds strings that overlap or end inside others (through its failure links)', () => {
    const automaton = new LiteralAutomaton([
      ['verschob', 0],
      ['schob', 1],
      ['ob', 2],
      ['hugging face', 3],
      ['nicht', 4],
    ]);
    expect(marked(automaton, 'man verschob es', 5)).toEqual([0, 1, 2]);
    expect(marked(automaton, 'er schob nicht', 5)).toEqual([1, 2, 4]);
    expect(marked(automaton, 'on hugging fac', 5)).toEqual([]);
  });

  it('reports every id a string was given, and leaves the others unmarked', () => {
    const automaton = new LiteralAutomaton([
      ['stieg', 7],
      ['stieg', 2],
      ['prozent', 2],
    ]);
    expect(marked(automaton, 'die aktie stieg um 3 %', 8)).toEqual([2, 7]);
    expect(marked(automaton, 'die aktie fiel', 8)).toEqual([]);
  });

  it('refuses the empty string, which every text holds', () => {
    expect(
      () =>
        new LiteralAutomaton([
          ['ab', 0],
          ['', 1],
        ]),
    ).toThrow(/empty string/u);
  });

  it('keeps state numbers in two bytes while they fit, in four beyond', () => {
    expect(nodeTable(0x10000, 3)).toBeInstanceOf(Uint16Array);
    expect(nodeTable(0x10001, 3)).toBeInstanceOf(Int32Array);
    expect(nodeTable(5, 3)).toHaveLength(15);
  });

  it('marks exactly the strings a text holds, for generated strings and texts', () => {
    const chars = fc.constantFrom('a', 'b', 'ä', ' ', '𝐀', '\ud835', '“');
    const word = fc.array(chars, { minLength: 1, maxLength: 4 }).map((cs) => cs.join(''));
    fc.assert(
      fc.property(
        fc.array(word, { minLength: 1, maxLength: 6 }),
        fc.array(chars, { maxLength: 30 }),
        (words, cs) => {
          const text = cs.join('');
          const automaton = new LiteralAutomaton(words.map((w, i) => [w, i] as const));
          const expected = words.flatMap((w, i) => (text.includes(w) ? [i] : []));
          expect(marked(automaton, text, words.length)).toEqual(expected);
        },
      ),
      { numRuns: 500 },
    );
  });
});
