/**
 * Sentence splitter for German and English news. natural's SentenceTokenizer cuts "Am 20. Jan. 2025"
 * apart, so this one knows abbreviations, German ordinals ("7. August"), decimals and versions
 * ("V3.1", "Qwen2.5-Max"). Line breaks always end a sentence: crawled text puts headlines, bullets and
 * ad markers on their own lines.
 */
import { MONTH_ABBREVIATIONS, monthNumber } from './lexicon/months.js';
import { CAPITAL, isCodePointIn, LETTER } from './tokenize.js';
import { holdsBeyondLatin1, oneByteCopy } from './one-byte-strings.js';

export interface Sentence {
  text: string;
  start: number;
  end: number;
  /** Index of the paragraph (block separated by a blank line) the sentence belongs to. */
  paragraph: number;
  /** Index of the line the sentence belongs to. */
  line: number;
}

const ABBREVIATIONS = new Set([
  // German
  'abs',
  'bzw',
  'ca',
  'chr',
  'd',
  'dr',
  'evtl',
  'ggf',
  'inkl',
  'incl',
  'jh',
  'mio',
  'mrd',
  'nr',
  'prof',
  'rd',
  's',
  'sog',
  'str',
  'tsd',
  'u',
  'usw',
  'v',
  'vgl',
  'z',
  'zb',
  'zz',
  'zzt',
  'bspw',
  'ggü',
  'hr',
  'fr',
  // English
  'mr',
  'mrs',
  'ms',
  'inc',
  'corp',
  'co',
  'ltd',
  'jr',
  'sr',
  'st',
  'vs',
  'etc',
  'e',
  'i',
  'g',
  'al',
  'approx',
  'est',
  'no',
  'fig',
  'dept',
  'gov',
  'u.s',
  'a.m',
  'p.m',
  // German and English ("Jan.", "Sept.")
  ...MONTH_ABBREVIATIONS,
]);

function wordBefore(text: string, dot: number): string {
  let i = dot - 1;
  while (i >= 0 && /[\p{L}\p{N}.]/u.test(text[i] ?? '')) i -= 1;
  return text.slice(i + 1, dot);
}

