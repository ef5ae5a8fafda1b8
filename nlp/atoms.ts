/**
 * Atoms are the units the entity matcher compares: tokens split further at letter/digit boundaries,
 * so that "Qwen3", "Qwen 3" and "Qwen-3" all read as [qwen, 3], and "H20-Chips" as [h, 20, chips].
 * Each atom remembers how it is attached to the one before it, which decides whether a multi-word
 * alias may continue across it and whether a match ends cleanly.
 */
import { tokenize } from './tokenize.js';

/** How an atom follows the previous one. */
export type AtomJoin = 'glued' | 'hyphen' | 'space' | 'hard';

export interface Atom {
  text: string;
  lower: string;
  start: number;
  end: number;
  join: AtomJoin;
  isDigit: boolean;
}

const DIGIT_START = /^\p{N}/u;
const HAS_DIGIT = /\p{N}/u;
const SPLIT = /\p{N}+(?:\.\p{N}+)*|[^\p{N}]+/gu;

/** Splits `text` into atoms with offsets (see the module comment). */
export function toAtoms(text: string): Atom[] {
  const atoms: Atom[] = [];
  let prevEnd = -1;
  for (const token of tokenize(text)) {
    let join: AtomJoin;
    if (prevEnd < 0) join = 'hard';
    else if (token.joined) join = 'hyphen';
    else join = /^[ \t]+$/.test(text.slice(prevEnd, token.start)) ? 'space' : 'hard';
    // most tokens have no digit and are one atom
    if (!HAS_DIGIT.test(token.text)) {
      atoms.push({
        text: token.text,
        lower: token.text.toLowerCase(),
        start: token.start,
        end: token.end,
        join,
        isDigit: false,
      });
      prevEnd = token.end;
      continue;
    }
    let first = true;
    SPLIT.lastIndex = 0;
    for (let m = SPLIT.exec(token.text); m !== null; m = SPLIT.exec(token.text)) {
      const part = m[0];
      const start = token.start + m.index;
      atoms.push({
        text: part,
        lower: part.toLowerCase(),
        start,
        end: start + part.length,
        join: first ? join : 'glued',
        isDigit: DIGIT_START.test(part),
      });
      first = false;
    }
    prevEnd = token.end;
  }
  return atoms;
}
