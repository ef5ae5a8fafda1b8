/**
 * Entity linking in context. The gazetteer (match-aliases.ts) proposes mentions; this step decides
 * which ones name a tracked entity. Ambiguous aliases need support: "R2" is DeepSeek-R2 only when
 * DeepSeek or another DeepSeek model is named in the text (not Cloudflare R2 storage), "Ascend" is
 * Huawei's chip only with Huawei or a chip word nearby (not the verb, not Ascend Wellness), "H20" is
 * Nvidia's chip, not water. A known name followed by a hyphenated variant ("Qwen3-VL") is a different,
 * unknown model and is left to discovery.
 */
import { PERSON_TITLE_BEFORE } from './lexicon/not-names.js';
import { makerCodes } from './maker-codes.js';
import { withKnownVersions } from './version-of-family.js';
import type { KbEntry, KnowledgeBase } from './knowledge-base.js';
import { matchAliases, type AliasMatch } from './match-aliases.js';
import type { Sentence } from './sentences.js';
import type { EntityKind } from './types.js';

/** A linked mention of a knowledge-base entity. */
export interface Mention {
  entry: KbEntry;
  /** The surface text. */
  text: string;
  start: number;
  end: number;
  /** Index into the sentence list. */
  sentence: number;
}

/**
 * The mentions of each sentence, in their order in `mentions`. Stages that read a text sentence by
 * sentence look them up here: filtering the whole list for every sentence grows with the square of a
 * text's length.
 */
export function mentionsBySentence<M extends { sentence: number }>(mentions: readonly M[]): Map<number, M[]> {
  const out = new Map<number, M[]>();
  for (const m of mentions) {
    const list = out.get(m.sentence);
    if (list === undefined) out.set(m.sentence, [m]);
    else list.push(m);
  }
  return out;
}

const KIND_CUES: Record<EntityKind, RegExp> = {
  model:
    /\b(modell|model|ki|ai|llm|chatbot|reasoning|sprachmodell|open[- ]source|open[- ]weight|parameter|benchmark|assistent|assistant|training|trainiert)/iu,
  chip: /\b(chip|gpu|beschleuniger|ausfuhr|accelerator|prozessor|processor|halbleiter|semiconductor|grafikkarte|rechenzentr|data ?cent|export|inferenz|inference|training|superpod|cluster|supercomput)/iu,
  organization:
    /\b(ki|ai|konzern|unternehmen|company|firm|start-?up|chatbot|modell|model|llm|tech|aktie|shares|stock|per share|share price|market close|börse|chip|zuckerberg|facebook|instagram|musk|tpu|gpu|prozessor|processor|processing units|rechenzentr|data ?cent)/iu,
};

/**
 * Words of export rules that tell a chip ("Washington banned H20 sales", "Lizenzen für den H20"), read only
 * when the name stands alone (see {@link standsAlone}): they are common around people and places too.
 */
const EXPORT_RULE_CUE =
  /\b(?:embargo|sanktion|sanction|licen[cs]|lizenz|ban(?:s|ned)?(?!\p{L})|verbot|verbiet|handelsministerium|commerce department)/iu;
/** An institution's noun after a name: "the Rubin Museum", "Blackwell Foundation". */
const INSTITUTION_AFTER =
  /^[ \t]+(?:Museum|Foundation|Institute|University|College|School|Center|Centre|Hall|Award|Prize|Street|Avenue|Capital|Partners|Group|Fund|Library|Gallery|Stiftung|Institut|Universität)\b/u;

