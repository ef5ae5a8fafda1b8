/**
 * The project's own word tokenizer. natural's tokenizers drop umlauts and ß (see STACK.md), so this
 * one is written against Unicode letter classes: a token is a run of letters and digits, with inner
 * dots kept between digits ("2.5", "V3.1") and inner apostrophes kept between letters ("don't").
 * Hyphens split tokens ("R2-Modells" -> "R2", "Modells") but are remembered in `joined`.
 */

export interface Token {
  /** The token as written. */
  text: string;
  /** Offset of the first character in the input. */
  start: number;
  /** Offset after the last character. */
  end: number;
  /** True when the token follows the previous one across a single hyphen (a compound part). */
  joined: boolean;
}

/** A class of characters: its ASCII members as one bit in a 128-entry table, the others by a Unicode property. */
export interface CharClass {
  readonly ascii: number;
  readonly unicode: RegExp;
}

const DIGIT_BIT = 1;
const LOWER_BIT = 2;
const UPPER_BIT = 4;
/** Per ASCII code, whether it is a digit, a lower-case or a capital letter. */
const ASCII_BITS = Uint8Array.from({ length: 128 }, (_, c) => {
  if (c >= 48 && c <= 57) return DIGIT_BIT;
  if (c >= 97 && c <= 122) return LOWER_BIT;
  return c >= 65 && c <= 90 ? UPPER_BIT : 0;
});

/** Letters and digits of any script (`[\p{L}\p{N}]`). */
export const LETTER_OR_DIGIT: CharClass = {
  ascii: DIGIT_BIT | LOWER_BIT | UPPER_BIT,
  unicode: /[\p{L}\p{N}]/u,
};
/** Letters of any script (`\p{L}`). */
export const LETTER: CharClass = { ascii: LOWER_BIT | UPPER_BIT, unicode: /\p{L}/u };
/** Capital letters of any script (`\p{Lu}`). */
export const CAPITAL: CharClass = { ascii: UPPER_BIT, unicode: /\p{Lu}/u };
/** Digits of any script (`\p{N}`). */
export const DIGIT: CharClass = { ascii: DIGIT_BIT, unicode: /\p{N}/u };

/**
 * Whether code point `cp` (or a single UTF-16 code, which then stands for itself) belongs to `cls`:
 * ASCII by a table, any other by the Unicode property. The scanners of words test every character,
 * and a Unicode class costs a regular expression a table search; most characters are ASCII.
 */
export function isCodePointIn(cp: number, cls: CharClass): boolean {
  return cp < 128 ? ((ASCII_BITS[cp] ?? 0) & cls.ascii) !== 0 : cls.unicode.test(String.fromCodePoint(cp));
}

/** Whether the UTF-16 code at `i` belongs to `cls`; false past either end. */
function isCharAt(text: string, i: number, cls: CharClass): boolean {
  return i >= 0 && i < text.length && isCodePointIn(text.charCodeAt(i), cls);
}

/**
 * Splits text into word tokens with offsets. Punctuation and whitespace are not returned; the
 * `joined` flag tells whether a token was glued to its predecessor by a hyphen, which the entity
 * matcher needs for German compounds ("H20-Chips") and model names ("Qwen2.5-Max").
 */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  const n = text.length;
  let lastEnd = -1;
  while (i < n) {
    if (!isCharAt(text, i, LETTER_OR_DIGIT)) {
      i += 1;
      continue;
    }
    const start = i;
    i += 1;
    while (i < n) {
      if (isCharAt(text, i, LETTER_OR_DIGIT)) {
        i += 1;
        continue;
      }
      const c = text[i];
      if (c === '.' && isCharAt(text, i - 1, DIGIT) && isCharAt(text, i + 1, DIGIT)) {
        i += 1;
        continue;
      }
      if (c === "'" && isCharAt(text, i - 1, LETTER) && isCharAt(text, i + 1, LETTER)) {
        // keep "don't", split the English genitive "DeepSeek's" into "DeepSeek" + "s"
        if (text[i + 1] === 's' && !isCharAt(text, i + 2, LETTER_OR_DIGIT)) break;
        i += 1;
        continue;
      }
      break;
    }
    const joined = lastEnd >= 0 && start - lastEnd === 1 && text[lastEnd] === '-';
    tokens.push({ text: text.slice(start, i), start, end: i, joined });
    lastEnd = i;
  }
  return tokens;
}
