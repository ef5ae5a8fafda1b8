/**
 * The product a sentence only describes and a sentence after it identifies by name: "The White House will
 * not permit Nvidia to sell its latest scaled-down AI chips to China. ... The chip at the center of the
 * latest restriction, known as the B30A, ..." / "... Käufe bestimmter Chips ... zu unterlassen. ...
 * Konkret geht es um Chips mit dem Modellnamen RTX Pro 6000D". The name must follow a phrase that
 * identifies ("known as", "namens", "es handelt sich um") and be the only model or chip of the described
 * kind named so within {@link LOOK_AHEAD} sentences (two identified there leave it open), in a sentence that
 * does not call it spared ("is not affected").
 */
import type { Mention } from '../link-entities.js';
import { kindFromWords } from '../lexicon/kind-words.js';
import { NAMING_CUE_WORDS } from '../lexicon/naming-cues.js';
import { readableNextSentence } from './affected-next.js';
import type { EventRule } from './build-event.js';
import type { Trigger } from './find-triggers.js';
import { KIND_WORD } from './named-next.js';
import { isProductMention } from './pick-subjects.js';
import type { SentenceContext } from './sentence-context.js';

/** A kind noun of a product the sentence does not name ("bestimmter Chips", "its latest AI chips"). */
const KIND_NOUN = new RegExp(String.raw`(?<![\p{L}])(${KIND_WORD})(?![\p{L}])`, 'gu');

/** What stands right before a name that identifies a product described before. */
const IDENTIFIED_BEFORE = new RegExp(
  String.raw`(?<![\p{L}])(?:${NAMING_CUE_WORDS}|namely|designated|in question (?:is|are)|mit (?:dem|der) \p{L}*(?:namen|bezeichnung)|handelt es sich um|es handelt sich um|geht es um|gemeint (?:ist|sind))\s+(?:(?:the|a|an|den|die|das|dem|der|ein|eine|einen)\s+)?(?:(?!(?:to|of|for|with|than|like|by|from|in|on|at|zu|von|für|mit|als|wie|bei|aus)\s)[^\s.;:!?]+\s+){0,3}?$`,
  'u',
);

/** An identifying sentence that says the named product is spared: "is not affected", "ist nicht betroffen". */
const SPARED =
  /(?<![\p{L}])(?:not affected|unaffected|exempt|nicht betroffen|ausgenommen|nicht davon betroffen)(?![\p{L}])/u;

/** How many sentences after the trigger's an identification is looked for. */
const LOOK_AHEAD = 3;
/** Confidence lost by a subject taken from a later sentence. */
const LATER_SENTENCE_PENALTY = 0.2;

/** The kind of the first kind noun within 120 characters of the trigger ("chips" -> chip); null when none. */
function describedKind(sc: SentenceContext, trigger: Trigger): ReturnType<typeof kindFromWords> {
  for (const m of sc.lower.matchAll(KIND_NOUN)) {
    const at = m.index;
    if (Math.abs(at - trigger.start) <= 120 && m[1] !== undefined) {
      const kind = kindFromWords(m[1]);
      if (kind !== null) return kind;
    }
  }
  return null;
}

/**
 * The subject a later sentence identifies for a product the trigger's sentence only described;
 * undefined when the trigger's sentence names a model or chip itself or describes none, or when no
 * single product of the described kind follows an identifying phrase within {@link LOOK_AHEAD} sentences.
 */
export const identifiedLater: NonNullable<EventRule['fallbackSubject']> = (
  trigger,
  sc,
  _state,
  _found,
  corefers,
) => {
  if (readableNextSentence(sc, corefers) === undefined || sc.local.some(isProductMention)) return undefined;
  const kind = describedKind(sc, trigger);
  if (kind === null) return undefined;
  const named = new Map<string, Mention>();
  for (let i = sc.index + 1; i <= sc.index + LOOK_AHEAD; i += 1) {
    const sentence = sc.doc.sentences[i];
    if (sentence === undefined || sc.doc.skip.has(i)) break;
    const lower = sentence.text.toLowerCase();
    for (const m of sc.doc.mentionsIn(i)) {
      const before = lower.slice(Math.max(0, m.start - sentence.start - 80), m.start - sentence.start);
      if (m.entry.kind !== kind || !IDENTIFIED_BEFORE.test(before)) continue;
      if (SPARED.test(lower)) return undefined;
      named.set(m.entry.id, m);
    }
  }
  const only = named.size === 1 ? [...named.values()][0] : undefined;
  return only === undefined ? undefined : { mention: only, penalty: LATER_SENTENCE_PENALTY };
};
