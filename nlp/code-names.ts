/**
 * More shapes in which news names a product the knowledge base does not know, read by the same
 * open-world engine as nlp/product-names.ts:
 * - a name introduced by a naming cue: "code-named Avocado", "a follow-up known as Spring Crest", "the
 *   chip, known as the B30A", "Codename Huashan". Code names are plain words, so the cue (and, for the
 *   looser cues, a kind word near it) is the evidence, not the shape of the name;
 * - codes coordinated after a known member of a product line: "Ascend 950, 960 und 970", "Siyuan 590
 *   and 690" name "Ascend 960", "Siyuan 690" even when the knowledge base does not know them yet.
 * - a quoted name beside a kind noun: 'des KI-Chips "Braga"', 'mit "Apertus" ein Sprachmodell';
 * - in English, a plain capitalised word before a chip word: "the Larrabee multicore chip", "Nervana
 *   processors", or after a determiner before a model word: "its Gauss AI model"; in German (which
 *   capitalises every noun) only after a determiner and a kind noun and before a lower-case word: "sein
 *   Spitzenmodell Kestrel auf". Such names are weak: they become entities only when an event is about them.
 * Lists and appositions (nlp/coordinated-names.ts, nlp/appositive-names.ts) are read here too.
 * The lexicons are the data below; the engine returns names with their kind, developer and family.
 */
import { appositiveNames } from './appositive-names.js';
import { NAMING_CUE_WORDS } from './lexicon/naming-cues.js';
import { coordinatedNames } from './coordinated-names.js';
import { cueCheck, sentencesOf, type CueCheck } from './cue-check-type.js';
import {
  isAiModelContext,
  KIND_NOUN,
  KIND_STEM,
  KIND_STEM_LEXICONS,
  kindFromWords,
} from './lexicon/kind-words.js';
import { NOT_A_CODE_NAME, NOT_A_GERMAN_PLAIN_NAME, NOT_A_PLAIN_NAME } from './lexicon/not-names.js';
import { productByAlias, type KnowledgeBase } from './knowledge-base.js';
import { coordinatedCodes, type Mention } from './link-entities.js';
import type { ProductName } from './product-names.js';
import { isTitleCase, type Sentence } from './sentences.js';
import type { EntityKind } from './types.js';
import { mapPacked } from './packed.js';

/** A name found by a cue or a coordination: the same shape as product-names' names. */
type CuedName = ProductName;

