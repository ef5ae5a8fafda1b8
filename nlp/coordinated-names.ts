/**
 * Products named in a list: "Lancaster Sound and Rialto Bridge", "the HL-328 and HL-388 processors",
 * "three chips, namely Bodhi 1, Ojas, and Sarv 1". News lists products of one kind together, so a
 * list is evidence for each of its members when one member is a known product, or when a kind noun
 * heads or closes the list (a model word only beside AI words: car makers list models too). A member
 * found by another open-world shape is no anchor: its kind may be a guess. The members' own shape is weak evidence (in German, where every noun is
 * capitalised, a member must look like a code or a brand), so these names are weak: they become
 * entities only when an event is about them.
 */
import { isAiModelContext, KIND_NOUN, kindFromWords } from './lexicon/kind-words.js';
import { isNotAName } from './lexicon/not-names.js';
import type { Mention } from './link-entities.js';
import type { ProductName } from './product-names.js';
import { isTitleCase, type Sentence } from './sentences.js';
import type { EntityKind } from './types.js';
import { mapPacked } from './packed.js';

/** One word of a name: capitalised or a number, hyphenated parts allowed ("HL-328", "Sarv"). */
export const WORD = String.raw`[\p{Lu}\p{N}](?:[\p{L}\p{N}.]*[\p{L}\p{N}])?(?:-[\p{L}\p{N}](?:[\p{L}\p{N}.]*[\p{L}\p{N}])?)*`;
/** A list item: an optional article or quote, then one to three name words. */
const ITEM = String.raw`(?:(?:the|den|die|das|dem)\s+)?[„“"‘]?${WORD}(?: ${WORD}){0,2}[“”"’]?`;
const CONJUNCTION = String.raw`(?:and|und|or|oder|sowie)`;
/** Two to five items, the last joined by a conjunction: "A and B", "A, B, and C", "A, B und C". */
const LIST = new RegExp(
  String.raw`(?<![\p{L}\p{N}])${ITEM}(?:,\s+${ITEM}){0,3},?\s+${CONJUNCTION}\s+${ITEM}(?![\p{L}\p{N}])`,
  'gu',
);
/**
 * The conjunction every LIST match holds, with the white space around it. Masking writes only "K" and
 * "k", which no conjunction holds, so it cannot make one: a sentence without one has no list, masked or
 * not. The test costs a tenth of LIST's scan.
 */
const CONJUNCTION_BETWEEN_SPACES = new RegExp(String.raw`\s${CONJUNCTION}\s`, 'u');
/** The same with the start of the last item; a third of the sentences with a conjunction have it. */
const CONJUNCTION_BEFORE_ITEM = new RegExp(
  String.raw`\s${CONJUNCTION}\s+(?:(?:the|den|die|das|dem)\s+)?[„“"‘]?[\p{Lu}\p{N}]`,
  'u',
);
const SEPARATOR = new RegExp(String.raw`,\s+${CONJUNCTION}\s+|\s+${CONJUNCTION}\s+|,\s+`, 'u');
/** A kind noun that heads a list ("chips, namely", "models such as", "drei Chips:", "two accelerators, the"). */
const HEADED_BY_KIND = new RegExp(
  String.raw`${KIND_NOUN}(?:,\s*(?:namely|including|such as|like|nämlich|darunter|wie)?|\s+(?:namely|including|such as|like|nämlich|darunter|wie)|\s*:)\s*$`,
  'u',
);
/** A kind noun right after a list ("the HL-328 and HL-388 processors"). */
const CLOSED_BY_KIND = new RegExp(String.raw`^\s+${KIND_NOUN}\b`, 'u');

interface Item {
  text: string;
  start: number;
  end: number;
}

/** The sentence with every linked mention blanked to one word, so a known name is one list item. */
function masked(s: Sentence, ms: readonly Mention[]): string {
  let text = s.text;
  for (const m of ms) {
    const from = m.start - s.start;
    const to = m.end - s.start;
    if (from < 0 || to > text.length || to <= from) continue;
    text = text.slice(0, from) + 'K' + 'k'.repeat(to - from - 1) + text.slice(to);
  }
  return text;
}

