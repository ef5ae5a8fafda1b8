/**
 * Open-world product names: models and chips the knowledge base does not know. News names new
 * products in a few recurring shapes, and this module reads those shapes, not a list of names:
 * - a known model or chip followed by a tier or version ("Claude Opus 4.5", "Blackwell Ultra",
 *   "Doubao Seed 2.0", "DeepSeek-V3.2-Speciale"): a variant, linked to the known entry as its family;
 * - a known company glued to a product code ("Baichuan-M2", "DeepSeek-V4", "AMD Instinct MI325X"):
 *   a product of that company;
 * - a free-standing code-like name with a kind word beside it ("the new Hy3 Preview model", "Chip
 *   namens X", "Falcon-9 Mini"), or in the argument slot of an event verb next to a known company.
 * Each found name becomes a mention with a synthetic knowledge-base entry (`candidate-<slug>`), so the
 * event extractors treat it like a curated entity; the lexicons of the shapes are the data below.
 */
import { versionsOfFamilies } from './version-of-family.js';
import { productByAlias, type KbEntry, type KnowledgeBase } from './knowledge-base.js';
import { findCuedNames } from './code-names.js';
import { cueCheck, type CueCheck } from './cue-check-type.js';
import { NOT_A_SLOT_NAME, PERSON_TITLE_BEFORE } from './lexicon/not-names.js';
import { mentionsBySentence, type Mention } from './link-entities.js';
import type { Sentence } from './sentences.js';
import { isCodePointIn, LETTER_OR_DIGIT } from './tokenize.js';
import type { EntityKind } from './types.js';
import { mapPacked } from './packed.js';

/** Words that name a tier or edition of a product after its family name or version. */
const TIER_WORDS = new Set(
  (
    'pro max mini ultra flash preview turbo plus lite air nano thinking instruct coder vision vl omni exp ' +
    'speciale spark deep think opus sonnet haiku base chat reasoner reasoning small medium large next ' +
    'edge fast heavy r1 zero distill math prover audio image video voice ocr'
  ).split(' '),
);

/** Tiers that model makers write in lower case after a version ("GPT-5.4 nano", "o4 mini"). */
const LOWER_TIERS = new Set(['mini', 'nano', 'pro', 'max', 'lite', 'flash', 'turbo', 'plus']);

/** A version: "2.0", "4", "3.5", "5.3", "2507", optionally with one letter ("4o", "3x"). */
const VERSION = /^\d{1,4}(?:\.\d{1,2}){0,2}[a-zA-Z]?$/u;
/** A product code: letters and digits mixed, starting with a letter ("V4", "K3", "K2.6", "MI325X", "M2", "o3", "Qwen3.5"). */
const CODE =
  /^(?:[A-Z]{1,4}\d{1,4}(?:\.\d{1,2})?[A-Za-z]{0,3}|[a-z]\d{1,2}|[A-Z][a-z]{1,10}\d{1,3}(?:\.\d{1,2})?[A-Za-z]?)$/u;
/** Words that look like codes but are not products. */
const NOT_A_PRODUCT =
  /^(?:q[1-4]|h[12]|fy\d*|(?:gtc|ces|mwc|wwdc|isc|ifa|hpc)\d{2,4}|covid\d*|sars|g7|g20|hbm\d*e?|ddr\d|gddr\d|pcie\d*|usb\d*|lte|5g|4g|fp\d+|bf16|int\d+|cdna\d*|rdna\d*|m\d|a\d|s\d|p\d|x\d|x86|x64|v\d{3,}|mp\d|h\d{3,4}p)$/iu;
/**
 * Words that carry numbers without being AI models or chips: months and weekdays ("March 16"),
 * licences and software ("Apache 2.0", "CUDA 12"), consumer devices and phone chips ("Kirin 980"), counters
 * ("Phase 2"), and headline verbs before a count ("Meta Unveils 4 New Chips").
 */
const CONSUMER_PRODUCT =
  /^(?:jan(?:uary|uar)?|feb(?:ruary|ruar)?|m(?:arch|ärz)|apr(?:il)?|ma[iy]|jun[ei]?|jul[iy]?|aug(?:ust)?|sep(?:t(?:ember)?)?|o[ck]t(?:ober)?|nov(?:ember)?|de[cz](?:ember)?|monday|tuesday|wednesday|thursday|friday|saturday|sunday|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|apache|mit|gpl|lgpl|bsd|creative|cuda|rocm|python|pytorch|tensorflow|linux|ubuntu|html|http|bluetooth|usb|wifi|iso|din|ieee|web|industrie|iphone|ipad|ipados|ios|macos|android|pixel|galaxy|mate|nova|pura|windows|office|xbox|playstation|switch|model|tesla|cybertruck|boeing|airbus|version|teil|part|kapitel|chapter|phase|stufe|level|tier|gen|generation|top|platz|rang|nummer|number|artikel|article|paragraph|section|abschnitt|covid|seite|page|jahr|year|woche|week|runde|round|index|dax|nasdaq|msci|stoxx|dow|kirin|snapdragon|exynos|dimensity|helio|bionic|unveils|launches|releases|announces|introduces|debuts|ships|delays|reveals|shows|adds|gets|wins|hits|posts|reports|plans|buys|bets|makes|takes|brings|opens|cuts|stellt|bringt|zeigt|startet)$/iu;

