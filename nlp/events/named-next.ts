/**
 * The product a sentence announces by description and the next sentence names: "Huawei will start
 * mass-producing its most advanced AI chip next quarter. Samples of the Ascend 910C have gone out ..."
 * / "Meta hat einen neuen KI-Chip vorgestellt. Der MTIA v3 soll ...". The description is a kind noun
 * (chip, model, Sprachmodell) introduced as new or indefinite in a sentence that names no model or
 * chip; the name is the one product of that kind in the next sentence that the company of the first
 * sentence develops, in a sentence that calls it new ("its newest chip") or opens with it as its subject
 * ("Kimi K3 soll ...") and tells of no old product going on ("Der MI300X bleibt im Angebot"), named
 * neither as a yardstick nor as the base of the new one.
 */
import type { FoundEvent } from '../types.js';
import { kindFromWords } from '../lexicon/kind-words.js';
import { readableNextSentence } from './affected-next.js';
import type { EventRule, SubjectFallback } from './build-event.js';
import type { DiscourseState } from './discourse-state.js';
import { findTriggers, type Trigger } from './find-triggers.js';
import { isProductMention } from './pick-subjects.js';
import type { SentenceContext } from './sentence-context.js';

const DETERMINER = String.raw`(?:a|an|its|their|ein|eine|einen|einem|einer|eines|sein|seine|seinen|seinem|seiner|ihr|ihre|ihren|ihrem|ihrer)`;
const NOVELTY = String.raw`(?:new|newest|latest|next|next-generation|upcoming|most advanced|most powerful|flagship|neu\p{L}*|jüngst\p{L}*|nächst\p{L}*|kommend\p{L}*|fortschrittlichst\p{L}*|leistungs(?:stärkst|fähigst)\p{L}*|zweitstärkst\p{L}*|weiter\p{L}*|another)`;
export const KIND_WORD = String.raw`[\p{L}-]*(?:chips?|gpus?|tpus?|npus?|prozessor\p{L}*|processors?|accelerators?|beschleuniger\p{L}*|models?|modell\p{L}*|llms?|chatbots?|architecture|architektur)`;

/** A product described, not named: "its most advanced AI chip", "einen neuen Chatbot", "a new model". */
const DESCRIBED_PRODUCT = new RegExp(
  String.raw`\b(?:${DETERMINER}\s+(?:[^\s.,;:!?]+\s+){0,5}?|${NOVELTY}\s+(?:[^\s.,;:!?]+\s+){0,4}?)(${KIND_WORD})(?![\p{L}])`,
  'u',
);

/** A name compared with, competed against or built upon is not the product described. */
const NOT_THE_NEW_ONE_BEFORE =
  /(?<![\p{L}\p{N}])(?:than|als|wie|like|rival\p{L}*|versus|vs\.?|compared|verglichen|gegenüber|konkurr\p{L}*|competitor\p{L}*|successor (?:to|of)|nachfolger (?:des|von)|basiert auf|basierend auf|based on|built on|builds on|derived from|abgeleitet|version (?:of|des|von)|variant (?:of)|variante (?:des|von)|replac\p{L}*|ersetz\p{L}*|beats?|beating|outperform\p{L}*|schläg\p{L}*|übertr\p{L}*|older|älter\p{L}*)\b[^.;!?]*$/u;

/** The next sentence presents its product as the new one ("its newest chip", "der neue Trainium3"). */
const NEW_WORD = String.raw`(?:new|newest|latest|brand-new|next-gen(?:eration)?|neue[nmrs]?|neueste[nmrs]?|jüngste[nmrs]?)`;
/** The novelty word on the name itself: "der neue Trainium3", "the new KI-Chip Trainium3", "..., its newest chip". */
const NEW_BEFORE_NAME = new RegExp(String.raw`\b${NEW_WORD}\s+(?:${KIND_WORD}\s+)?$`, 'u');
const NEW_AFTER_NAME = new RegExp(
  String.raw`^\s*[,–—-]\s*(?:its|their|the company's|sein\p{L}*|ihr\p{L}*|der|die|das)\s+${NEW_WORD}\b`,
  'u',
);

