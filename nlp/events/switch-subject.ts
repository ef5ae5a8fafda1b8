/**
 * One subject rule for hardware switches, so that two reports of the same switch name the same
 * subject and merge into one event:
 *
 * - the subject is the model whose training or inference moved, when the sentence (or, for a
 *   before/now contrast, one of its two segments) names it: "DeepSeek trainiert R2 inzwischen auf
 *   H20" -> deepseek-r2;
 * - when the sentence names only the company ("DeepSeek has since moved training back to the H20"),
 *   the subject is the company's topic model in this text, if it has one: a model of that company
 *   named at least twice in the text, at least once before this sentence, and named more often than
 *   any other model of the company, or its only model, named once in the sentence right before. An article about R2 reporting that
 *   DeepSeek moved "training" is about R2's training;
 * - otherwise (no topic model, or the sentence speaks of an unnamed or plural model: "its next
 *   model", "seine Modelle") the company.
 */
import type { KbEntry } from '../knowledge-base.js';
import type { Mention } from '../link-entities.js';

/** An unnamed or plural model in the sentence: the switch is not about the text's topic model. */
const OTHER_MODEL =
  /\b(?:next|new|future|upcoming|other|all)\s+(?:\S+\s+)?models?\b|\bmodels\b|\b(?:nächst|neu|künftig|ander|all)\w*\s+(?:\S+\s+)?modell\w*|\bmodelle\w*\b/u;

/** Words of training, serving or chips: a sentence about a model's hardware. */
const HARDWARE_TALK =
  /(?<![\p{L}])(?:train\p{L}*|inferen\p{L}*|chips?|[\p{L}-]*-chips?|gpus?|tpus?|hardware|ascend\p{L}*|prozessor\p{L}*|beschleuniger\p{L}*|accelerators?)(?![\p{L}])/u;

/**
 * The model a company's switch is about when the sentence names only the company, or undefined.
 * `at` is the index of the sentence reporting the switch; `skip` holds ignored sentences (ads);
 * `sentenceBefore` is the text of sentence `at - 1`.
 */
export function topicModelOf(
  org: KbEntry,
  mentions: readonly Mention[],
  at: number,
  lowerSentence: string,
  skip: ReadonlySet<number>,
  sentenceBefore = '',
): KbEntry | undefined {
  if (org.kind !== 'organization' || OTHER_MODEL.test(lowerSentence)) return undefined;
  const counts = new Map<string, { entry: KbEntry; count: number; before: boolean }>();
  for (const m of mentions) {
    if (skip.has(m.sentence) || m.entry.kind !== 'model' || m.entry.developer !== org.id) continue;
    const c = counts.get(m.entry.id) ?? { entry: m.entry, count: 0, before: false };
    c.count += 1;
    if (m.sentence < at) c.before = true;
    counts.set(m.entry.id, c);
  }
  const ranked = [...counts.values()].sort((a, b) => b.count - a.count);
  const best = ranked[0];
  if (best === undefined || !best.before) return undefined;
  // named once: only as the company's one model, in the sentence right before and with its hardware
  // ("Beim Training von R2 auf Ascend-Chips gab es Probleme. Dies zwingt DeepSeek dazu, ..."), not in a
  // plain launch before a company-wide move
  const onlyJustBefore =
    ranked.length === 1 &&
    namedIn(mentions, best.entry, at - 1) &&
    HARDWARE_TALK.test(sentenceBefore.toLowerCase());
  if (best.count < 2 && !onlyJustBefore) return undefined;
  // two models of the company named equally often: the text is not about one of them
  if (ranked[1] !== undefined && ranked[1].count === best.count) return undefined;
  return best.entry;
}

function namedIn(mentions: readonly Mention[], entry: KbEntry, sentence: number): boolean {
  return mentions.some((m) => m.entry.id === entry.id && m.sentence === sentence);
}