/** After a name, a unit or a counted noun means the digits were a quantity ("96 GB", "2 Prozent"). */
const UNIT_AFTER =
  /^[\s\u2010\u2011-]*(?:%|(?:gb|tb|mb|w|kw|nm|ghz|mhz|tflops|pflops|prozent|percent|mrd|mio|milliarden|millionen|billion|million|dollar|euro|yuan|usd|jahre|years|tage|days|stunden|hours|mal|fach|fold|times|x)\b)/iu;
/**
 * Heads of German compounds and kind nouns: "H20-Chips", "H200-Beschleunigern", "Gemini-App" are the
 * known product plus a noun, not a new product.
 */
const COMPOUND_HEAD =
  /^(?:chip|gpu|beschleuniger|export|modell|model|serie|series|reihe|familie|family|version|update|nachfolger|successor|launch|start|release|aktie|preis|verbot|lizenz|training|server|cluster|system|karte|plattform|platform|architektur|generation|technolog|prozessor|rechen|einheit|nutzer|app|api|team|nachfrage|lieferung|verkauf|umsatz|bestell|produktion|entwicklung|ankündigung|vorstellung|veröffentlichung|einführung|markt|sparte|geschäft|abo|integration|zugang|support|bericht)|(?:ung|heit|keit|schaft|ion|tät|ern|ungen)$/iu;

/** Determiners and sentence openers that can stand capitalised before a code ("Der Z9", "The Zeta7"). */
const NOT_A_HEAD =
  /^(?:der|die|das|den|dem|des|ein|eine|einen|einem|einer|the|a|an|this|that|its|their|our|new|neue[nrms]?|neu|mit|von|für|for|with|from|on|in|im|am|bei|auf|nach|and|und|oder|or)$/iu;

/** A brand-like word: all capitals or a capital inside ("GLM", "QwQ", "DeepSeek"), not a plain noun. */
const BRAND_LIKE = /^(?:\p{Lu}{2,}|\p{Lu}\p{Ll}*\p{Lu}\p{L}*)$/u;

/** Kind words right before or after a name. */
const CHIP_WORD =
  /^(?:chips?|gpus?|grafikprozessor\w*|beschleuniger\w*|accelerators?|prozessor\w*|processors?|npus?|tpus?|asics?|superchips?|rechenchip\w*|ki-chips?|ai chips?|halbleiter\w*|server|racks?|systems?|cluster|superpods?|superclusters?|supernodes?)$/iu;
const MODEL_WORD =
  /^(?:modell\w*|models?|sprachmodell\w*|ki-modell\w*|ai model|llms?|chatbots?|assistent\w*|assistants?|reasoning-modell\w*|reasoning model|open-source-modell\w*|grundmodell\w*|foundation model|agent|agents)$/iu;
/**
 * Rack and cluster system words inside a name ("NVL576", "Atlas 960 SuperPoD", "DGX B300"): such a name
 * is a chip in our vocabulary (systems count as chips) whoever makes it.
 */
const SYSTEM_IN_NAME = /(?:^|[\s-])(?:nvl\d+|superpods?|superclusters?|supernodes?|dgx|hgx)(?=$|[\s-])/iu;

/** The kind a name's own shape gives it, or null. */
function kindOfShape(name: string): EntityKind | null {
  return SYSTEM_IN_NAME.test(name) ? 'chip' : null;
}

/** Words that make a text about AI models or chips. */
const AI_CONTEXT =
  /\b(?:KI|AI|künstlich\w*|artificial|[Mm]odell\w*|models?|LLMs?|[Ss]prachmodell\w*|chatbots?|[Cc]hatbot|open[- ]source|open[- ]weight|[Cc]hips?|GPUs?|[Bb]eschleuniger\w*|accelerators?|[Pp]arameter\w*|reasoning|[Ii]nferen\w*|training|[Tt]raining)\b/u;