function wordAfter(text: string, from: number): string {
  let i = from;
  while (i < text.length && /[\s"'(]/.test(text[i] ?? '')) i += 1;
  const start = i;
  while (i < text.length && /[\p{L}\p{N}.]/u.test(text[i] ?? '')) i += 1;
  return text.slice(start, i);
}

/** A word that opens in lower case and has a capital later: a brand ("xAI", "iPhone"), not a plain word. */
const CAMEL_CASE = /^\p{Ll}[\p{L}\p{N}]*\p{Lu}/u;

/** Decides whether the period at `dot` ends a sentence, given the text after it. */
function periodEndsSentence(text: string, dot: number): boolean {
  const before = wordBefore(text, dot);
  const after = wordAfter(text, dot + 1);
  if (after === '') return true;
  const first = after[0] ?? '';
  const lower = before.toLowerCase();
  if (ABBREVIATIONS.has(lower) || ABBREVIATIONS.has(lower.replace(/\./g, ''))) return false;
  // initials and dotted abbreviations: "U.S.", "z.B.", "J. R. R."
  if (/^(\p{L}\.)+\p{L}?$/u.test(before) || /^\p{Lu}$/u.test(before)) return false;
  // German ordinals and dates: "am 7. August", "20. Jan. 2025", "3. Quartal"
  if (/^\d{1,2}$/.test(before)) {
    if (monthNumber(after) !== undefined || /^\d/.test(after)) return false;
    if (/^\p{Ll}/u.test(first)) return false;
    if (/^(quartal|platz|mal|jahrhundert|stelle|runde|generation)/i.test(after)) return false;
  }
  // a lower-case continuation is not a new sentence ("ca. drei", "Nr. eins"); a brand in camel case
  // ("xAI", "iFlytek", "eBay") can open one
  if (/^\p{Ll}/u.test(first) && !CAMEL_CASE.test(after)) return false;
  return true;
}

/**
 * Crawled text glues sentences: "as well.While", "0.5%.The", a footnote mark "chips.3 The". Where the
 * period at `dot` ends a sentence although no space follows, returns where the next one starts (after
 * the footnote digits); otherwise undefined. A lower-case letter, "%" or ")" must stand before the
 * period and a capitalised word after it, which keeps versions ("V3.1"), initials ("z.B.") and
 * domains ("amazon.com") whole.
 */
function gluedSentenceEnd(text: string, dot: number): number | undefined {
  if (!/[\p{Ll}%)]/u.test(text[dot - 1] ?? '')) return undefined;
  const before = wordBefore(text, dot).toLowerCase();
  // a month ("seit Jan.Der Konzern") ends the sentence here; other abbreviations ("ca.Mittags") do not
  const abbreviation = ABBREVIATIONS.has(before) || ABBREVIATIONS.has(before.replace(/\./gu, ''));
  if (abbreviation && monthNumber(before) === undefined) return undefined;
  const after = text.slice(dot + 1, dot + 12);
  if (/^\p{Lu}\p{Ll}{2,}/u.test(after)) return dot + 1;
  const footnote = /^(\d{1,2})\s+\p{Lu}/u.exec(after);
  return footnote !== null && /\p{Ll}/u.test(text[dot - 1] ?? '')
    ? dot + 1 + (footnote[1] ?? '').length
    : undefined;
}

/** Words that cannot end a sentence or a headline: a line that ends with one goes on in the next. */
const OPEN_ENDING =
  /(?:^|[\s,])(?:and|or|of|to|the|a|an|with|for|by|in|on|at|from|as|than|that|which|its|their|und|oder|der|die|das|den|dem|des|von|vom|mit|für|zu|zum|zur|im|am|auf|bei|als|wie|ein|eine|einen|einem|einer|sowie|dass|sein|seine|ihre)$|,$/u;
/** A line of running prose this long that ends in a lower-case word was wrapped, not ended. */
const WRAPPED_LINE_WORDS = 10;

/**
 * True when the line break at `at` wraps a sentence instead of ending it: the text before it ends
 * with a comma or a function word, the next line starts in lower case, or a long stretch of prose
 * ends in a lower-case word. A blank line, a list marker or closing punctuation always ends it.
 */
function continuesLine(text: string, sentStart: number, lineStart: number, at: number): boolean {
  // the last 200 characters say how the line ends; a long wrapped run is not rescanned at every break
  const before = text.slice(Math.max(sentStart, at - 200), at).trimEnd();
  const next = /^[ \t]*(\S+)/u.exec(text.slice(at + 1, at + 60))?.[1] ?? '';
  if (before === '' || next === '' || /[.!?:;)\]]["'”“]?$/u.test(before) || /[-•*–—▪·❶-❿\d]/u.test(next))
    return false;
  // a lower-case start continues; a brand in camel case ("xAI", "iPhone") can open a sentence
  if (OPEN_ENDING.test(before) || (/^\p{Ll}/u.test(next) && !CAMEL_CASE.test(next))) return true;
  // a long line ending in a lower-case word was wrapped, unless it opens the text or a paragraph
  // (a headline): the line before it must hold text
  const opensParagraph =
    text.slice(Math.max(0, lineStart - 200), lineStart).trim() === '' ||
    /\n\s*\n\s*$/u.test(text.slice(Math.max(0, lineStart - 200), lineStart));
  return (
    !opensParagraph &&
    /(?:^|\s)\p{Ll}[\p{L}\p{N}-]*$/u.test(before) &&
    before.split(/\s+/u).length >= WRAPPED_LINE_WORDS
  );
}

/**
 * Splits text into sentences with offsets. Returns trimmed sentences; empty lines are skipped.
 * A sentence ends at a line break that does not wrap it (see continuesLine), or at `.`, `!`, `?`
 * (optionally followed by quotes or brackets) followed by whitespace, unless the period belongs to an abbreviation, an initial, a German
 * ordinal or date, or is followed by a lower-case word. Sentences are slices of `text` and share its
 * storage; pass normalizeText's result, which is one byte per character where it can be, or the
 * lexicons run several times slower on them (one-byte-strings.ts). Only a text that keeps a character
 * beyond Latin-1 has its other sentences copied to one byte per character here.
 */
export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  const beyondLatin1 = holdsBeyondLatin1(text);
  let paragraph = 0;
  let line = 0;
  let lineStart = 0;
  const push = (start: number, end: number): void => {
    let s = start;
    let e = end;
    while (s < e && /\s/.test(text[s] ?? '')) s += 1;
    while (e > s && /\s/.test(text[e - 1] ?? '')) e -= 1;
    if (e > s) {
      const sentence = text.slice(s, e);
      // a sentence of a text with a character beyond Latin-1 elsewhere need not be two-byte itself
      out.push({
        text: beyondLatin1 ? oneByteCopy(sentence) : sentence,
        start: s,
        end: e,
        paragraph,
        line: sentLine,
      });
    }
  };
  const n = text.length;
  let sentStart = 0;
  let sentLine = 0; // the line a sentence starts on, also when it wraps onto later lines
  for (let i = 0; i <= n; i += 1) {
    const ch = text[i];
    if (i < n && ch === '\n' && continuesLine(text, sentStart, lineStart, i)) {
      line += 1;
      lineStart = i + 1;
      continue;
    }
    if (i === n || ch === '\n') {
      push(sentStart, i);
      sentStart = i + 1;
      if (i < n) {
        const blank = text.slice(lineStart, i).trim() === '';
        if (blank) paragraph += 1;
        line += 1;
        lineStart = i + 1;
      }
      sentLine = line;
      continue;
    }
    if (ch !== '.' && ch !== '!' && ch !== '?') continue;
    let j = i + 1;
    while (j < n && /[.!?"')\]]/.test(text[j] ?? '')) j += 1;
    const nextCh = text[j];
    if (j < n && nextCh !== ' ' && nextCh !== '\t' && nextCh !== '\n') {
      const glued = ch === '.' && j === i + 1 ? gluedSentenceEnd(text, i) : undefined;
      if (glued === undefined) continue;
      j = glued;
    } else if (ch === '.' && !periodEndsSentence(text, i)) continue;
    push(sentStart, j);
    sentStart = j;
    sentLine = line;
    i = j - 1;
  }
  return renumberParagraphs(out);
}

function renumberParagraphs(sentences: Sentence[]): Sentence[] {
  const map = new Map<number, number>();
  for (const s of sentences) {
    if (!map.has(s.paragraph)) map.set(s.paragraph, map.size);
    s.paragraph = map.get(s.paragraph) ?? 0;
  }
  return sentences;
}

let lastTitleText = '';
let lastTitleCase = false;

/**
 * A headline in title case ("Intel Cancels Large GPU Plans"): capitals there say nothing about names.
 * Counts the runs of four or more letters and those that open with a capital. A scan by code point
 * takes 0.8 instead of 2.2 µs a sentence (a Unicode letter class costs a regular expression a table
 * search per character), and the name shapes ask about one sentence up to three times in a row.
 */
export function isTitleCase(text: string): boolean {
  if (text === lastTitleText) return lastTitleCase;
  let words = 0;
  let capitals = 0;
  let run = 0;
  let capital = false;
  for (let i = 0; i <= text.length;) {
    const cp = i < text.length ? (text.codePointAt(i) ?? 0) : 0;
    if (i < text.length && isCodePointIn(cp, LETTER)) {
      if (run === 0) capital = isCodePointIn(cp, CAPITAL);
      run += 1;
    } else {
      if (run >= 4) {
        words += 1;
        if (capital) capitals += 1;
      }
      run = 0;
    }
    i += cp > 0xffff ? 2 : 1;
  }
  lastTitleText = text;
  lastTitleCase = words >= 3 && capitals / words > 0.6;
  return lastTitleCase;
}
