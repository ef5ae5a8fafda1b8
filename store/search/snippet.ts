import { searchTokens } from '../../nlp/search-tokens.js';
import { tokenize, type Token } from '../../nlp/tokenize.js';

/** A piece of a snippet: plain text (never HTML), `match` when it is a word the query found. */
export interface SnippetSegment {
  text: string;
  match: boolean;
}

/** Longest snippet in characters, and how much text before the first match it keeps. */
export const SNIPPET_CHARS = 240;
const LEAD_CHARS = 60;

/** Leading characters compared before a word is stemmed: stemmers change endings only. */
const PREFIX = 3;

function prefixOf(word: string): string {
  return word.toLowerCase().replace(/ß/g, 'ss').slice(0, PREFIX);
}

/** Analyzer tokens of single words, kept across calls: the same words recur in every snippet. */
const wordTokens = new Map<string, string[]>();
const WORD_CACHE_LIMIT = 100_000;

function tokensOfWord(word: string, lang: string): string[] {
  const key = `${lang}\u0000${word}`;
  let tokens = wordTokens.get(key);
  if (tokens === undefined) {
    if (wordTokens.size >= WORD_CACHE_LIMIT) wordTokens.clear();
    tokens = searchTokens(word, lang);
    wordTokens.set(key, tokens);
  }
  return tokens;
}

/** The tokens of `text` whose analysis (in the article's language) is one of the highlighted tokens. */
function matchingTokens(text: string, lang: string, highlight: ReadonlySet<string>): Token[] {
  const prefixes = new Set([...highlight].map(prefixOf));
  const stems = [...highlight].filter((h) => h.endsWith('*')).map((h) => h.slice(0, -1));
  const matches = (token: string) => highlight.has(token) || stems.some((stem) => token.startsWith(stem));
  return tokenize(text).filter((token) => {
    const lower = token.text.toLowerCase();
    return prefixes.has(prefixOf(lower)) && tokensOfWord(lower, lang).some(matches);
  });
}

/** The start of the window of at most SNIPPET_CHARS that holds the most distinct matched words. */
function bestWindowStart(matches: readonly Token[]): number {
  let best = { start: 0, distinct: -1, count: 0 };
  for (let i = 0; i < matches.length; i += 1) {
    const first = matches[i];
    if (!first) continue;
    const words = new Set<string>();
    let count = 0;
    for (let j = i; j < matches.length; j += 1) {
      const m = matches[j];
      if (!m || m.end - first.start > SNIPPET_CHARS - LEAD_CHARS) break;
      words.add(m.text.toLowerCase());
      count += 1;
    }
    if (words.size > best.distinct || (words.size === best.distinct && count > best.count))
      best = { start: first.start, distinct: words.size, count };
  }
  return best.start;
}

/** Moves `at` back to the start of the word it falls in, so a snippet never starts or ends mid-word. */
function wordBoundary(text: string, at: number, forward: boolean): number {
  let i = Math.max(0, Math.min(at, text.length));
  const inWord = (k: number) => /[\p{L}\p{N}]/u.test(text.charAt(k));
  if (forward) while (i < text.length && inWord(i)) i += 1;
  else while (i > 0 && inWord(i - 1)) i -= 1;
  return i;
}

/**
 * Cuts the passage of `text` that best shows why it matched (the most distinct query words within
 * SNIPPET_CHARS) into plain-text segments, the matched words marked. A word matches when the search
 * analyzer turns it, in the article's language, into one of `highlight`'s tokens, so "verzögert"
 * is marked for the query "Verzögerung"; a highlight token ending in '*' marks every word whose token starts
 * with it. Without a match it is the start of the text. Pure; the caller
 * renders segments, so nothing here is ever HTML.
 */
export function buildSnippet(
  text: string,
  language: string | null,
  highlight: ReadonlySet<string>,
): SnippetSegment[] {
  const matches = highlight.size > 0 ? matchingTokens(text, language ?? 'und', highlight) : [];
  const anchor = matches.length > 0 ? Math.max(0, bestWindowStart(matches) - LEAD_CHARS) : 0;
  const start = anchor === 0 ? 0 : wordBoundary(text, anchor, true);
  const end =
    start + SNIPPET_CHARS >= text.length ? text.length : wordBoundary(text, start + SNIPPET_CHARS, false);
  const segments: SnippetSegment[] = [];
  const push = (piece: string, match: boolean) => {
    if (piece === '') return;
    const last = segments[segments.length - 1];
    if (last && last.match === match && !match) last.text += piece;
    else segments.push({ text: piece, match });
  };
  if (start > 0) push('… ', false);
  let at = start;
  for (const m of matches) {
    if (m.start < start || m.end > end) continue;
    push(text.slice(at, m.start), false);
    push(m.text, true);
    at = m.end;
  }
  push(text.slice(at, end), false);
  if (end < text.length) push(' …', false);
  return segments.map((s) => (s.match ? s : { text: s.text.replace(/\s+/g, ' '), match: false }));
}