/** Event verbs whose object or subject slot may hold a new product name. */
const EVENT_VERB =
  /\b(?:releas\w*|available|verfügbar|would|würde|launch\w*|unveil\w*|introduc\w*|debut\w*|roll\w* out|put\w* out|ship\w*|announc\w*|open-sourc\w*|veröffentlich\w*|vorgestellt|stellt\w*|präsentier\w*|enthüllt\w*|lanciert\w*|bringt|brachte|gestartet|startet\w*|freigegeben|verschieb\w*|verschob\w*|verschoben|verzöger\w*|delay\w*|postpon\w*|cancel\w*|eingestellt|gestrichen|scrap\w*|plant\w*|plans?|planned|soll\w*|will|expected|slated|set to|erscheint|erscheinen)\b/iu;

/**
 * The object slot of an event verb or noun, right before a name: "delayed Behemoth", "the launch of
 * Operator", "released its new Orion". English only for plain capitalised words (German capitalises
 * every noun); German names in the slot must look like brands ("die Veröffentlichung von GLMx").
 */
const EN_OBJECT_SLOT =
  /\b(?:(?:launch|release|rollout|debut|delay|postponement|cancellation|availability|unveiling) of|releas(?:e|ed|es|ing)|launch(?:ed|es|ing)?|unveil(?:ed|s|ing)?|introduc(?:ed|es|ing)|debut(?:ed|s)?|delay(?:ed|s|ing)?|postpon(?:ed|es|ing)|scrapp(?:ed|ing)|scraps|cancel(?:l?ed|s|l?ing)|shelv(?:ed|es|ing)|open-sourc(?:ed|es|ing)|roll(?:ed|s|ing)? out|put(?:s|ting)? out)\s+(?:(?:its|their|the|a|an|two|three)\s+)?(?:(?:new|latest|next|upcoming|long-awaited|flagship|much-anticipated|anticipated|updated)\s+)?(?:(?:AI\s+)?(?:models?|chips?|accelerators?|processors?|GPUs?)\s+)?/gu;
const DE_OBJECT_SLOT =
  /(?:(?:veröffentlichung|vorstellung|markteinführung|einführung|start|verschiebung|freigabe|auslieferung)\s+(?:von|des|der)|verschiebt|verschob|veröffentlicht|präsentiert|lanciert|startet|streicht|stoppt)\s+(?:(?:sein(?:e[nms]?)?|ihr(?:e[nms]?)?|den|die|das|dem|der|des)\s+)?(?:(?:neue[nms]?|nächste[nms]?|kommende[nms]?)\s+)?/giu;

/** A token of a sentence (see tokensOf). */
export interface NameToken {
  text: string;
  start: number;
  end: number;
  /** How it is joined to the token before: a hyphen, a space, or anything else. */
  join: 'hyphen' | 'space' | 'other';
}

/** The length of the letter or digit at `i` (2 for a surrogate pair), or 0. */
function wordCharAt(text: string, i: number): number {
  const cp = text.codePointAt(i) ?? 0;
  return isCodePointIn(cp, LETTER_OR_DIGIT) ? (cp > 0xffff ? 2 : 1) : 0;
}

/**
 * The tokens of a sentence: runs of letters, digits and inner dots, from a letter or digit to the last
 * one ("V3.1", "Qwen2.5"; a closing period is no part). A scan by character: the regular expression
 * it replaces, with its Unicode classes, took 11 % of name discovery.
 */
export function tokensOf(text: string): NameToken[] {
  const out: NameToken[] = [];
  let prevEnd = -1;
  for (let i = 0; i < text.length;) {
    const first = wordCharAt(text, i);
    if (first === 0) {
      i += 1;
      continue;
    }
    let end = i + first;
    for (let j = end; j < text.length;) {
      const dot = text.charCodeAt(j) === 46;
      const n = dot ? 1 : wordCharAt(text, j);
      if (n === 0) break;
      j += n;
      if (!dot) end = j;
    }
    const gap = prevEnd >= 0 && i - prevEnd === 1 ? text[prevEnd] : '';
    const join = gap === '-' ? 'hyphen' : gap === ' ' ? 'space' : 'other';
    out.push({ text: text.slice(i, end), start: i, end, join });
    prevEnd = end;
    i = end;
  }
  return out;
}

function isVersion(t: NameToken): boolean {
  return VERSION.test(t.text) && !/^(?:19|20)\d\d$/u.test(t.text);
}
function isTier(t: NameToken): boolean {
  return TIER_WORDS.has(t.text.toLowerCase()) && (t.join === 'hyphen' || /^[\p{Lu}\p{N}]/u.test(t.text));
}
/** A code that can stand alone as a name; glued to a name ("MiniMax-M3"), any code shape counts. */
function isCode(t: NameToken): boolean {
  return CODE.test(t.text) && (t.join === 'hyphen' || !NOT_A_PRODUCT.test(t.text));
}

/**
 * How many tokens from `at` continue a product name: versions, tiers and codes, and a capitalised
 * word only when a version follows it ("Seed 2.0") or it is glued by a hyphen ("-Speciale").
 */
