/**
 * Products named in apposition to a kind noun: "its AI accelerator chip, the Mach-1, ...", "zwei neue
 * KI-Chips vor: Der M100, der ...", "RynnBrain,
 * einem für Robotik entwickelten Modell", "launched Gauss, a generative AI model". An apposition
 * renames the noun it stands beside, so the kind noun says what the name is; commas bound the name.
 * A reporting clause ("the chip, Huang said") is no apposition: the name must be closed by
 * punctuation or a relative pronoun. In German, where every noun is capitalised, the name must look
 * like a code or a brand; a model word vouches for an AI model only beside AI words in the sentence (a
 * car maker's "Modell, den CLA," is no model of ours). These names are weak: they become entities only when an event is about them.
 */
import { looksLikeCodeOrBrand, WORD } from './coordinated-names.js';
import { cueCheck, sentencesOf, type CueCheck } from './cue-check-type.js';
import {
  isAiModelContext,
  KIND_NOUN,
  KIND_STEM,
  KIND_STEM_LEXICONS,
  kindFromWords,
} from './lexicon/kind-words.js';
import { isNotAName } from './lexicon/not-names.js';
import type { Mention } from './link-entities.js';
import type { ProductName } from './product-names.js';
import { isTitleCase, type Sentence } from './sentences.js';

const NAME = String.raw`[„“"‘']?(${WORD}(?: ${WORD}){0,2})[“”"’']?`;
const ARTICLE = String.raw`(?:[Tt]he|[Dd]en|[Dd]ie|[Dd]as|[Dd]em|[Dd]er)\s+`;
const INDEFINITE = String.raw`(?:a|an|ein|eine|einen|einem|einer|eines)`;

/** A quick test for any kind noun, so most sentences skip the apposition patterns. */
const HAS_KIND_WORD = new RegExp(KIND_STEM, 'u');

/**
 * The two orders: the kind noun, then the name; the name, then an indefinite kind noun phrase. Each
 * with a short part of it, which most sentences lack and which costs a fraction of the whole to find.
 */
const APPOSITIONS: readonly (readonly [RegExp, RegExp])[] = [
  [
    new RegExp(
      String.raw`(?<![\p{L}-])${KIND_NOUN}(?:,\s+|(?:-\p{L}+)?(?:\s+\p{Ll}+){0,2}\s*:\s+)(?:${ARTICLE})?${NAME}(?=\s*(?:[,;:()–—]|\.(?:\s|$)|$)|\s+(?:which|that|der|die|das|den)\b)`,
      'gu',
    ),
    new RegExp(String.raw`${KIND_STEM}(?:,|(?:-\p{L}+)?(?:\s+\p{Ll}+){0,2}\s*:)`, 'u'),
  ],
  [
    new RegExp(
      String.raw`(?<![\p{L}\p{N}])${NAME},\s+(?:one of\s+|eines? der\s+)?${INDEFINITE}\s+(?:[\p{L}\p{N}-]+\s+){0,4}?${KIND_NOUN}\b`,
      'gu',
    ),
    new RegExp(String.raw`,\s+(?:one of\s+|eines? der\s+)?${INDEFINITE}\s`, 'u'),
  ],
];

/**
 * Both apposition patterns with the pre-tests appositiveNames runs before each (HAS_KIND_WORD and the
 * pattern's short part): every match must pass them, or a name is lost (appositive-names-cues.test.ts).
 * Both run on a sentence's text.
 */
export const CUE_CHECKS: readonly CueCheck[] = Object.freeze(
  APPOSITIONS.map(([shape, part], i) =>
    cueCheck(`APPOSITIONS ${i}`, shape, [HAS_KIND_WORD, part], {
      lexicons: KIND_STEM_LEXICONS,
      textsOf: sentencesOf,
    }),
  ),
);

/** "(Small Language Model, SLM)": the abbreviation of the words before it is no name. */
function abbreviates(name: string, before: string): boolean {
  if (!/^\p{Lu}{2,6}s?$/u.test(name)) return false;
  const letters = name.replace(/s$/u, '');
  const initials = (before.match(/[\p{L}\p{N}]+/gu) ?? []).map((w) => w.charAt(0).toUpperCase()).join('');
  return initials.endsWith(letters);
}

/**
 * The names in apposition to a kind noun in one sentence (see the module comment); `ms` are the
 * sentence's linked mentions, whose spans are no new names.
 */
export function appositiveNames(
  s: Sentence,
  index: number,
  ms: readonly Mention[],
  lang?: 'de' | 'en',
): ProductName[] {
  if (!HAS_KIND_WORD.test(s.text) || (lang === 'en' && isTitleCase(s.text))) return [];
  const aiModels = isAiModelContext(s.text);
  const out: ProductName[] = [];
  for (const [shape, part] of APPOSITIONS) {
    if (!part.test(s.text)) continue;
    shape.lastIndex = 0;
    for (let m = shape.exec(s.text); m !== null; m = shape.exec(s.text)) {
      const name = m[1] ?? '';
      const at = m.index + m[0].indexOf(name);
      const atSentenceStart = /^[\s•*–—"„“-]*$/u.test(s.text.slice(0, at));
      const shaped = looksLikeCodeOrBrand(name);
      if ((lang !== 'en' || atSentenceStart) && !shaped) continue;
      if (isNotAName(name.split(' ')) || abbreviates(name, s.text.slice(0, at))) continue;
      const start = s.start + at;
      const end = start + name.length;
      if (ms.some((x) => x.start < end && x.end > start)) continue;
      const kind = kindFromWords(m[0]) ?? 'model';
      if (kind === 'model' && !aiModels) continue;
      const org = [...ms].reverse().find((x) => x.entry.kind === 'organization' && x.end <= start);
      out.push({ name, start, end, sentence: index, kind, developer: org?.entry.id, strong: false });
    }
  }
  return out;
}
