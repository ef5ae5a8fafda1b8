/**
 * Features of an (entity, passage) pair for the learned event scorer: what the sentences that name the
 * entity say, as sparse binary features. Word features are lower-cased words and their five-letter
 * prefixes (a cheap stand-in for a stemmer: "verschoben"/"verschiebt" -> "versc", "released"/"release"
 * -> "relea"), separately for the words right around the mention and the rest of the sentence; plus
 * which rule lexicons fire in those sentences, whether they give a date, and the entity's kind. The
 * entity's own words are left out so the scorer learns wording, not names.
 */
import { mentionsBySentence, type Mention } from '../link-entities.js';
import type { Sentence } from '../sentences.js';
import { findTriggers } from '../events/find-triggers.js';
import { EVENT_TYPES } from '../types.js';

const WORD = /[\p{L}][\p{L}\p{N}'’]*/gu;
const NEAR_WORDS = 6;
const DATE_CUE =
  /\b(20[2-4]\d|januar|jan|februar|feb|märz|mar|april|apr|mai|may|juni|june|juli|july|august|aug|september|sept?|oktober|october|oct|november|nov|dezember|december|dec|quartal|quarter|q[1-4]|herbst|frühjahr|sommer|winter|autumn|fall|spring|summer|jahresende|year-end)\b/u;

interface SentenceWords {
  words: string[];
  /** Offsets of each word in the sentence text. */
  starts: number[];
}

function wordsOf(text: string): SentenceWords {
  const words: string[] = [];
  const starts: number[] = [];
  for (const m of text.toLowerCase().matchAll(WORD)) {
    words.push(m[0]);
    starts.push(m.index);
  }
  return { words, starts };
}

function addWord(out: Set<string>, prefix: string, word: string): void {
  if (word.length < 3) return;
  out.add(`${prefix}${word}`);
  if (word.length > 5) out.add(`${prefix}${word.slice(0, 5)}~`);
}

/**
 * The feature set of one entity in one passage: the union over the sentences (not in `skip`) that
 * mention it. `mentions` are the entity's mentions only. Returns an empty set when no usable sentence
 * names it.
 */
export function pairFeatures(
  sentences: readonly Sentence[],
  mentions: readonly Mention[],
  kind: string,
  skip: ReadonlySet<number>,
): Set<string> {
  const out = new Set<string>();
  const bySentence = mentionsBySentence(mentions.filter((m) => !skip.has(m.sentence)));
  if (bySentence.size === 0) return out;
  out.add(`kind:${kind}`);
  for (const [index, own] of bySentence) {
    const s = sentences[index];
    if (s === undefined) continue;
    sentenceFeatures(s, own, index, out);
  }
  return out;
}

function sentenceFeatures(s: Sentence, own: readonly Mention[], index: number, out: Set<string>): void {
  const { words, starts } = wordsOf(s.text);
  const spans = own.map((m) => [m.start - s.start, m.end - s.start] as const);
  const inside = (at: number): boolean => spans.some(([a, b]) => at >= a && at < b);
  const anchors = words.map((_, i) => i).filter((i) => inside(starts[i] ?? -1));
  words.forEach((w, i) => {
    if (inside(starts[i] ?? -1)) return;
    const near = anchors.some((a) => Math.abs(a - i) <= NEAR_WORDS);
    addWord(out, near ? 'n:' : 'w:', w);
    if (near) addWord(out, 'w:', w);
  });
  const lower = s.text.toLowerCase();
  for (const type of EVENT_TYPES)
    if (findTriggers(type, lower, () => DATE_CUE.test(lower)).length > 0) out.add(`trig:${type}`);
  if (DATE_CUE.test(lower)) out.add('date');
  if (index === 0) out.add('title');
}