/** The name is called new where it stands and is neither compared with nor built upon. */
function presentedAsNew(lower: string, start: number, end: number): boolean {
  const before = lower.slice(0, start);
  return (
    !NOT_THE_NEW_ONE_BEFORE.test(before) &&
    (NEW_BEFORE_NAME.test(before.slice(-60)) || NEW_AFTER_NAME.test(lower.slice(end, end + 40)))
  );
}

/** Nothing but an article before the name: it opens the sentence as its subject. */
const OPENING_ARTICLE = /^[\s"'„“]*(?:(?:the|der|die|das)\s+)?$/u;
/** An old product going on beside the new one: "Der MI300X bleibt im Angebot", "remains the best seller". */
const GOES_ON =
  /(?<![\p{L}])(?:bleib\p{L}*|blieb\p{L}*|weiterhin|nach wie vor|noch immer|immer noch|bisher|bislang|remain\p{L}*|still|continu\p{L}*|so far|until now|previously|by contrast|by comparison|dagegen|hingegen|best[- ]?sell\p{L}*)(?![\p{L}])/u;
/** A plain past right after the name tells of what the product was: "The MI300X was its fastest chip". */
const PAST_COPULA_AFTER = /^\s+(?:was|were|war|waren|had been|hatte)(?![\p{L}])/u;

/**
 * The name opens the next sentence as its subject ("Kimi K3 soll ...", "The Ascend 960 will be ..."): the
 * sentence goes on about the product just described, unless it tells of an old one going on or of what it was.
 */
function opensWith(lower: string, start: number, end: number): boolean {
  return (
    OPENING_ARTICLE.test(lower.slice(0, start)) &&
    !GOES_ON.test(lower) &&
    !PAST_COPULA_AFTER.test(lower.slice(end))
  );
}

/** Confidence lost by a subject taken from the next sentence. */
const NEXT_SENTENCE_PENALTY = 0.15;

/**
 * The subject the next sentence names for a product the trigger's sentence only described; undefined
 * when the sentence names a model or chip itself, describes none, names no company, when the next
 * sentence (in the same paragraph, or after a headline) reports an event of the type itself, or has
 * not exactly one product of the described kind by that company.
 */
export function namedInNextSentence(
  trigger: Trigger,
  sc: SentenceContext,
  _state: DiscourseState,
  _found: readonly FoundEvent[],
  corefers: boolean,
): SubjectFallback | undefined {
  const next = readableNextSentence(sc, corefers);
  if (next === undefined || (sc.index > 0 && next.paragraph !== sc.sentence.paragraph)) return undefined;
  if (sc.local.some(isProductMention)) return undefined;
  const described = DESCRIBED_PRODUCT.exec(sc.lower);
  const kind = described?.[1] === undefined ? null : kindFromWords(described[1]);
  if (kind === null || Math.abs((described?.index ?? 0) - trigger.start) > 120) return undefined;
  const lower = next.text.toLowerCase();
  if (findTriggers(trigger.type, lower, () => true).length > 0) return undefined;
  const companies = new Set(
    sc.local.filter((m) => m.mention.entry.kind === 'organization').map((m) => m.mention.entry.id),
  );
  const named = new Map(
    sc.doc
      .mentionsIn(sc.index + 1)
      .filter(
        (m) =>
          m.entry.kind === kind &&
          m.entry.developer !== undefined &&
          companies.has(m.entry.developer) &&
          (presentedAsNew(lower, m.start - next.start, m.end - next.start) ||
            opensWith(lower, m.start - next.start, m.end - next.start)),
      )
      .map((m) => [m.entry.id, m]),
  );
  const only = named.size === 1 ? [...named.values()][0] : undefined;
  return only === undefined ? undefined : { mention: only, penalty: NEXT_SENTENCE_PENALTY };
}

type Fallback = NonNullable<EventRule['fallbackSubject']>;

/** The first of several fallbacks that finds a subject. */
export function firstFallback(...fallbacks: Fallback[]): Fallback {
  return (...args) => {
    for (const f of fallbacks) {
      const found = f(...args);
      if (found !== undefined) return found;
    }
    return undefined;
  };
}
