/**
 * Discovery of unknown model and chip names. A name the knowledge base does not know, standing in a
 * model-like context ("das neue Modell X", "X model", "chip called X") or as a hyphenated variant of a
 * known name ("Qwen3-VL"), becomes a candidate entity with its evidence sentence, so that new
 * releases are surfaced instead of silently dropped. Candidates carry `candidate: true`.
 */
import type { Mention } from './link-entities.js';
import type { Sentence } from './sentences.js';
import type { EntityKind, FoundEntity } from './types.js';

/** A product-like name: has a capital and a digit or an inner capital, may contain - and dots. */
const NAME =
  '([A-Z][A-Za-z0-9]*(?:[-.][A-Za-z0-9]+){0,4}(?: (?:[0-9]+(?:\\.[0-9]+)?[A-Za-z]?|Pro|Max|Mini|Turbo|Plus|Ultra|Flash|Lite)(?![A-Za-z0-9]))?)';

const CONTEXTS: [RegExp, EntityKind][] = [
  [
    new RegExp(
      `\\b(?:Modell|Sprachmodell|KI-Modell|Reasoning-Modell|model|AI model|LLM|chatbot)\\s+(?:namens\\s+|called\\s+|named\\s+|dubbed\\s+)?["']?${NAME}`,
      'gu',
    ),
    'model',
  ],
  [new RegExp(`\\b${NAME}["']?[- ](?:Modell|model|Sprachmodell|LLM)\\b`, 'gu'), 'model'],
  [
    new RegExp(
      `\\b(?:Chip|Chips|GPU|Beschleuniger|accelerator|processor|Prozessor)\\s+(?:namens\\s+|called\\s+|named\\s+|dubbed\\s+)["']?${NAME}`,
      'gu',
    ),
    'chip',
  ],
  [new RegExp(`\\b${NAME}[- ](?:Chip|Chips|GPU|GPUs|Beschleuniger|accelerators?)\\b`, 'gu'), 'chip'],
];

const STOP = new Set(
  'KI AI US USA EU China CEO GPU GPUs API LLM Open Source The Der Die Das Ein Eine Neue Neues New Nvidia Huawei'.split(
    ' ',
  ),
);

function looksLikeProduct(name: string): boolean {
  if (name.length < 3 || name.length > 40) return false;
  if (STOP.has(name)) return false;
  return /\d/.test(name) || /[a-z][A-Z]/.test(name) || /[A-Z]{2,}.*-/.test(name);
}

function slug(name: string): string {
  return name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/**
 * Returns candidate entities for product-like names in model or chip contexts that no knowledge-base
 * mention covers. Ids are `candidate-<slug>`; they are stable for the same spelling.
 */
export function discoverCandidates(
  sentences: readonly Sentence[],
  skip: ReadonlySet<number>,
  mentions: readonly Mention[],
): FoundEntity[] {
  const found = new Map<string, FoundEntity>();
  sentences.forEach((sentence, index) => {
    if (skip.has(index)) return;
    for (const [re, kind] of CONTEXTS) {
      re.lastIndex = 0;
      for (let m = re.exec(sentence.text); m !== null; m = re.exec(sentence.text)) {
        const name = (m[1] ?? '').replace(/[-.]+$/, '');
        if (!looksLikeProduct(name)) continue;
        const start = sentence.start + m.index + m[0].indexOf(name);
        const end = start + name.length;
        if (mentions.some((x) => x.start < end && x.end > start)) continue;
        const id = `candidate-${slug(name)}`;
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
