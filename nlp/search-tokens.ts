/**
 * The one analyzer for search: the same function normalises article text for the index (SQLite FTS5
 * or PostgreSQL) and the analyst's query, so "R2 Verzögerung" finds "R2-Modells ... verzögert".
 * Umlaut- and ß-safe tokenizing, lower-casing, then natural's Snowball-style stemmer per language
 * with umlauts preserved (the stemmer writes ß as ss, the same way for index and query).
 */
import { PorterStemmer, PorterStemmerDe } from 'natural/lib/natural/stemmers/index.js';
import { normalizeText } from './normalize-text.js';
import { tokenize } from './tokenize.js';

const GERMAN_STOP = new Set(
  'der die das den dem des ein eine einen einem einer und oder zu im in am an auf für mit von vom zum zur ist sind war wurde wird werden hat haben sich nicht auch als bei nach aus'.split(
    ' ',
  ),
);
const ENGLISH_STOP = new Set(
  'the a an and or to in on at for with of from is are was were be been has have had it its this that by as'.split(
    ' ',
  ),
);

function stem(word: string, lang: string): string {
  // product names and versions ("r2", "h20", "3.1", "qwen3") are kept as written
  if (/\d/.test(word)) return word;
  if (lang === 'de') {
    const stemmed = PorterStemmerDe.stem(word, { preserveUmlauts: true });
    // Snowball keeps the -t of "verzögert"/"verdoppelt"; drop it so they meet "Verzögerung" (verzöger)
    return stemmed.length > 5 && /[^aeiouäöü](?:er|el)t$/u.test(stemmed) ? stemmed.slice(0, -1) : stemmed;
  }
  if (lang === 'en') return PorterStemmer.stem(word);
  return word;
}

/**
 * Returns the normalised search tokens of `text` for language `lang` ('de', 'en'; other languages
 * are lower-cased but not stemmed). Stop words are dropped; tokens keep umlauts and ß. Call it with
 * the article's language when indexing and with the query's language (or 'und') when searching.
 */
export function searchTokens(text: string, lang: string): string[] {
  const stop = lang === 'de' ? GERMAN_STOP : lang === 'en' ? ENGLISH_STOP : null;
  const out: string[] = [];
  for (const token of tokenize(normalizeText(text))) {
    const lower = token.text.toLowerCase().replace(/'/g, '');
    if (lower === '' || stop?.has(lower) === true) continue;
    out.push(stem(lower, lang));
  }
  return out;
}