/** Names carry at most this many parts after their head ("Gemini 3 Pro Deep Think"). */
const MAX_CONTINUATION = 4;

function continuation(
  tokens: readonly NameToken[],
  at: number,
  known: (t: NameToken) => boolean = () => false,
): number {
  let n = 0;
  for (let i = at; i < tokens.length && n < MAX_CONTINUATION; i++) {
    const t = tokens[i];
    if (t === undefined || t.join === 'other' || known(t)) break;
    const next = tokens[i + 1];
    const word = /^\p{Lu}\p{Ll}+$/u.test(t.text);
    // glued by a hyphen, a capitalised word may have inner capitals too: "HY-WorldPlay"
    const glued = /^\p{Lu}[\p{L}\p{N}]*\p{Ll}[\p{L}\p{N}]*$/u.test(t.text);
    // "GPT-5.4 nano", "o4 mini": a lower-case tier right after a version is part of the name
    const tierAfterVersion =
      LOWER_TIERS.has(t.text) && t.join === 'space' && i > at && isVersion(tokens[i - 1] ?? t);
    // "Llama 3 Large Language Models": "Large"/"Small" opening the kind's own phrase is no tier
    const opensKindPhrase =
      /^(?:large|small)$/iu.test(t.text) &&
      next !== undefined &&
      next.join === 'space' &&
      /^language$/iu.test(next.text);
    if (isVersion(t) || (isTier(t) && !opensKindPhrase) || isCode(t) || tierAfterVersion) n++;
    else if (glued && t.join === 'hyphen' && !COMPOUND_HEAD.test(t.text)) n++;
    else if (word && next !== undefined && next.join === 'space' && isVersion(next)) n++;
    else break;
  }
  return n;
}

/** A name found in text: the span, the kind, and what it is tied to. */
export interface ProductName {
  name: string;
  start: number;
  end: number;
  sentence: number;
  kind: EntityKind;
  developer?: string | undefined;
  family?: string | undefined;
  /** True when the shape alone makes it a product (variant, company code, kind word). */
  strong: boolean;
  /** The text as written, where it is a short form of `name` told earlier. */
  spelled?: string | undefined;
}

function slug(name: string): string {
  return name
    .toLowerCase()
    .replace(/[^a-z0-9]+/gu, '-')
    .replace(/^-+|-+$/gu, '');
}

/** The stable id of a discovered name: the same spelling always gives the same id. */
export function candidateId(name: string): string {
  return `candidate-${slug(name)}`;
}

function endsWithUnit(text: string, end: number): boolean {
  return UNIT_AFTER.test(text.slice(end, end + 16));
}

/** The kind a word beside the span gives it ("H30 chips", "Modell X"), or null. */
function kindWordBeside(text: string, start: number, end: number): EntityKind | null {
  const after = /^[\s-]*(?:ai |ki-)?([\p{L}-]+(?: model)?)/iu.exec(text.slice(end, end + 30))?.[1] ?? '';
  const before = /([\p{L}-]+)\s+(?:(?:namens|called|named|dubbed)\s+)?["„“']?$/u.exec(
    text.slice(Math.max(0, start - 40), start),
  )?.[1];
  const words = [
    after.replace(/^-/u, ''),
    after.split(/[\s-]/u)[0] ?? '',
    before ?? '',
    (before ?? '').split('-').pop() ?? '',
  ];
  if (words.some((w) => CHIP_WORD.test(w))) return 'chip';
  if (words.some((w) => MODEL_WORD.test(w))) return 'model';
  return null;
}

const chipMakerCache = new WeakMap<KnowledgeBase, Set<string>>();

/** Companies that make chips and no models in the knowledge base: their codes are chips. */
function chipOnlyMakers(kb: KnowledgeBase): Set<string> {
  const cached = chipMakerCache.get(kb);
  if (cached !== undefined) return cached;
  const chips = new Set<string>();
  const models = new Set<string>();
  for (const e of kb.entries) {
    if (e.developer === undefined) continue;
    (e.kind === 'chip' ? chips : models).add(e.developer);
  }
  const makers = new Set([...chips].filter((id) => !models.has(id)));
  chipMakerCache.set(kb, makers);
  return makers;
}

const aliasCache = new WeakMap<KnowledgeBase, Set<string>>();
const orgAliasCache = new WeakMap<KnowledgeBase, Map<string, string>>();

/** Lower-cased organization aliases to their ids ("deepseek" -> deepseek). */
function organizationByAlias(kb: KnowledgeBase): Map<string, string> {
  let map = orgAliasCache.get(kb);
  if (map === undefined) {
    map = new Map();
    for (const e of kb.entries)
      if (e.kind === 'organization') for (const a of e.aliases) map.set(a.toLowerCase(), e.id);
    orgAliasCache.set(kb, map);
  }
  return map;
}

