/**
 * The one place that knows which odd characters crawled news carries: non-breaking and thin spaces,
 * soft hyphens, zero-width characters, non-breaking hyphens (U+2011), typographic dashes and quotes.
 * Extraction uses the light forms ({@link removeInvisible}, {@link normalizeSpacing}) so article text
 * keeps its typography; analysis uses {@link normalizeText} so its matchers see one hyphen, one space
 * and one kind of quote, and "R2‑Modells" and "R2-Modells" behave alike.
 */

import { holdsBeyondLatin1, oneByteCopy } from './one-byte-strings.js';

/** Characters that take no room on the page: soft hyphen, zero-width space and joiners, word joiner, BOM. */
const INVISIBLE = /[\u00ad\u200b-\u200d\u2060\ufeff]/g;
const HYPHENS = /[\u2010\u2011\u2012\u2212]/g;
const DASHES = /[\u2013\u2014\u2015]/g;
/**
 * An em dash glued between a word and the next word ("Claude 4\u2014Opus 4 and Sonnet 4") is a pause, not
 * part of a name: it becomes a comma, where a hyphen would glue the two into one name. An en dash keeps
 * its range ("10.\u201312. Mai").
 */
const GLUED_EM_DASH = /[\u2014\u2015](?<=[\p{L}\p{N}].)(?=\p{L})/gu;
/** Spaces other than U+0020 that are still one space wide (no-break, en to hair, narrow, ideographic). */
const SPACES = /[\u00a0\u2000-\u200a\u202f\u205f\u3000]/g;
const QUOTES_SINGLE = /[\u2018\u2019\u201a\u201b\u2032]/g;
const QUOTES_DOUBLE = /[\u201c\u201d\u201e\u201f\u00ab\u00bb\u2033]/g;
/** A ticker glued to the company name and its price move ("NvidiaNVDA-2,1%", "IncAMD+3.4%"). */
const GLUED_TICKER = /(\p{Ll})(\p{Lu}{2,5})(?=[+-]?\d+(?:[.,]\d+)?\s?%)/gu;
/** A wire's instrument code glued to the name it follows ("NvidiaNVDA.O", "Foxconn2317.TW", "Samsung005930.KS"). */
const EXCHANGE_SUFFIX = String.raw`\.(?:OQ|O|N|K|KS|KQ|T|TW|SS|SZ|HK|DE|F|PA|L|AS|MI|TO)(?![\p{L}\p{N}])`;
const GLUED_INSTRUMENT_CODE = new RegExp(
  String.raw`(\p{Ll})((?:\p{Lu}{1,5}|\d{4,6})${EXCHANGE_SUFFIX})`,
  'gu',
);
/**
 * What a wire code needs in the text (a glued ticker needs a percent sign): trying either pattern at every
 * lower-case letter of an article cost more than the rest of normalising it, and most articles have neither.
 */
const MAY_HOLD_INSTRUMENT_CODE = new RegExp(EXCHANGE_SUFFIX, 'u');
/** The one character whose lower case is longer than itself ("İ" -> "i̇"); as "I" every matcher's lower-cased offsets stay true. */
const DOTTED_CAPITAL_I = /\u0130/g;

/**
 * Returns the text without invisible characters (soft hyphens, zero-width characters, word joiners,
 * byte-order marks). They only hint at line breaks or joins, and left in they split words for every
 * tokenizer ("Ver\u00adöffentlichung" must read as one word). Nothing else changes.
 */
export function removeInvisible(text: string): string {
  return text.replace(INVISIBLE, '');
}

/**
 * Returns the text as one line: invisible characters removed, every run of white space (line breaks,
 * tabs, no-break and thin spaces) turned into one space, nothing at either end. For text cut from HTML,
 * which should compare and tokenize the same however the page laid it out; punctuation is kept as
 * printed.
 */
export function normalizeSpacing(text: string): string {
  return removeInvisible(text).replace(/\s+/g, ' ').trim();
}

/** A year set in quotes ('will debut in early "2026"'), as some pages quote every figure. */
const QUOTED_YEAR = /"((?:19|20)\d\d)"/gu;
/**
 * A word hyphenated at a line break ("Export-\nkontrollen"), as wire copy and PDFs print it: the two
 * halves are one word again. A conjunction after it keeps the hyphen ("Export-\nund Importkontrollen").
 */
const HYPHENATED_AT_BREAK = /(\p{L})-\n[ \t]*(?!(?:und|oder|bzw|sowie|and|or)(?![\p{L}]))(?=\p{Ll})/gu;
/** A year glued to the next sentence by a lost line break ("am 27. Oktober 2025Es wurde"). */
const GLUED_YEAR = /\b((?:19|20)\d\d)(?=\p{Lu}\p{Ll})/gu;

/**
 * Returns the text with uniform punctuation: hyphen-like characters and dashes become `-`, odd spaces
 * become ` `, invisible characters disappear, typographic quotes become ASCII quotes, HTML tags
 * become a space, an em dash glued between words becomes a comma, a ticker or a wire's instrument code glued to a name ("NvidiaNVDA-2,1%",
 * "NvidiaNVDA.O") is set apart ("Nvidia NVDA-2,1%") and a dotted capital I ("İstanbul") becomes "I", so that lower-casing keeps every offset; a quoted year
 * loses its quotes, a year glued to the next word gets a space and a word hyphenated at a line break is joined.
 * Line breaks stay (they separate sentences and paragraphs). Later stages report offsets into this
 * result, so callers keep the normalised text. The result is stored one byte per character where it
 * can be (one-byte-strings.ts): the lexicons' regular expressions run several times faster on it.
 */
export function normalizeText(text: string): string {
  const mapped = removeInvisible(text.normalize('NFC').replace(/<\/?[a-zA-Z][^<>]{0,200}>/g, ' '))
    .replace(HYPHENS, '-')
    .replace(GLUED_EM_DASH, ',')
    .replace(DASHES, '-')
    .replace(SPACES, ' ')
    .replace(QUOTES_SINGLE, "'")
    .replace(QUOTES_DOUBLE, '"')
    .replace(/\r\n?/g, '\n');
  // the typography is gone, so the text is Latin-1 as a rule: one byte per character from here on makes
  // the passes below, with their letter classes tried at every character, and all later matchers faster
  const beyondLatin1 = holdsBeyondLatin1(mapped);
  const uniform = (beyondLatin1 ? mapped : oneByteCopy(mapped)).replace(HYPHENATED_AT_BREAK, '$1');
  const tickersApart = uniform.includes('%') ? uniform.replace(GLUED_TICKER, '$1 $2') : uniform;
  const codesApart = MAY_HOLD_INSTRUMENT_CODE.test(tickersApart)
    ? tickersApart.replace(GLUED_INSTRUMENT_CODE, '$1 $2')
    : tickersApart;
  const normalized = codesApart
    .replace(DOTTED_CAPITAL_I, 'I')
    .replace(QUOTED_YEAR, '$1')
    .replace(GLUED_YEAR, '$1 ');
  return beyondLatin1 ? oneByteCopy(normalized) : normalized;
}