/** Words that describe a product without naming it ("Hybrid-CPU-GPU MI300A-APU"): trimmed from an item's start. */
const GENERIC_LEAD = /^(?:\p{L}+-)*(?:CPU|GPU|APU|NPU|TPU|KI|AI|Chip|Hybrid)(?:-\p{L}+)*\s+/u;
/** Kind nouns that close an item ("4090D GPUs"): trimmed from its end. */
const KIND_TAIL = new RegExp(String.raw`\s+${KIND_NOUN}$`, 'u');

/** The items of a list match, with their offsets in the sentence, articles, quotes and kind words trimmed. */
function itemsOf(list: string, at: number): Item[] {
  const out: Item[] = [];
  let from = 0;
  for (const raw of list.split(SEPARATOR)) {
    const offset = list.indexOf(raw, from);
    from = offset + raw.length;
    const article = /^(?:(?:the|den|die|das|dem)\s+)?[„“"‘]?/u.exec(raw)?.[0].length ?? 0;
    const lead = article + (GENERIC_LEAD.exec(raw.slice(article))?.[0].length ?? 0);
    const text = raw
      .slice(lead)
      .replace(/[“”"’]$/u, '')
      .replace(KIND_TAIL, '');
    out.push({ text, start: at + offset + lead, end: at + offset + lead + text.length });
  }
  return out;
}

/** A name the open-world shapes found, whose kind may be a guess: no anchor for a list. */
function isCandidate(m: Mention): boolean {
  return m.entry.id.startsWith('candidate-');
}

/**
 * True when a name looks like a code or a brand ("M300", "RynnBrain", "GLM-Z1", "Qwen-Image-Layered"):
 * the evidence German text needs, where every noun is capitalised.
 */
export function looksLikeCodeOrBrand(text: string): boolean {
  return /\p{N}|\p{Ll}\p{Lu}|^\p{Lu}{2,}|-\p{Lu}/u.test(text);
}

/**
 * The unknown members of the sentence's product lists (see the module comment), with the kind of
 * the list's known member or of its kind noun. `ms` are the sentence's linked mentions.
 */
export function coordinatedNames(
  s: Sentence,
  index: number,
  ms: readonly Mention[],
  lang?: 'de' | 'en',
): ProductName[] {
  if (!CONJUNCTION_BETWEEN_SPACES.test(s.text) || (lang === 'en' && isTitleCase(s.text))) return [];
  const text = masked(s, ms);
  const out: ProductName[] = [];
  if (!CONJUNCTION_BEFORE_ITEM.test(text)) return out;
  LIST.lastIndex = 0;
  for (let m = LIST.exec(text); m !== null; m = LIST.exec(text)) {
    const items = itemsOf(m[0], m.index);
    const linked = (it: Item): Mention | undefined =>
      ms.find((x) => x.start - s.start < it.end && x.end - s.start > it.start);
    const known = mapPacked(items, linked).find(
      (x) => x !== undefined && x.entry.kind !== 'organization' && !isCandidate(x),
    );
    const kindWord =
      HEADED_BY_KIND.test(text.slice(Math.max(0, m.index - 40), m.index)) ||
      CLOSED_BY_KIND.test(text.slice(m.index + m[0].length)) ||
      KIND_TAIL.test(m[0])
        ? kindFromWords(text.slice(Math.max(0, m.index - 40), m.index + m[0].length + 30))
        : null;
    const kind: EntityKind | null = kindWord ?? known?.entry.kind ?? null;
    if (kind === null || (known === undefined && kind === 'model' && !isAiModelContext(s.text))) continue;
    for (const it of items) {
      if (
        linked(it) !== undefined ||
        it.text.length < 2 ||
        /^\p{N}/u.test(it.text) ||
        isNotAName(it.text.split(' '), true)
      )
        continue;
      if (lang !== 'en' && !looksLikeCodeOrBrand(it.text)) continue;
      const start = s.start + it.start;
      out.push({ name: it.text, start, end: start + it.text.length, sentence: index, kind, strong: false });
    }
  }
  return out;
}