/** Cues that introduce a code name whatever the words around it: a code name names a product. */
const CODE_NAME_CUE =
  /\b(?:[Cc]ode-?\s?named|[Cc]odenamed|[Cc]ode-?\s?names?d?|[Cc]odename[ns]?|[Cc]ode-?[Nn]amens?|mit dem [Cc]ode-?[Nn]amen|unter dem [Cc]ode-?[Nn]amen)(?=[\s„“"'‘:]|\p{Lu})/gu;
/** Looser cues: they introduce a product's name only when a kind word stands near them. */
const NAMING_CUE = new RegExp(String.raw`\b(?:${NAMING_CUE_WORDS}|project|projekt)\s`, 'giu');
/**
 * A word each NAMING_CUE alternative holds: both expressions have the flags `i` and `u`, so they fold
 * case alike ("ſ" as "s", the Kelvin sign as "k"), and a text without one of the words has no cue.
 * Testing it first takes 90 instead of 480 ns a sentence.
 */
const NAMING_CUE_WORD = /known|referred|dubbed|called|name|genannt|bezeichnet|proje/iu;

/** What may stand between the cue and the name: an article, a quote mark. */
const BEFORE_NAME = /^\s*(?:(?:the|den|die|das|dem)\s+)?[„“”"'‘’«»]?\s*/iu;
/** One to three words of a name: capitalised words, codes and versions ("Spring Crest", "B30A", "Maia 200"). */
const NAME_WORDS = /^\p{Lu}[\p{L}\p{N}]*(?:[ -](?:\p{Lu}[\p{L}\p{N}]*|\p{N}[\p{L}\p{N}.]*\p{N}|\p{N}))*/u;
const MAX_NAME_WORDS = 3;

const GENERIC_CUE =
  /\b(?:successor|follow-up|nachfolger\w*|iteration|generation|version|variant|variante|design|project|projekt\w*)\b/iu;
/** How far before a loose cue a kind word may stand ("the chip at the center of ..., known as"). */
const KIND_WINDOW = 50;

/** The name after a cue ending at `at`, trimmed to at most three words, or null. */
function nameAfter(text: string, at: number): { name: string; start: number } | null {
  const lead = BEFORE_NAME.exec(text.slice(at))?.[0] ?? '';
  const start = at + lead.length;
  const raw = NAME_WORDS.exec(text.slice(start))?.[0];
  if (raw === undefined) return null;
  const words = raw.split(/(?=[ -])/u).slice(0, MAX_NAME_WORDS);
  const name = words.join('').replace(/[.-]+$/u, '');
  if (name.length < 2 || NOT_A_CODE_NAME.test(name.split(/[ -]/u)[0] ?? '')) return null;
  return { name, start };
}

/**
 * Names introduced by a naming cue in a sentence. A code-name cue suffices; a loose cue ("known as",
 * "called", "Projekt") needs a chip, model or generic product word shortly before it or right after
 * the name. Names the linker already covers and organization names are left out.
 */
function cuedNames(s: Sentence, index: number, ms: readonly Mention[]): CuedName[] {
  const out: CuedName[] = [];
  const covered = (start: number, end: number): boolean => ms.some((m) => m.start < end && m.end > start);
  for (const [cue, strict] of [
    [CODE_NAME_CUE, false],
    [NAMING_CUE, true],
  ] as const) {
    if (strict && !NAMING_CUE_WORD.test(s.text)) continue;
    cue.lastIndex = 0;
    for (let m = cue.exec(s.text); m !== null; m = cue.exec(s.text)) {
      const found = nameAfter(s.text, m.index + m[0].length);
      if (found === null) continue;
      const start = s.start + found.start;
      const end = start + found.name.length;
      if (covered(start, end)) continue;
      const before = s.text.slice(Math.max(0, m.index - KIND_WINDOW), m.index);
      const after = /^[\s-]*[\p{L}-]+/u.exec(s.text.slice(found.start + found.name.length))?.[0] ?? '';
      const kindWord = kindFromWords(after) ?? kindFromWords(before);
      if (strict && kindWord === null && !GENERIC_CUE.test(before) && !GENERIC_CUE.test(after)) continue;
      const product = ms.find((x) => x.entry.kind !== 'organization');
      const sibling = out[out.length - 1];
      const org = [...ms].reverse().find((x) => x.entry.kind === 'organization' && x.end <= start);
      out.push({
        name: found.name,
        start,
        end,
        sentence: index,
        kind: kindWord ?? sibling?.kind ?? product?.entry.kind ?? 'model',
        developer: org?.entry.id ?? product?.entry.developer,
        strong: true,
      });
    }
  }
  return out;
}

/**
 * A name that opens a sentence and is then defined as a product: "Step 3.5 Flash is the latest open
 * source base model of Step Star", "tsuzumi 2 is a 30 billion parameter language model from NTT",
 * "Rakuten AI 3.0, developed by Rakuten Group, is an LLM". The name carries a number (a plain word
 * before "is a model" may be anything); the kind noun within the definition gives the kind.
 */
const DEFINED_NAME =
  /^["'„“]?(\p{L}[\p{L}\p{N}.]*(?:[ -](?:\p{Lu}[\p{L}\p{N}.]*|\p{N}[\p{L}\p{N}.]*)){0,3})["'“”]?(?:,[^,]{3,80},)?\s+(?:is|was|ist|war)\s+(?:a|an|the|ein|eine|einer|der|die|das)\s+((?:(?!(?:for|with|of|from|in|on|to|that|which|who|für|mit|von|bei|auf|der|die|das|welche\p{L}*)\s)[\p{L}\p{N}-]+\s+){0,8}?[\p{L}-]*?(?:models?|llms?|modell|sprachmodell|chips?|accelerators?|beschleuniger|processors?|prozessor|gpu))\b/iu;

/** The verb and article DEFINED_NAME needs: one sentence in twenty has them, and they cost a third to find. */
const DEFINING_VERB = /\s(?:is|was|ist|war)\s+(?:a|an|the|ein|eine|einer|der|die|das)\s/iu;

function definedNames(s: Sentence, index: number, ms: readonly Mention[]): CuedName[] {
  if (!DEFINING_VERB.test(s.text)) return [];
  const m = DEFINED_NAME.exec(s.text);
  const name = m?.[1];
  if (m === null || name === undefined || !/\p{N}/u.test(name)) return [];
  const at = s.text.indexOf(name);
  const start = s.start + at;
  const end = start + name.length;
  if (ms.some((x) => x.start < end && x.end > start)) return [];
  if (NOT_A_CODE_NAME.test(name.split(/[ -]/u)[0] ?? '')) return [];
  const org = ms.find((x) => x.entry.kind === 'organization' && x.start >= end);
  return [
    {
      name,
      start,
      end,
      sentence: index,
      kind: kindFromWords(m[2] ?? '') ?? 'model',
      developer: org?.entry.id,
      strong: true,
    },
  ];
}

// a straight single quote closes only before a non-letter, so "Renegade's" is no quoted name
const QUOTE_OPEN = `[„“"‘']`;
const QUOTE_CLOSE = `(?:[“”"’‘]|'(?![\\p{L}]))`;
const QUOTED = String.raw`${QUOTE_OPEN}(\p{Lu}[\p{L}\p{N}.-]*(?: [\p{L}\p{N}.-]+){0,2})${QUOTE_CLOSE}`;
/**
 * A quoted name beside a kind noun: right after it, the noun with its article ('des KI-Chips "Braga"',
 * 'the model "Orion"'; a headline's 'AI Chips "Anywhere"' quotes a word, not a name), or
 * before an indefinite one it is presented as ('mit "Apertus" ein Sprachmodell vorgestellt', '"Nova",
 * a new model'), or between a determiner and the noun ("the second-generation 'Renegade' chip"). Quotes and the kind noun together are the evidence; the name's shape says nothing.
 */
const QUOTED_NAME_SHAPES: readonly RegExp[] = [
  new RegExp(
    String.raw`\b(?:[Dd]es|[Dd]er|[Dd]em|[Dd]en|[Dd]as|[Dd]ie|[Tt]he|[Ii]ts|[Tt]heir|[Ss]eine[nms]?|[Ii]hre[nms]?|[Ss]ein|[Ii]hr|[Aa]n?|[Ee]in\p{Ll}*)\s+(?:[\p{L}-]+\s+){0,2}?${KIND_NOUN}\s*,?\s+${QUOTED}`,
    'gu',
  ),
  new RegExp(
    String.raw`${QUOTED}\s*,?\s+(?:\S+\s+){0,2}?(?:ein|eine|einen|einem|a|an)\s+(?:[\p{L}-]+\s+){0,3}?${KIND_NOUN}\b`,
    'gu',
  ),
  // the quoted name between its determiner and its kind noun: "the second-generation 'Renegade' chip"
  // (English only: a German quoted noun there is a judgement, "der 'Durchbruch' Chip")
  new RegExp(
    String.raw`\b(?:[Tt]he|[Ii]ts|[Tt]heir)\s+(?:[\p{L}-]+\s+){0,2}?${QUOTED}\s+(?:[\p{L}-]+\s+)?${KIND_NOUN}\b`,
    'gu',
  ),
];

/** What every quoted shape holds: a kind noun, and an opening quote before a capital. */
const KIND_WORD = new RegExp(KIND_STEM, 'u');
const QUOTE_BEFORE_CAPITAL = new RegExp(String.raw`${QUOTE_OPEN}\p{Lu}`, 'u');

/** "called the model 'Magical'", "nannte das Modell „Weltklasse“": a judgement in quotes, not a name. */
const CALLING_BEFORE =
  /\b(?:call(?:s|ed|ing)?|nennt|nannte|nennen|nannten|bezeichne\w*|describ\w*|prais\w*|lobt\w*|label(?:s|ed|led)?)\s*$/iu;

/** The quoted names of a sentence (see QUOTED_NAME_SHAPES): every word capitalised or a number. */
function quotedNames(s: Sentence, index: number, ms: readonly Mention[]): CuedName[] {
  const out: CuedName[] = [];
  if (!QUOTE_BEFORE_CAPITAL.test(s.text) || !KIND_WORD.test(s.text)) return out;
  for (const shape of QUOTED_NAME_SHAPES) {
    shape.lastIndex = 0;
    for (let m = shape.exec(s.text); m !== null; m = shape.exec(s.text)) {
      const name = (m[1] ?? '').replace(/[.-]+$/u, '');
      const words = name.split(' ');
      if (name.length < 2 || words.some((w) => NOT_A_CODE_NAME.test(w) || !/^[\p{Lu}\p{N}]/u.test(w)))
        continue;
      if (CALLING_BEFORE.test(s.text.slice(Math.max(0, m.index - 30), m.index))) continue;
      const start = s.start + m.index + m[0].indexOf(name);
      const end = start + name.length;
      if (ms.some((x) => x.start < end && x.end > start)) continue;
      const org = [...ms].reverse().find((x) => x.entry.kind === 'organization' && x.end <= start);
      const kind = kindFromWords(m[0]) ?? 'model';
      out.push({ name, start, end, sentence: index, kind, developer: org?.entry.id, strong: true });
    }
  }
  return out;
}

/**
 * A plain capitalised name, up to two lower-case modifiers, then a chip word ("Larrabee multicore
 * chip"); or, after a determiner, a model word ("its Gauss AI model": models are named after common
 * words more often than chips, so the determiner must show the name is one noun phrase's head).
 */
const NAME_BEFORE_KIND_WORD: readonly [RegExp, EntityKind, RegExp][] = [
  [
    /(?=\p{Lu})(?<![\p{L}\p{N}'’.-])(\p{Lu}\p{Ll}{2,}(?: \p{Lu}\p{Ll}{2,})?)(?: [a-z][a-z-]+){0,2} (?:chips?|processors?|accelerators?|GPUs?|NPUs?|superchips?)\b/gu,
    'chip',
    / (?:chip|processor|accelerator|GPU|NPU|superchip)/u,
  ],
  [
    /(?<=\b(?:its|their|the|his|her|our) )(\p{Lu}\p{Ll}{2,}(?: \p{Lu}\p{Ll}{2,})?)(?: (?:AI|[a-z][a-z-]+)){0,2} (?:models?|LLMs?|chatbots?)\b/gu,
    'model',
    / (?:model|LLM|chatbot)/u,
  ],
];

/**
 * German names after their kind noun, which a nominative, accusative or genitive determiner or a maker's
 * genitive ("Microsofts geplanter KI-Chip") opens (a dative one takes a second object: "gibt seinem
 * KI-Modell Zugriff") and a lower-case word or a stop closes, the name in quotes or not:
 * "verschiebt sein Spitzenmodell Kestrel auf ...", "das neue Modell Orion von OpenAI", "des KI-Chips
 * Braga." German capitalises every noun, so the determiner, the kind noun and the lower-case word after
 * the name are what show it is a name (a following capitalised noun, "das Modell Marke Eigenbau", is none).
 */
const NAME_AFTER_KIND_WORD_DE: readonly [RegExp, EntityKind, RegExp][] = [
  [
    /(?<=(?<![\p{L}])(?:[Dd](?:as|es|en)|[Ss]ein(?:e[ns]?)?|[Ii]hr(?:e[ns]?)?|\p{Lu}[\p{L}\p{N}]*\p{Ll}s)\s+(?:\p{Ll}+\s+){0,2})(?:KI-)?(?:Sprach|Spitzen|Flaggschiff|Reasoning-|Basis)?[Mm]odells?\s"?(\p{Lu}\p{Ll}{2,})(?="?(?:\s*[,.;:!?)]|\s+\p{Ll}|\s*$))/gu,
    'model',
    /odell/u,
  ],
  [
    /(?<=(?<![\p{L}])(?:[Dd](?:es|en|er)|[Ss]ein(?:e[ns])?|[Ii]hr(?:e[ns])?|\p{Lu}[\p{L}\p{N}]*\p{Ll}s(?=\s+(?:\p{Ll}+\s+){0,2}(?:KI-Chips?|Beschleunigers?)\s))\s+(?:\p{Ll}+\s+){0,2})(?:KI-)?(?:Chips?|Beschleunigers?|Prozessors?)\s"?(\p{Lu}\p{Ll}{2,})(?="?(?:\s*[,.;:!?)]|\s+\p{Ll}|\s*$))/gu,
    'chip',
    /Chip|eschleuniger|rozessor/u,
  ],
];

function beforeKindWord(s: Sentence, index: number, ms: readonly Mention[], lang: 'de' | 'en'): CuedName[] {
  const out: CuedName[] = [];
  // an English headline capitalises every word; German capitalises its nouns anyway
  if (lang === 'en' && isTitleCase(s.text)) return out;
  for (const [shape, kind, kindWord] of lang === 'en' ? NAME_BEFORE_KIND_WORD : NAME_AFTER_KIND_WORD_DE) {
    // the kind word after a space, which each shape needs, is a cheap test; the shapes are not
    if (!kindWord.test(s.text)) continue;
    shape.lastIndex = 0;
    for (let m = shape.exec(s.text); m !== null; m = shape.exec(s.text)) {
      const name = m[1] ?? '';
      if (kind === 'model' && !isAiModelContext(s.text)) continue;
      if (lang === 'de' && NOT_A_GERMAN_PLAIN_NAME.test(name)) continue;
      if (/(?:^|[.!?:\n])[\s•*–—-]*$/u.test(s.text.slice(0, m.index))) continue;
      if (name.split(' ').some((w) => NOT_A_CODE_NAME.test(w) || NOT_A_PLAIN_NAME.test(w))) continue;
      // the English shapes open with the name, the German ones close with it
      const start = s.start + m.index + (lang === 'en' ? 0 : m[0].length - name.length);
      const end = start + name.length;
      if (ms.some((x) => x.start < end + 1 && x.end > start)) continue;
      const org = [...ms].reverse().find((x) => x.entry.kind === 'organization' && x.end <= start);
      out.push({ name, start, end, sentence: index, kind, developer: org?.entry.id, strong: false });
    }
  }
  return out;
}

/**
 * The naming cues, the names before a kind word and the quoted names, each with the pre-tests run
 * before it (NAMING_CUE_WORD; the shape's kind word; QUOTE_BEFORE_CAPITAL and KIND_WORD): every match
 * must pass them, or a name is lost (code-names-cues.test.ts). All run on a sentence's text.
 */
export const CUE_CHECKS: readonly CueCheck[] = Object.freeze([
  cueCheck('NAMING_CUE', NAMING_CUE, [NAMING_CUE_WORD], { textsOf: sentencesOf }),
  ...NAME_BEFORE_KIND_WORD.map(([shape, kind, kindWord]) =>
    cueCheck(`NAME_BEFORE_KIND_WORD ${kind}`, shape, [kindWord], { textsOf: sentencesOf }),
  ),
  ...NAME_AFTER_KIND_WORD_DE.map(([shape, kind, kindWord]) =>
    cueCheck(`NAME_AFTER_KIND_WORD_DE ${kind}`, shape, [kindWord], { textsOf: sentencesOf }),
  ),
  ...QUOTED_NAME_SHAPES.map((shape, i) =>
    cueCheck(`QUOTED_NAME_SHAPES ${i}`, shape, [QUOTE_BEFORE_CAPITAL, KIND_WORD], {
      lexicons: KIND_STEM_LEXICONS,
      textsOf: sentencesOf,
    }),
  ),
]);

/**
 * "Ascend 950, 960 und 970": codes coordinated after a known member of a product line that the
 * knowledge base does not know under the line's name (known ones the linker already links).
 */
function codesAfterLineMembers(s: Sentence, index: number, ms: readonly Mention[]): CuedName[] {
  return ms.flatMap((m) =>
    coordinatedCodes(m, s.text, s.start)
      .filter((c) => !ms.some((x) => x.start < c.end && x.end > c.start))
      .map((c) => ({
        ...c,
        sentence: index,
        kind: m.entry.kind,
        developer: m.entry.developer,
        family: m.entry.family,
        strong: true,
      })),
  );
}

/**
 * The cued and coordinated names of one sentence (see the module comment). `mentions` are the
 * sentence's linked mentions. Names that are a spelling of a knowledge-base organization are dropped.
 */
export function findCuedNames(
  s: Sentence,
  index: number,
  mentions: readonly Mention[],
  kb: KnowledgeBase,
  lang?: 'de' | 'en',
): CuedName[] {
  const orgs = organizationSpellings(kb);
  const plain = lang === undefined ? [] : beforeKindWord(s, index, mentions, lang);
  const all = [
    ...cuedNames(s, index, mentions),
    ...definedNames(s, index, mentions),
    ...codesAfterLineMembers(s, index, mentions),
    ...quotedNames(s, index, mentions),
    ...plain,
    ...coordinatedNames(s, index, mentions, lang),
    ...appositiveNames(s, index, mentions, lang),
  ];
  // "code-named X" is also read by the looser "named": one name per span
  return mapPacked(
    all.filter((n, i) => !orgs.has(n.name.toLowerCase()) && all.findIndex((x) => x.start === n.start) === i),
    (n) => withKnownFamily(n, kb),
  );
}

/**
 * A found name that begins with a known product's name ("Kimi-K2-Base, a foundation model") is a variant
 * of it: it takes that product as its family, and its kind and maker, so one launch of a family and its
 * variants stays one release.
 */
function withKnownFamily(n: CuedName, kb: KnowledgeBase): CuedName {
  if (n.family !== undefined) return n;
  const words = n.name.toLowerCase().split(/[\s-]+/u);
  const byAlias = productByAlias(kb);
  for (let k = words.length - 1; k >= 1; k--) {
    const entry = byAlias.get(words.slice(0, k).join(' '));
    if (entry !== undefined)
      return { ...n, family: entry.id, kind: entry.kind, developer: n.developer ?? entry.developer };
  }
  return n;
}

const orgSpellingCache = new WeakMap<KnowledgeBase, Set<string>>();

function organizationSpellings(kb: KnowledgeBase): Set<string> {
  let set = orgSpellingCache.get(kb);
  if (set === undefined) {
    set = new Set(
      kb.entries
        .filter((e) => e.kind === 'organization')
        .flatMap((e) => e.aliases.map((a) => a.toLowerCase())),
    );
    orgSpellingCache.set(kb, set);
  }
  return set;
}
