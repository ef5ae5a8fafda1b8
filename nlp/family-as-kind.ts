/**
 * A product family named only as the kind of one of its members, by a numbered generation: "mit Ironwood
 * eine neue Generation von Tensor Processing Units (TPU)", "the seventh-generation TPU", "Als TPU der
 * siebten Generation ist Ironwood ...". The text is about the member; the family is its category there,
 * not an entity the text reports on (the labelling rule: Google's TPUs rented by OpenAI are an entity, the
 * TPU generation that Ironwood belongs to is not). A family named as such ("the Gemini family",
 * "next-generation Ascend chips") is still an entity.
 */
import { FAMILY_IDS } from './kb-index.js';
import type { KnowledgeBase } from './knowledge-base.js';
import type { Mention } from './link-entities.js';

/** Which generation: an ordinal or "new" (not "next-generation", which describes the whole family). */
const ORDINAL = String.raw`(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th)|\d+\.|new|newest|latest|erste|zweite|dritte|vierte|fünfte|sechste|siebte|achte|neunte|zehnte|neue|neueste|jüngste)[nrs]?`;
/** A numbered generation before the family's name: "seventh-generation TPU", "eine neue Generation von TPUs". */
const GENERATION_BEFORE = new RegExp(
  String.raw`(?<![\p{L}])${ORDINAL}[\s-]+generation(?:\s+(?:of|von))?[\s-]+$`,
  'iu',
);
/** ... or after it: "Als TPU der siebten Generation ist Ironwood". */
const GENERATION_AFTER = new RegExp(
  String.raw`^s?\s*(?:\([^()]{1,20}\)\s*)?der\s+${ORDINAL}\s+generation\b`,
  'iu',
);
/** An abbreviation in brackets right after the full name: "Tensor Processing Units (TPU)". */
const BRACKET_OPEN = /^s?\s*\($/u;

function classifies(text: string, m: Mention, previous: Mention | undefined): boolean {
  const before = text.slice(Math.max(0, m.start - 40), m.start);
  if (GENERATION_BEFORE.test(before) || GENERATION_AFTER.test(text.slice(m.end, m.end + 40))) return true;
  return (
    previous !== undefined &&
    BRACKET_OPEN.test(text.slice(previous.end, m.start)) &&
    classifies(text, previous, undefined)
  );
}

/**
 * Ids of the families the text names only as the kind of a member it also names: every mention of the
 * family stands beside a numbered generation, and a member of it is mentioned. `text` is the text
 * the mentions' offsets point into.
 */
export function familiesNamedAsKind(
  text: string,
  mentions: readonly Mention[],
  kb: KnowledgeBase,
): ReadonlySet<string> {
  const families = FAMILY_IDS.of(kb);
  const out = new Set<string>();
  const byFamily = new Map<string, Mention[]>();
  for (const m of mentions) {
    if (!families.has(m.entry.id)) continue;
    const own = byFamily.get(m.entry.id);
    if (own === undefined) byFamily.set(m.entry.id, [m]);
    else own.push(m);
  }
  for (const [id, own] of byFamily) {
    if (!mentions.some((m) => m.entry.family === id)) continue;
    if (own.every((m, i) => classifies(text, m, own[i - 1]))) out.add(id);
  }
  return out;
}
