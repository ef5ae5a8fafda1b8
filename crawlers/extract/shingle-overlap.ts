import { removeInvisible } from '../../nlp/normalize-text.js';

/**
 * Word tokens as Python's Unicode `\w+` finds them (letters, digits, underscore; umlauts included),
 * except that invisible characters (soft hyphens, zero-width spaces) do not split a word: extraction
 * removes them, so a word must count the same with or without them.
 */
export function wordTokens(text: string): string[] {
  return removeInvisible(text).match(/[\p{L}\p{M}\p{N}_]+/gu) ?? [];
}

/** The set of n-token shingles of a text; a text shorter than n tokens is one shingle (or none). */
export function shingles(text: string, size = 4): Set<string> {
  const tokens = wordTokens(text);
  const out = new Set<string>();
  if (tokens.length === 0) return out;
  if (tokens.length < size) {
    out.add(tokens.join(' '));
    return out;
  }
  for (let i = 0; i + size <= tokens.length; i++) out.add(tokens.slice(i, i + size).join(' '));
  return out;
}

export interface Overlap {
  precision: number;
  recall: number;
}

/**
 * Precision and recall of extracted text against the expected text over 4-token shingles: the
 * share of extracted shingles that are expected, and of expected shingles that were extracted.
 * Empty output scores 0/0 against a non-empty expectation (and 1/1 when both are empty), so an
 * extractor cannot look good by giving up.
 */
export function shingleOverlap(extracted: string, expected: string, size = 4): Overlap {
  const got = shingles(extracted, size);
  const want = shingles(expected, size);
  if (got.size === 0 && want.size === 0) return { precision: 1, recall: 1 };
  if (got.size === 0 || want.size === 0) return { precision: 0, recall: 0 };
  let hits = 0;
  for (const s of got) if (want.has(s)) hits++;
  return { precision: hits / got.size, recall: hits / want.size };
}
