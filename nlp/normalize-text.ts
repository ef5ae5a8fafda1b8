/**
 * Character-level clean-up shared by every nlp/ stage. Crawled news carries non-breaking hyphens,
 * typographic dashes, soft hyphens, zero-width characters and non-breaking spaces; the matchers
 * downstream should see one hyphen and one space so that "R2‑Modells" and "R2-Modells" behave alike.
 */

const HYPHENS = /[\u2010\u2011\u2012\u2212]/g;
const DASHES = /[\u2013\u2014\u2015]/g;
const SPACES = /[\u00a0\u2000-\u200a\u202f\u205f\u3000]/g;
const INVISIBLE = /[\u00ad\u200b-\u200d\u2060\ufeff]/g;
const QUOTES_SINGLE = /[\u2018\u2019\u201a\u201b\u2032]/g;
/** A ticker glued to the company name and its price move ("NvidiaNVDA-2,1%", "IncAMD+3.4%"). */
const GLUED_TICKER = /(\p{Ll})(\p{Lu}{2,5})(?=[+-]?\d+(?:[.,]\d+)?\s?%)/gu;
const QUOTES_DOUBLE = /[\u201c\u201d\u201e\u201f\u00ab\u00bb\u2033]/g;

/**
 * Returns the text with uniform punctuation: hyphen-like characters and dashes become `-`, odd spaces
 * become ` `, invisible characters disappear, typographic quotes become ASCII quotes, HTML tags
 * become a space and a ticker glued to a name ("NvidiaNVDA-2,1%") is set apart ("Nvidia NVDA-2,1%"). Later stages report offsets into this result, so callers keep the normalised text.
 */
export function normalizeText(text: string): string {
  return text
    .normalize('NFC')
    .replace(/<\/?[a-zA-Z][^<>]{0,200}>/g, ' ')
    .replace(INVISIBLE, '')
    .replace(HYPHENS, '-')
    .replace(DASHES, '-')
    .replace(SPACES, ' ')
    .replace(QUOTES_SINGLE, "'")
    .replace(QUOTES_DOUBLE, '"')
    .replace(/\r\n?/g, '\n')
    .replace(GLUED_TICKER, '$1 $2');
}