/** A possessive before a product's own event or part ("Blackwell's launch", "R2's successor"): the product sense. */
const PRODUCT_POSSESSIVE =
  /^['’]s\s+(?:\S+\s+)?(?:launch|release|rollout|roll-out|debut|shipments?|successor|predecessor|architecture|tape-?out|mass production)\b/iu;

/** ... or its production or shipping before it ("die Massenproduktion von Blackwell", "shipments of Rubin"). */
const PRODUCT_OF_BEFORE =
  /(?:(?:massen|serien)?produktion|fertigung|auslieferung(?:en)?|mass production|production|shipments?|deliveries|tape-?out)\s+(?:von|des|der|of)\s+(?:the\s+)?$/iu;

/** Hyphenated continuations that make a different product, not a compound ("Qwen3-VL", "V3-0324"). */
const VARIANT_WORDS = new Set(
  (
    'max plus pro mini turbo coder exp thinking instruct preview flash lite air ultra omni vl base chat ' +
    'math prover vision audio nano small medium large next distill'
  ).split(' '),
);
const NOT_VARIANT = new Set(
  'ceo cfo cto ki ai gpu gpus cpu api usa us ipo etf llm npu sdk hpc eu dpa afp fp8 bf16'.split(' '),
);

function isVariantSuffix(match: AliasMatch): boolean {
  const next = match.hyphenNext;
  if (next === null) return false;
  if (NOT_VARIANT.has(next.lower)) return false;
  if (next.isDigit) return true;
  if (VARIANT_WORDS.has(next.lower)) return true;
  return /^\p{Lu}{1,4}$/u.test(next.text);
}

function sentenceIndexAt(sentences: readonly Sentence[], offset: number): number {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((sentences[mid]?.start ?? 0) <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

function containsWord(haystackLower: string, word: string): boolean {
  let from = 0;
  for (;;) {
    const at = haystackLower.indexOf(word, from);
    if (at < 0) return false;
    const before = haystackLower[at - 1];
    const after = haystackLower[at + word.length];
    const isBoundary = (c: string | undefined): boolean => c === undefined || !/[\p{L}\p{N}]/u.test(c);
    if (isBoundary(before) && isBoundary(after)) return true;
    from = at + 1;
  }
}

/** Ids that an unambiguous mention of `entry` lends support to: itself, its developer and family. */
function supportIds(entry: KbEntry, kb: KnowledgeBase): string[] {
  const ids = [entry.id];
  if (entry.developer !== undefined) ids.push(entry.developer);
  if (entry.family !== undefined) {
    ids.push(entry.family);
    const family = kb.byId.get(entry.family);
    if (family?.family !== undefined) ids.push(family.family);
  }
  return ids;
}

const productsCache = new WeakMap<KnowledgeBase, Map<string, string[]>>();

/** Ids of the entries each organization develops, computed once per knowledge base. */
function productsOf(kb: KnowledgeBase): Map<string, string[]> {
  let products = productsCache.get(kb);
  if (!products) {
    products = new Map();
    for (const e of kb.entries) {
      if (e.developer === undefined) continue;
      const list = products.get(e.developer) ?? [];
      list.push(e.id);
      products.set(e.developer, list);
    }
    productsCache.set(kb, products);
  }
  return products;
}

function isSupported(entry: KbEntry, support: ReadonlySet<string>, kb: KnowledgeBase): boolean {
  if (support.has(entry.id)) return true;
  if (entry.developer !== undefined && support.has(entry.developer)) return true;
  if (entry.family !== undefined && support.has(entry.family)) return true;
  // an organization is supported by any of its products being named
  if (entry.kind === 'organization')
    return (productsOf(kb).get(entry.id) ?? []).some((id) => support.has(id));
  return false;
}

/**
 * Ambiguous entries that another ambiguous match in the text confirms as developer and product of
 * each other ("Meta" and "Llama", "Microsoft" and "Maia"): two unlikely readings that agree are
 * the likely one. An entry never confirms itself.
 */
function mutualSupport(matches: readonly AliasMatch[]): Set<string> {
  const ambiguous = [
    ...new Map(matches.filter((m) => m.ambiguous).map((m) => [m.entry.id, m.entry])).values(),
  ];
  const out = new Set<string>();
  for (const a of ambiguous)
    for (const b of ambiguous)
      if (a !== b && (a.developer === b.id || (a.family !== undefined && a.family === b.id))) {
        out.add(a.id);
        out.add(b.id);
      }
  return out;
}

/**
 * An organization the knowledge base links only as a maker, never as a buyer (its exclusions name
 * customers: Microsoft, Amazon, Apple): a list of customers does not confirm it.
 */
function namedAsCustomer(entry: KbEntry): boolean {
  return (entry.exclude ?? []).some((w) => w === 'customers' || w === 'kunden');
}

/** What stands between two names of one list: a comma, "und", "and", "sowie", "&", "or". */
const LIST_JOIN = /^\s*(?:,\s*(?:(?:and|und)\s+)?|(?:and|und|sowie|or|oder|&)\s+)$/u;

/**
 * Organizations named in one list with another organization of the knowledge base ("Kunden wie Meta,
 * Alphabet und Tencent", "Nvidia, AMD and Meta"): a list of companies reads every member as a
 * company, where one ambiguous name alone ("Meta" as a prefix) needs context.
 */
function listedOrganizations(text: string, matches: readonly AliasMatch[]): Set<string> {
  const orgs = matches
    .filter((m) => m.entry.kind === 'organization' && !namedAsCustomer(m.entry))
    .sort((a, b) => a.start - b.start);
  const out = new Set<string>();
  for (let i = 1; i < orgs.length; i++) {
    const a = orgs[i - 1];
    const b = orgs[i];
    if (a === undefined || b === undefined || a.entry.id === b.entry.id || a.end > b.start) continue;
    if (!LIST_JOIN.test(text.slice(a.end, b.start))) continue;
    out.add(a.entry.id);
    out.add(b.entry.id);
  }
  return out;
}

/** A capitalised word right before a name, in its sentence ("Jane Blackwell", "Sängerin Blackwell"). */
const CAPITALISED_BEFORE = /(?:^|[^.!?:;\n])[ \t]\p{Lu}[\p{L}'’.-]*[ \t]+$/u;
/** A capitalised word right after it ("Claude Dubois"), not a kind noun or a verb. */
const CAPITALISED_AFTER = /^[ \t]+\p{Lu}\p{Ll}+(?![\p{L}-])/u;

/**
 * Whether a mention stands inside a longer proper name or after a title or profession: such a name is a
 * person's or a place's, whatever the text says elsewhere. Only the one-sense-per-text rule asks.
 */
function partOfProperName(text: string, m: Mention): boolean {
  const before = text.slice(Math.max(0, m.start - 40), m.start);
  return (
    PERSON_TITLE_BEFORE.test(before) ||
    CAPITALISED_BEFORE.test(before) ||
    CAPITALISED_AFTER.test(text.slice(m.end, m.end + 30))
  );
}

/**
 * Whether a name stands by itself, not as part of a person's or an institution's name ("Senator Rubin",
 * "Jane Blackwell", "the Rubin Museum"): a capitalised word before it must be a company named right
 * before ("Nvidia's H20", "Nvidia H20").
 */
function standsAlone(text: string, m: AliasMatch, matches: readonly AliasMatch[]): boolean {
  const before = text.slice(Math.max(0, m.start - 40), m.start);
  if (PERSON_TITLE_BEFORE.test(before) || INSTITUTION_AFTER.test(text.slice(m.end, m.end + 30))) return false;
  return (
    !CAPITALISED_BEFORE.test(before) ||
    matches.some(
      (o) => o.entry.kind === 'organization' && /^(?:['’]s)?[ \t]+$/u.test(text.slice(o.end, m.start)),
    )
  );
}

/**
 * Links the alias matches of `text` (already normalised) to knowledge-base entries and returns the
 * accepted mentions in text order. `sentences` must come from the same text.
 */
export function linkEntities(text: string, sentences: readonly Sentence[], kb: KnowledgeBase): Mention[] {
  const matches = matchAliases(text, kb).filter((m) => !isVariantSuffix(m));
  const lowerText = text.toLowerCase();
  const support = new Set<string>();
  for (const m of matches) if (!m.ambiguous) for (const id of supportIds(m.entry, kb)) support.add(id);
  const mutual = mutualSupport(matches);
  // a list confirms its members only in a text that names a tracked entity plainly somewhere
  const listed = support.size > 0 ? listedOrganizations(text, matches) : new Set<string>();

  const accepted: Mention[] = [];
  /** Ambiguous entries their context confirmed somewhere in the text, and the mentions still waiting for that. */
  const confirmed = new Set<string>();
  const unconfirmed: Mention[] = [];
  for (const m of matches) {
    const sentence = sentenceIndexAt(sentences, m.start);
    const mention: Mention = {
      entry: m.entry,
      text: text.slice(m.start, m.end),
      start: m.start,
      end: m.end,
      sentence,
    };
    if (!m.ambiguous) {
      accepted.push(mention);
      continue;
    }
    const sentenceLower = (sentences[sentence]?.text ?? '').toLowerCase();
    const excludes = m.entry.exclude ?? [];
    if (excludes.some((w) => containsWord(sentenceLower, w))) continue;
    if (isSupported(m.entry, support, kb) || mutual.has(m.entry.id) || listed.has(m.entry.id)) {
      accepted.push(mention);
      continue;
    }
    const vetoedInText = excludes.some((w) => containsWord(lowerText, w));
    const compoundHead = m.hyphenNext?.text ?? '';
    const cue = KIND_CUES[m.entry.kind];
    const possessive =
      m.entry.kind !== 'organization' && PRODUCT_POSSESSIVE.test(text.slice(m.end, m.end + 40));
    // "die Massenproduktion von Blackwell" after a sentence about AI processors: the production of a
    // chip, where "the production of Rubin's latest album" has no chip word around it
    const producedChip =
      m.entry.kind === 'chip' &&
      PRODUCT_OF_BEFORE.test(text.slice(Math.max(0, m.start - 40), m.start)) &&
      [sentence - 1, sentence + 1].some(
        (i) =>
          sentences[i]?.paragraph === sentences[sentence]?.paragraph &&
          cue.test((sentences[i]?.text ?? '').toLowerCase()),
      );
    const ruled =
      m.entry.kind === 'chip' && EXPORT_RULE_CUE.test(sentenceLower) && standsAlone(text, m, matches);
    if (
      !vetoedInText &&
      (cue.test(compoundHead) || cue.test(sentenceLower) || possessive || producedChip || ruled)
    ) {
      accepted.push(mention);
      confirmed.add(m.entry.id);
    } else if (!vetoedInText) unconfirmed.push(mention);
  }
  // one sense per text: "Blackwell slipped to Q2 2025" after "Nvidia's Blackwell chips" names the same chip
  // (not a name inside a longer proper name or after a title: "author Jane Blackwell", "Claude Dubois")
  for (const mention of unconfirmed)
    if (confirmed.has(mention.entry.id) && !partOfProperName(text, mention)) accepted.push(mention);
  const linked = [
    ...withKnownVersions(text, accepted, kb),
    ...ellipticalMentions(text, sentences, kb, accepted),
  ];
  const makers = new Set(linked.filter((m) => m.entry.kind === 'organization').map((m) => m.entry.id));
  const coded = makerCodes(text, kb, makers, linked).map((c) =>
    mentionAt(text, sentences, c.entry, c.start, c.end),
  );
  return [...linked, ...coded].sort((a, b) => a.start - b.start);
}

/** ", 690", " und 960", " and 690": a bare code coordinated right after a named code. */
const ELLIPTICAL_CODE =
  /^(?:\s*,\s*|\s*\/\s*|\s+(?:and|und|&|or|oder|sowie|bzw\.?)\s+)(\d{2,4}[a-z]{0,3})\b/iu;
/** The family part and the code of a name that ends in a number ("Siyuan 590" -> "Siyuan ", "590"). */
const TRAILING_CODE = /^(.*?[\s-])(\d{2,4}[a-z]{0,3})$/iu;

/** A code coordinated after a named product: the name it makes with the product's line, and its span. */
export interface CoordinatedCode {
  name: string;
  start: number;
  end: number;
}

/**
 * "Siyuan 590 and 690": the codes coordinated right after a model or chip mention, each with the
 * name the mention's line and the code make ("Siyuan 690"). `text` is what the mention's offsets
 * refer to, beginning at `offset`.
 */
export function coordinatedCodes(m: Mention, text: string, offset = 0): CoordinatedCode[] {
  const prefix = m.entry.kind === 'organization' ? undefined : TRAILING_CODE.exec(m.text)?.[1];
  if (prefix === undefined) return [];
  const out: CoordinatedCode[] = [];
  let at = m.end - offset;
  for (
    let next = ELLIPTICAL_CODE.exec(text.slice(at));
    next?.[1] !== undefined;
    next = ELLIPTICAL_CODE.exec(text.slice(at))
  ) {
    const start = offset + at + next[0].length - next[1].length;
    at += next[0].length;
    out.push({ name: `${prefix}${next[1]}`, start, end: offset + at });
  }
  return out;
}

/**
 * "Siyuan 590 and 690", "Ascend 950, 960 und 970": the codes coordinated after a named model or chip
 * name products of the same line; each becomes a mention when the knowledge base knows the name
 * the family part and the code make ("Siyuan 690").
 */
function ellipticalMentions(
  text: string,
  sentences: readonly Sentence[],
  kb: KnowledgeBase,
  accepted: readonly Mention[],
): Mention[] {
  const out: Mention[] = [];
  const taken = new Set(accepted.map((m) => m.start));
  for (const m of accepted)
    for (const code of coordinatedCodes(m, text)) {
      const entry = entryNamed(kb, code.name, m.entry.kind);
      if (entry === undefined || taken.has(code.start)) continue;
      out.push(mentionAt(text, sentences, entry, code.start, code.end));
    }
  return out;
}

/** The mention of `entry` at `start`..`end` of `text`, with the sentence it stands in. */
function mentionAt(
  text: string,
  sentences: readonly Sentence[],
  entry: KbEntry,
  start: number,
  end: number,
): Mention {
  return { entry, text: text.slice(start, end), start, end, sentence: sentenceIndexAt(sentences, start) };
}

/** The entry of a kind one of whose aliases is `name` (case ignored), if any. */
function entryNamed(kb: KnowledgeBase, name: string, kind: EntityKind): KbEntry | undefined {
  const wanted = name.toLowerCase();
  return kb.entries.find((e) => e.kind === kind && e.aliases.some((a) => a.toLowerCase() === wanted));
}
