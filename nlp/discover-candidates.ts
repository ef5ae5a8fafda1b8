/**
 * Discovery of unknown model and chip names. A name the knowledge base does not know, standing in a
 * model-like context ("das neue Modell X", "X model", "chip called X") or as a hyphenated variant of a
 * known name ("Qwen3-VL"), becomes a candidate entity with its evidence sentence, so that new
 * releases are surfaced instead of silently dropped. Candidates carry `candidate: true`.
 */
import type { KnowledgeBase } from './knowledge-base.js';
import { mentionsBySentence, type Mention } from './link-entities.js';
import { FAMILY_IDS } from './kb-index.js';
import { candidateId } from './product-names.js';
import type { Sentence } from './sentences.js';
import type { EntityKind, FoundEntity } from './types.js';
import { NOT_A_CODE_NAME } from './lexicon/not-names.js';

/** A product-like name: has a capital and a digit or an inner capital, may contain - and dots. */
const NAME =
  '([A-Z][A-Za-z0-9]*(?:[-.][A-Za-z0-9]+){0,4}(?: (?:[0-9]+(?:\\.[0-9]+)?[A-Za-z]?|Pro|Max|Mini|Turbo|Plus|Ultra|Flash|Lite)(?![A-Za-z0-9]))?)';

/** A context, the kind it gives, and whether its kind word stands right before the name. */
type Context = [RegExp, EntityKind, boolean?];

/** With the kind word right before the name, an all-capitals word is a name too ("model BAGEL"). */
const CONTEXTS: Context[] = [
  [
    new RegExp(
      `\\b(?:Modell|Sprachmodell|KI-Modell|Reasoning-Modell|model|AI model|LLM|chatbot)\\s+(?:namens\\s+|called\\s+|named\\s+|dubbed\\s+)?["']?${NAME}`,
      'gu',
    ),
    'model',
    true,
  ],
  [new RegExp(`\\b${NAME}["']?[- ](?:Modell|model|Sprachmodell|LLM)\\b`, 'gu'), 'model'],
  [
    new RegExp(
      `\\b(?:Chip|Chips|GPU|Beschleuniger|accelerator|processor|Prozessor)\\s+(?:namens\\s+|called\\s+|named\\s+|dubbed\\s+)["']?${NAME}`,
      'gu',
    ),
    'chip',
    true,
  ],
  [new RegExp(`\\b${NAME}[- ](?:Chip|Chips|GPU|GPUs|Beschleuniger|accelerators?)\\b`, 'gu'), 'chip'],
  // "Called HunyuanWorld-Voyager, the system ...": a naming word alone, at a sentence start too
  [
    new RegExp(
      `\\b(?:[Cc]alled|[Nn]amed|[Dd]ubbed|namens|genannt|trägt den Namen|hört auf den Namen|heißt)\\s+["'„“]?${NAME}`,
      'gu',
    ),
    'model',
  ],
];

const STOP = new Set(
  // with the words of NOT_A_CODE_NAME (AI, KI, US, CEO, GPU, API, LLM, articles, ...), tested beside it
  'USA GPUs Open Source Neue Neues New Nvidia Huawei'.split(' '),
);

/** "Der 14A" -> "14A": a capitalised article or opener before a code is not part of its name. */
function withoutOpener(name: string): string {
  const space = name.indexOf(' ');
  return space > 0 && NOT_A_CODE_NAME.test(name.slice(0, space)) ? name.slice(space + 1) : name;
}

function looksLikeProduct(name: string, kindBefore = false): boolean {
  if (name.length < 3 || name.length > 40) return false;
  if (STOP.has(name) || NOT_A_CODE_NAME.test(name) || /^(?:AI|KI)-/u.test(name)) return false;
  if (kindBefore && /^[A-Z]{4,}$/u.test(name)) return true;
  return /\d/.test(name) || /[a-z][A-Z]/.test(name) || /[A-Z]{2,}.*-/.test(name);
}