/** Every alias of the knowledge base, lower-cased: the linker has already judged these spellings. */
function knownSpellings(kb: KnowledgeBase): Set<string> {
  let set = aliasCache.get(kb);
  if (set === undefined) {
    set = new Set(kb.entries.flatMap((e) => e.aliases.map((a) => a.toLowerCase())));
    aliasCache.set(kb, set);
  }
  return set;
}

interface Found extends ProductName {
  replaces?: Mention | undefined;
}

/** Variants of known models and chips, and codes glued to a known company. */
function fromKnownPrefix(
  s: Sentence,
  index: number,
  tokens: NameToken[],
  ms: Mention[],
  kb: KnowledgeBase,
): Found[] {
  const out: Found[] = [];
  const chipMakers = chipOnlyMakers(kb);
  for (const m of ms) {
    const at = tokens.findIndex((t) => t.start >= m.end - s.start);
    const first = tokens[at];
    if (first === undefined || !/^[ -]$/u.test(s.text.slice(m.end - s.start, first.start))) continue;
    const n = continuation(tokens, at, (t) =>
      ms.some((x) => x !== m && x.start - s.start < t.end && x.end - s.start > t.start),
    );
    if (n === 0) continue;
    const last = tokens[at + n - 1];
    if (last === undefined || endsWithUnit(s.text, last.end)) continue;
    const parts = tokens.slice(at, at + n);
    const org = m.entry.kind === 'organization';
    // a company needs a code after it ("DeepSeek-V4"), not just a tier ("Nvidia Ultra")
    if (org && !parts.some((t) => isCode(t))) continue;
    if (!org && parts.every((t) => !isVersion(t) && !isTier(t) && !isCode(t))) continue;
    const glued = org && parts[0]?.join === 'hyphen';
    const start = org && !glued ? (parts[0]?.start ?? 0) + s.start : m.start;
    const kind: EntityKind = org
      ? (kindWordBeside(s.text, start - s.start, last.end) ??
        kindOfShape(s.text.slice(start - s.start, last.end)) ??
        (chipMakers.has(m.entry.id) ? 'chip' : 'model'))
      : m.entry.kind;
    const name = s.text.slice(start - s.start, last.end);
    const family = org ? undefined : (longestKnownPrefix(name, kb) ?? m.entry);
    out.push({
      name,
      start,
      end: last.end + s.start,
      sentence: index,
      kind,
      developer: org ? m.entry.id : (family?.developer ?? m.entry.developer),
      family: family?.id,
      strong: true,
      replaces: org && !glued ? undefined : m,
    });
  }
  return out;
}

/**
 * The most specific known product a new name extends: "Phi-4-ultra" extends Phi-4, not Phi (the linker
 * leaves "Phi-4" unmatched before a variant word, so the mention found is the shorter one).
 */
function longestKnownPrefix(name: string, kb: KnowledgeBase): KbEntry | undefined {
  const words = name.toLowerCase().split(/[\s-]+/u);
  for (let n = words.length - 1; n > 0; n--) {
    const entry = productByAlias(kb).get(words.slice(0, n).join(' '));
    if (entry !== undefined) return entry;
  }
  return undefined;
}

/** A capitalised word, which may head a name before a version or code ("Devstral 2"). */
const CAPITALISED_WORD = /^\p{Lu}[\p{L}]+$/u;

/**
 * False for a token that is neither a capitalised word nor a code (see freeStanding): one that opens
 * with an ASCII lower-case letter not followed by a digit. Most tokens are such words, and ruling
 * them out by two character codes spares the regular expressions and the mention search.
 * product-name-cues.test.ts holds every {@link CODE} and {@link CAPITALISED_WORD} shape to it.
 */
function mayOpenName(t: NameToken): boolean {
  const first = t.text.charCodeAt(0);
  const second = t.text.charCodeAt(1);
  return first < 97 || first > 122 || (second >= 48 && second <= 57);
}

const opensName = (text: string): boolean => mayOpenName({ text, start: 0, end: text.length, join: 'space' });
const tokenTexts = (passage: string): string[] => tokensOf(passage).map((t) => t.text);
/**
 * The shapes that can head a free-standing name, each with mayOpenName: every token of either shape
 * must pass it, or freeStanding skips a name (product-name-cues.test.ts). Both are read on tokens.
 */
export const CUE_CHECKS: readonly CueCheck[] = Object.freeze([
  cueCheck('CODE', CODE, [opensName], { textsOf: tokenTexts }),
  cueCheck('CAPITALISED_WORD', CAPITALISED_WORD, [opensName], { textsOf: tokenTexts }),
]);

