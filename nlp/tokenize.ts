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

const WORD_CHAR = /[\p{L}\p{N}]/u;
const DIGIT = /\p{N}/u;
const LETTER = /\p{L}/u;

/** ASCII letters and digits by their code, which spares the Unicode class its table search. */
function isWordChar(ch: string | undefined): boolean {
  if (ch === undefined) return false;
  const c = ch.charCodeAt(0);
  if (c < 128) return (c >= 48 && c <= 57) || ((c | 32) >= 97 && (c | 32) <= 122);
  return WORD_CHAR.test(ch);
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
    const ch = text[i];
    if (!isWordChar(ch)) {
      i += 1;
      continue;
    }
    const start = i;
    i += 1;
    while (i < n) {
      const c = text[i];
      if (isWordChar(c)) {
        i += 1;
        continue;
      }
      const prev = text[i - 1] ?? '';
      const next = text[i + 1];
      if (c === '.' && DIGIT.test(prev) && next !== undefined && DIGIT.test(next)) {
        i += 1;
        continue;
      }
      if (c === "'" && LETTER.test(prev) && next !== undefined && LETTER.test(next)) {
        // keep "don't", split the English genitive "DeepSeek's" into "DeepSeek" + "s"
        if (next === 's' && !isWordChar(text[i + 2])) break;
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