/** Tier words that name a variant of a model family ("Opus", "Pro", "Deep Think"). */
const TIER =
  '(?:Opus|Sonnet|Haiku|Pro|Flash|Ultra|Nano|Max|Mini|Turbo|Plus|Lite|Deep Think|Thinking|Instruct)';
/** What follows a family name to make a variant: tiers around a version number ("Opus 4.1", "2.5 Deep Think"). */
const VARIANT_AFTER = new RegExp(
  `^[ -]((?:${TIER}[ -])*(\\d+(?:\\.\\d+)*)(?:[ -]${TIER}(?![\\p{L}\\d]))*)(?![\\p{L}\\d.-]|\\.\\d)`,
  'u',
);
/**
 * The full name of an unknown variant when a model family's mention goes on with a version
 * ("Claude" + " Opus 4.1" -> "Claude Opus 4.1"), else null. `families` holds the ids of entries
 * that are the family of other entries. Years ("Gemini 2025") are no versions.
 */
export function variantNameAfter(
  sentence: Sentence,
  m: Mention,
  families: ReadonlySet<string>,
): string | null {
  if (m.entry.kind !== 'model' || !families.has(m.entry.id) || /\d/u.test(m.entry.name)) return null;
  const rest = sentence.text.slice(m.end - sentence.start, m.end - sentence.start + 40);
  const v = VARIANT_AFTER.exec(rest);
  if (v?.[1] === undefined || v[2] === undefined || /^(?:19|20)\d\d$/u.test(v[2])) return null;
  return `${m.entry.name} ${v[1].replace(/-/gu, ' ')}`;
}

/**
 * Ids of knowledge-base entries that are the family of other entries (Claude, Gemini, Llama), computed
 * once per knowledge base: the walk over all entries cost as much as the rest of discovery.
 */
export function familyIds(kb: KnowledgeBase): ReadonlySet<string> {
  return FAMILY_IDS.of(kb);
}

/**
 * Returns candidate entities for product-like names in model or chip contexts that no knowledge-base
 * mention covers. Ids are `candidate-<slug>`; they are stable for the same spelling.
 */
export function discoverCandidates(
  sentences: readonly Sentence[],
  skip: ReadonlySet<number>,
  mentions: readonly Mention[],
  kb?: KnowledgeBase,
): FoundEntity[] {
  const families: ReadonlySet<string> = kb === undefined ? new Set() : familyIds(kb);
  const found = new Map<string, FoundEntity>();
  const bySentence = mentionsBySentence(mentions);
  sentences.forEach((sentence, index) => {
    if (skip.has(index)) return;
    // "Claude Opus 4.1", "Gemini 3": a family name with a version the knowledge base does not know
    for (const x of bySentence.get(index) ?? []) {
      const name = variantNameAfter(sentence, x, families);
      if (name === null) continue;
      const id = candidateId(name);
      const existing = found.get(id);
      if (existing) existing.mentions += 1;
      else {
        const entity: FoundEntity = {
          id,
          kind: 'model',
          name,
          aliases: [name],
          mentions: 1,
          firstSentence: sentence.text,
          candidate: true,
          family: x.entry.id,
        };
        if (x.entry.developer !== undefined) entity.developer = x.entry.developer;
        found.set(id, entity);
      }
    }
    for (const [re, kind, kindBefore] of CONTEXTS) {
      re.lastIndex = 0;
      for (let m = re.exec(sentence.text); m !== null; m = re.exec(sentence.text)) {
        const name = withoutOpener((m[1] ?? '').replace(/[-.]+$/, ''));
        if (!looksLikeProduct(name, kindBefore === true)) continue;
        const start = sentence.start + m.index + m[0].indexOf(name);
        const end = start + name.length;
        if (mentions.some((x) => x.start < end && x.end > start)) continue;
        const id = candidateId(name);
        const existing = found.get(id);
        if (existing) {
          existing.mentions += 1;
          continue;
        }
        found.set(id, {
          id,
          kind,
          name,
          aliases: [name],
          mentions: 1,
          firstSentence: sentence.text,
          candidate: true,
        });
      }
    }
  });
  return [...found.values()];
}