/** Free-standing code-like names with a kind word beside them or in an event verb's reach. */
function freeStanding(
  s: Sentence,
  index: number,
  tokens: NameToken[],
  ms: Mention[],
  kb: KnowledgeBase,
  aiText: boolean,
): Found[] {
  const spellings = knownSpellings(kb);
  const out: Found[] = [];
  const covered = (start: number, end: number): boolean =>
    ms.some((m) => m.start - s.start < end && m.end - s.start > start);
  for (let i = 0; i < tokens.length; i++) {
    const head = tokens[i];
    if (head === undefined || !mayOpenName(head) || covered(head.start, head.end)) continue;
    const next = tokens[i + 1];
    // "GPT-5.3-Codex", "Falcon-9 Mini", "Baichuan-M2", "Devstral 2": a capitalised word with a version or code
    const wordVersion =
      CAPITALISED_WORD.test(head.text) &&
      next !== undefined &&
      (next.join === 'hyphen' || next.join === 'space') &&
      (isVersion(next) ||
        isCode(next) ||
        (next.join === 'hyphen' && isTier(next) && BRAND_LIKE.test(head.text))) &&
      !NOT_A_PRODUCT.test(head.text) &&
      !CONSUMER_PRODUCT.test(head.text) &&
      !NOT_A_HEAD.test(head.text) &&
      !CHIP_WORD.test(head.text) &&
      !MODEL_WORD.test(head.text);
    if (!isCode(head) && !wordVersion) continue;
    const prev = tokens[i - 1];
    if (
      prev !== undefined &&
      head.join === 'hyphen' &&
      /^\p{Lu}/u.test(prev.text) &&
      !covered(prev.start, prev.end)
    )
      continue; // inside a longer capitalised name that starts earlier
    const n = 1 + continuation(tokens, i + 1);
    const last = tokens[i + n - 1];
    i += n - 1; // the run is judged once, whatever the verdict: rescanning it would cost O(n²)
    if (last === undefined || endsWithUnit(s.text, last.end) || covered(last.start, last.end)) continue;
    // a spelling of a known entity ("o1", "H800s") that the linker left out stays out
    const name = s.text.slice(head.start, last.end);
    if (isPlatformOfAvailability(s.text, head.start, last.end)) continue;
    if (spellings.has(name.toLowerCase()) || spellings.has(name.toLowerCase().replace(/s$/u, ''))) continue;
    const kindWord = kindWordBeside(s.text, head.start, last.end);
    const verbNear = EVENT_VERB.test(
      s.text.slice(Math.max(0, head.start - 40), Math.min(s.text.length, last.end + 40)),
    );
    // "DeepSeek-V4": a company's name as the head makes it the developer; "Hunyuan-T2" (a variant the
    // linker left to discovery) is a member of the family its head names
    const ownerId = organizationByAlias(kb).get(head.text.toLowerCase());
    // "Qwen4", "Trainium3": a known family's name with a version glued on is a member of that family
    const family =
      longestKnownPrefix(name, kb) ??
      productByAlias(kb).get(head.text.toLowerCase()) ??
      productByAlias(kb).get(head.text.replace(/\d[\d.]*[a-z]?$/iu, '').toLowerCase());
    const org = nearestOrganization(ms, head.start + s.start);
    const developer = ownerId ?? family?.developer ?? org?.entry.id;
    // a tracked company in the sentence, or a text about AI models and chips, makes it about AI as
    // much as a kind word does; either way an event verb must stand beside the name
    const member = family !== undefined && isCode(head);
    if (kindWord === null && !member && !(verbNear && (developer !== undefined || aiText))) continue;
    out.push({
      name,
      start: head.start + s.start,
      end: last.end + s.start,
      sentence: index,
      kind: kindWord ?? kindOfShape(name) ?? family?.kind ?? 'model',
      developer,
      family: family?.id,
      strong: kindWord !== null || member,
    });
  }
  return out;
}

/** A place where something is available: "in EC2", "on Vertex AI", "über die AWS-Cloud". */
const PLATFORM_SLOT_BEFORE =
  /(?<![\p{L}])(?:in|on|via|through|within|auf|über)\s+(?:(?:the|its|their|den|der|dem|die|seine[mnr]?|ihre[mnr]?)\s+)?$/iu;
const AVAILABLE_AFTER =
  /^\s*(?:\S+\s+){0,2}?(?:verfügbar|available|erhältlich|nutzbar|instances?|instanzen)(?![\p{L}])/iu;
const AVAILABLE_BEFORE = /(?:verfügbar|available|erhältlich|nutzbar)\s+(?:\S+\s+){0,1}?$/iu;

/**
 * "Trainium3 ist ab sofort in EC2 verfügbar", "now available in EC2 instances": a code after "in" or
 * "on" beside a word of availability names the service that offers a product, not a product.
 */
