import { CAPITAL, DIGIT, isCodePointIn, LETTER, LETTER_OR_DIGIT, tokenize } from './tokenize.js';

const UNICODE: [typeof LETTER, RegExp][] = [
  [LETTER_OR_DIGIT, /[\p{L}\p{N}]/u],
  [LETTER, /\p{L}/u],
  [CAPITAL, /\p{Lu}/u],
  [DIGIT, /\p{N}/u],
];

describe('isCodePointIn: the Unicode classes, ASCII by a table', () => {
  it('agrees with the Unicode property for every ASCII and Latin-1 code and a few others', () => {
    const codes = [
      ...Array.from({ length: 0x250 }, (_, c) => c),
      0x3b1,
      0x416,
      0x4e2d,
      0x2160,
      0xd835,
      0x1d400,
    ];
    for (const [cls, re] of UNICODE)
      for (const cp of codes)
        expect([cp, isCodePointIn(cp, cls)]).toEqual([cp, re.test(String.fromCodePoint(cp))]);
  });
});

describe('tokenize', () => {
  it('keeps inner dots between digits and apostrophes between letters, and splits the genitive', () => {
    expect(tokenize("Qwen2.5-Max don't DeepSeek's ä.1").map((t) => [t.text, t.joined])).toEqual([
      ['Qwen2.5', false],
      ['Max', true],
      ["don't", false],
      ['DeepSeek', false],
      ['s', false],
      ['ä', false],
      ['1', false],
    ]);
  });
});
