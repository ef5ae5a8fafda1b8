/**
 * Topic chains: a sentence that names no model or chip but opens with a reference to one ("Das
 * Modell soll ...", "It runs on ...") keeps the previous sentence's single product as its topic, so a
 * third sentence ("Nun wurde der Start verschoben") can still reach it.
 */
import { ANAPHOR } from '../event-cues.js';
import type { Mention } from '../link-entities.js';
import type { EntityKind } from '../types.js';
import type { RecentMention } from './discourse-state.js';

/** The entity kind an anaphor's noun names ("das Modell" a model, "the chip" a chip), if any. */
export function kindNamedBy(anaphor: string): EntityKind | undefined {
  if (/modell|model|software/u.test(anaphor)) return 'model';
  if (/chip|prozessor|processor|beschleuniger|accelerator|gpu|system/u.test(anaphor)) return 'chip';
  return undefined;
}

/**
 * A personal pronoun that opens a sentence and may stand for a product; not an expletive ("Es gibt
 * aber Konkurrenz", "It is unclear whether ...", "Es heißt ...").
 */
const PRONOUN_OPENING =
  /^(?:it|er|es)\b(?!\s+(?:gibt|gab|geht|ging|heißt|hieß|ist\s+(?:\S+\s+)?(?:klar|unklar|möglich|fraglich|offen|wahrscheinlich)|is\s+(?:\S+\s+)?(?:unclear|likely|possible|expected|said|reported|not clear|worth|time)|was\s+(?:\S+\s+)?(?:unclear|reported|said)|seems|appears))/u;

/**
 * The product a sentence continues without naming it: when `lower` (the sentence, lower-cased) opens
 * with a pronoun or an anaphor and `previous` (the models and chips of sentence `index - 1`) holds
 * exactly one product of the anaphor's kind that is no comparison baseline. A pronoun passes over a chip
 * named as the means of a model ("DeepSeek trained R2 on Ascend chips. It is ..." continues R2); "the
 * chip" does not. Undefined otherwise.
 */
export function continuedTopic(lower: string, previous: readonly RecentMention[]): Mention | undefined {
  const opening = lower.replace(/^[\s"'„“‚‘»«(–—-]+/u, '');
  const anaphor = ANAPHOR.exec(opening);
  const byAnaphor = anaphor !== null && anaphor.index === 0;
  if (!byAnaphor && !PRONOUN_OPENING.test(opening)) return undefined;
  const kind = byAnaphor ? kindNamedBy(anaphor[0]) : undefined;
  const candidates = previous.filter(
    (r) =>
      !r.baseline &&
      r.mention.entry.kind !== 'organization' &&
      (kind === undefined || r.mention.entry.kind === kind),
  );
  const chosen = kind === undefined ? withoutInstruments(candidates) : candidates;
  const unique = new Set(chosen.map((r) => r.mention.entry.id));
  return unique.size === 1 ? chosen[0]?.mention : undefined;
}

/**
 * The recent mentions without the chips named as a model's means, unless nothing else is left: "DeepSeek
 * trained R2 on Ascend chips. Problems delayed the launch" delays R2.
 */
export function withoutInstruments<T extends { instrument: boolean }>(recent: readonly T[]): readonly T[] {
  const topical = recent.filter((r) => !r.instrument);
  return topical.length > 0 ? topical : recent;
}