function isPlatformOfAvailability(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 40), start);
  const slot = PLATFORM_SLOT_BEFORE.exec(before);
  if (slot === null) return false;
  return (
    AVAILABLE_AFTER.test(text.slice(end, end + 40)) || AVAILABLE_BEFORE.test(before.slice(0, slot.index))
  );
}

/**
 * Unknown names in the object slot of an event verb or noun ("Meta delayed Behemoth", "the launch
 * of Operator"): capitalised runs of up to three words in English, brand-like words in German. Weak
 * (reported only when an event attaches to them) and only in texts about AI.
 */
function objectOfEvent(
  s: Sentence,
  index: number,
  tokens: NameToken[],
  ms: Mention[],
  lang: 'de' | 'en',
): Found[] {
  const out: Found[] = [];
  const covered = (start: number, end: number): boolean =>
    ms.some((m) => m.start - s.start < end && m.end - s.start > start);
  const slot = lang === 'en' ? EN_OBJECT_SLOT : DE_OBJECT_SLOT;
  const nameLike = (t: NameToken): boolean =>
    (lang === 'en' ? /^\p{Lu}[\p{L}\p{N}]*$/u : BRAND_LIKE).test(t.text) && !NOT_A_SLOT_NAME.test(t.text);
  const slotEnds = new Set<number>();
  const text = lang === 'de' ? s.text.toLowerCase() : s.text;
  slot.lastIndex = 0;
  for (let m = slot.exec(text); m !== null; m = slot.exec(text)) slotEnds.add(m.index + m[0].length);
  if (slotEnds.size === 0) return out;
  let objectEnd = -1; // end of the last object in a slot, so that a list after it goes on
  for (let i = 0; i < tokens.length; i++) {
    const head = tokens[i];
    if (head === undefined) continue;
    const inSlot =
      slotEnds.has(head.start) || (objectEnd >= 0 && LIST_GAP.test(s.text.slice(objectEnd, head.start)));
    if (!inSlot) continue;
    const cover = ms.find((m) => m.start - s.start < head.end && m.end - s.start > head.start);
    if (cover !== undefined) {
      objectEnd = cover.end - s.start;
      continue;
    }
    if (!nameLike(head)) continue;
    if (CONSUMER_PRODUCT.test(head.text) || NOT_A_HEAD.test(head.text)) continue;
    let n = 1;
    while (n < 3 && tokens[i + n]?.join === 'space' && nameLike(tokens[i + n] as NameToken)) n++;
    n += continuation(tokens, i + n);
    const last = tokens[i + n - 1];
    i += n - 1;
    if (
      last === undefined ||
      covered(last.start, last.end) ||
      /^'s\b|^\s*(?:inc|corp|ltd)\b/iu.test(s.text.slice(last.end))
    )
      continue;
    const name = s.text.slice(head.start, last.end);
    objectEnd = last.end;
    if (GENERIC_KIND_RUN.test(name)) continue;
    const org = nearestOrganization(ms, head.start + s.start);
    out.push({
      name,
      start: head.start + s.start,
      end: last.end + s.start,
      sentence: index,
      kind: 'model',
      developer: org?.entry.id,
      strong: false,
    });
  }
  return out;
}

/** Capitalised common words that name a kind of thing, not a product ("two Large Language Models"). */
const GENERIC_KIND_RUN =
  /^(?:(?:large|small|open|frontier|foundation|reasoning|multimodal|generative|language|vision|video|image|speech|new|ai)\s+)*(?:models?|llms?|chips?|accelerators?|agents?|processors?|gpus?)$/iu;

/** A list after the slot goes on: "delayed Orion, Strawberry and Sora" names three objects. */
const LIST_GAP = /^(?:,\s*|\s+(?:and|und|or|oder|sowie)\s+|,\s+(?:and|und|or|oder)\s+)$/u;

/** The company named closest before a position (else after it): the likeliest developer. */
function nearestOrganization(ms: readonly Mention[], at: number): Mention | undefined {
  const orgs = ms.filter((m) => m.entry.kind === 'organization');
  const before = orgs.filter((m) => m.end <= at);
  return before[before.length - 1] ?? orgs[0];
}

/**
 * Finds the unknown product names of a text (see the module comment). `mentions` are the linked
 * knowledge-base mentions; sentences in `skip` (ads) are ignored. Returns names in text order, at
 * most one per span; a later sentence that repeats a found spelling yields a mention there too.
 */
