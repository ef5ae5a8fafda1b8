/**
 * The next-sentence subject of a delay, plan or cancellation told without a named product: "Apple
 * verzögert mehrere KI-Funktionen. Betroffen ist unter anderem Apple Intelligence." / "Several
 * launches slip to next year. Among them is the Ascend 950." The sentence after names what the
 * event was about, opened by a word of being affected or included.
 */
import type { FoundEvent } from '../types.js';
import type { SubjectFallback } from './build-event.js';
import type { DiscourseState } from './discourse-state.js';
import type { Trigger } from './find-triggers.js';
import type { Sentence } from '../sentences.js';
import type { SentenceContext } from './sentence-context.js';

/** How the next sentence opens when it names the affected product. */
export const AFFECTED_OPENING =
  /^\W{0,2}(?:(?:davon\s+)?betroffen\s+(?:ist|sind|war|waren|seien|sei)|(?:dazu|darunter)\s+(?:gehör|zähl|fall)\w*|darunter\s+(?:ist|sind)|(?:among (?:them|those|the products)|affected)\s+(?:is|are|was|were)|(?:this|that|these|it|they)\s+(?:includes?|included|affects?|affected|covers?|covered)|(?:the (?:move|decision|delay|postponement)|die (?:entscheidung|verschiebung|verzögerung))\s+(?:affects?|affected|covers?|covered|betrifft|betraf)|(?:es|das|dies)\s+(?:betrifft|betraf))\b/u;

/**
 * The sentence after `sc` when a subject may be looked for there: it exists and is read, and the
 * trigger is no definite event noun that refers back (`corefers`).
 */
export function readableNextSentence(sc: SentenceContext, corefers: boolean): Sentence | undefined {
  const next = sc.doc.sentences[sc.index + 1];
  return corefers || next === undefined || sc.doc.skip.has(sc.index + 1) ? undefined : next;
}

/** Confidence lost by a subject taken from the next sentence. */
const NEXT_SENTENCE_PENALTY = 0.15;

/**
 * The first model or chip of the next sentence, in the same paragraph, when that sentence opens by
 * saying what was affected; else undefined. A definite event noun that refers back (`corefers`)
 * never looks ahead.
 */
export function affectedInNextSentence(
  _trigger: Trigger,
  sc: SentenceContext,
  _state: DiscourseState,
  _found: readonly FoundEvent[],
  corefers: boolean,
): SubjectFallback | undefined {
  const next = readableNextSentence(sc, corefers);
  if (next === undefined) return undefined;
  if (!AFFECTED_OPENING.test(next.text.toLowerCase().trimStart())) return undefined;
  const mention = sc.doc
    .mentionsIn(sc.index + 1)
    .find((m) => m.entry.kind === 'model' || m.entry.kind === 'chip');
  return mention === undefined ? undefined : { mention, penalty: NEXT_SENTENCE_PENALTY };
}