export function findProductNames(
  sentences: readonly Sentence[],
  skip: ReadonlySet<number>,
  mentions: readonly Mention[],
  kb: KnowledgeBase,
  lang?: 'de' | 'en',
): (ProductName & { replaces?: Mention | undefined })[] {
  const found: Found[] = [];
  const aiText = sentences.some((s, i) => !skip.has(i) && AI_CONTEXT.test(s.text));
  const bySentence = mentionsBySentence(mentions);
  sentences.forEach((s, index) => {
    if (skip.has(index)) return;
    const ms = bySentence.get(index) ?? [];
    const tokens = tokensOf(s.text);
    const known = [...fromKnownPrefix(s, index, tokens, ms, kb), ...versionsOfFamilies(s, index, ms, kb)];
    const covering = [
      ...ms.filter((m) => !known.some((k) => k.replaces === m)),
      ...mapPacked(known, asMention),
    ];
    const free = freeStanding(s, index, tokens, covering, kb, aiText);
    const cued = aiText
      ? findCuedNames(s, index, [...covering, ...mapPacked(free, asMention)], kb, lang)
      : [];
    found.push(...known, ...free, ...cued);
    if (aiText && lang !== undefined)
      found.push(
        ...objectOfEvent(
          s,
          index,
          tokens,
          [...covering, ...mapPacked(free, asMention), ...mapPacked(cued, asMention)],
          lang,
        ),
      );
  });
  const products = found.filter((f) => !namesAPerson(f, sentences));
  return asShortForms([...products, ...repeats(sentences, skip, products, mentions)]).sort(
    (a, b) => a.start - b.start,
  );
}

/**
 * The names with each later short form of a longer name told first in the text ("Doubao Seed 2.1 ...
 * Seed 2.1 matches GPT-5.5") named as the longer one: a writer who has given the full name shortens it,
 * and two candidates for one model would split its events. The short form keeps its own spelling.
 */
function asShortForms<T extends ProductName>(names: readonly T[]): T[] {
  const firstAt = new Map<string, T>();
  for (const n of names) {
    const seen = firstAt.get(n.name);
    if (seen === undefined || n.start < seen.start) firstAt.set(n.name, n);
  }
  const firsts = [...firstAt.values()];
  return names.map((n) => {
    if (!/\d/u.test(n.name)) return n;
    const longer = firsts.find(
      (g) => g.kind === n.kind && g.start < n.start && g.name.endsWith(` ${n.name}`),
    );
    if (longer === undefined) return n;
    return {
      ...n,
      name: longer.name,
      spelled: n.spelled ?? n.name,
      developer: longer.developer,
      family: longer.family,
    };
  });
}

/** A discovered name right after a title or office ("Secretary Mary Smith") names a person. */
function namesAPerson(f: Found, sentences: readonly Sentence[]): boolean {
  const s = sentences[f.sentence];
  // a name with a number is a product's ("the AI analyst Zephyr Q7"), whatever stands before it
  if (s === undefined || /\d/u.test(f.name)) return false;
  const at = f.start - s.start;
  return PERSON_TITLE_BEFORE.test(s.text.slice(Math.max(0, at - 60), at));
}

function asMention(f: Found): Mention {
  return {
    entry: { id: candidateId(f.name), kind: f.kind, name: f.name, aliases: [f.name] },
    text: f.name,
    start: f.start,
    end: f.end,
    sentence: f.sentence,
  };
}

/** Later plain occurrences of a discovered spelling ("Hy3 Preview ... Hy3 Preview scores"). */
function repeats(
  sentences: readonly Sentence[],
  skip: ReadonlySet<number>,
  found: readonly Found[],
  mentions: readonly Mention[],
): Found[] {
  const out: Found[] = [];
  const taken = (start: number, end: number): boolean =>
    found.some((f) => f.start < end && f.end > start) || out.some((f) => f.start < end && f.end > start);
  const byName = new Map(found.map((f) => [f.name, f]));
  for (const [name, f] of byName) {
    sentences.forEach((s, index) => {
      if (skip.has(index)) return;
      for (let at = s.text.indexOf(name); at >= 0; at = s.text.indexOf(name, at + 1)) {
        const start = s.start + at;
        const end = start + name.length;
        if (
          /[\p{L}\p{N}]/u.test(s.text[at + name.length] ?? '') ||
          /[\p{L}\p{N}]/u.test(s.text[at - 1] ?? '')
        )
          continue;
        if (taken(start, end)) continue;
        const replaces = mentions.find((m) => m.start >= start && m.end <= end);
        out.push({ ...f, start, end, sentence: index, replaces });
      }
    });
  }
  return out;
}

/** The synthetic knowledge-base entry of a discovered name, so extractors can treat it as curated. */
export function candidateEntry(p: ProductName): KbEntry {
  const entry: KbEntry = { id: candidateId(p.name), kind: p.kind, name: p.name, aliases: [p.name] };
  if (p.developer !== undefined) entry.developer = p.developer;
  if (p.family !== undefined) entry.family = p.family;
  return entry;
}
