/**
 * A version named through its family: "die Version 1.6 des Doubao-Modells", "version 3 of the Gemma
 * family". The text names no "Doubao 1.6", but that is the product it reports. The linker gives the
 * span to the version when the knowledge base knows it; otherwise product-name discovery makes it a
 * new name of that family (a candidate, as for any name the knowledge base does not know).
 */
import type { KbEntry, KnowledgeBase } from './knowledge-base.js';
import type { Mention } from './link-entities.js';
import { mapPacked } from './packed.js';
import type { ProductName } from './product-names.js';
import type { Sentence } from './sentences.js';

/**
 * "Version 1.6 des", "version 3 of the", "Version 4.0 seines beliebten Chatbots „", up to the family's
 * mention: a determiner or possessive, then at most three words (an adjective, a kind noun), a quote.
 */
const VERSION_OF =
  /\b[Vv]ersion\s+(\d{1,3}(?:\.\d{1,2})?)\s+(?:(?:des|der|von|vom|of)\s+(?:(?:the|its|their)\s+(?:\p{Ll}[\p{L}-]*\s+){0,2})?|(?:seine[sr]?|ihre[sr]?)\s+(?:\p{Ll}[\p{L}-]*\s+){0,2}(?:[\p{L}-]*(?:[Cc]hatbots?|[Mm]odells?|[Ss]prachmodells?|[Aa]ssistenten|[Ff]amilie|[Ss]erie|[Rr]eihe|[Cc]hips?|[Pp]rozessors?|[Bb]eschleunigers?)\s+)?)["'„“‚‘]?$/u;
/** What may follow the family's name inside the phrase: "-Modells", " family", " series". */
const FAMILY_TAIL =
  /^(?:[-\u2010\u2011](?:modells?|models?|reihe|familie|chips?)|\s+(?:family|series|model|models|line))?/iu;

/** What may follow a family name that ends the phrase: punctuation, or a verb ("... of Gemma was released"). */
const PHRASE_END =
  /^(?:["'“”‘’]|\s*[.,;:!?)]|\s*$|\s+(?:is|was|were|has|had|will|came|comes|arrived|wurde|wird|ist|war|erschien|erscheint|kam|kommt)\b)/u;

/** The version phrase around a family mention: the version's name and the phrase's span in `text`. */
export interface VersionPhrase {
  name: string;
  start: number;
  end: number;
}

/**
 * The version phrase around mention `m` of `text` (offsets into `text`), if `m` is a model or chip
 * family (an entry without a family of its own) that such a phrase names.
 */
export function versionPhraseAt(text: string, m: Mention): VersionPhrase | undefined {
  if (m.entry.kind === 'organization' || m.entry.family !== undefined) return undefined;
  const head = VERSION_OF.exec(text.slice(Math.max(0, m.start - 40), m.start));
  if (head?.[1] === undefined) return undefined;
  const after = text.slice(m.end);
  const tail = FAMILY_TAIL.exec(after)?.[0] ?? '';
  // "version 2 of the ChatGPT integration", "version 1.5 of the Gemini API": a version of something else
  if (tail === '' && !PHRASE_END.test(after)) return undefined;
  return { name: `${m.entry.name} ${head[1]}`, start: m.start - head[0].length, end: m.end + tail.length };
}

const byAliasCache = new WeakMap<KnowledgeBase, Map<string, KbEntry>>();

/** The model or chip the knowledge base lists under `name` (any alias, any case), if any. */
export function productNamed(kb: KnowledgeBase, name: string): KbEntry | undefined {
  let map = byAliasCache.get(kb);
  if (map === undefined) {
    map = new Map();
    for (const e of kb.entries)
      if (e.kind !== 'organization') for (const a of e.aliases) map.set(a.toLowerCase(), e);
    byAliasCache.set(kb, map);
  }
  return map.get(name.toLowerCase());
}

/** Mentions of known versions named through their family replace the family's mention. */
export function withKnownVersions(text: string, mentions: readonly Mention[], kb: KnowledgeBase): Mention[] {
  return mapPacked(mentions, (m) => {
    const phrase = versionPhraseAt(text, m);
    const entry = phrase === undefined ? undefined : productNamed(kb, phrase.name);
    return phrase === undefined || entry === undefined
      ? m
      : { ...m, entry, text: text.slice(phrase.start, phrase.end), start: phrase.start, end: phrase.end };
  });
}

/** A family version phrase over a linked family mention, with the mention it replaces. */
export interface FamilyVersion extends ProductName {
  replaces: Mention;
}

/**
 * The versions the knowledge base does not know that sentence `s` names through their family.
 * `mentions` are the sentence's linked mentions (offsets into the whole text).
 */
export function versionsOfFamilies(
  s: Sentence,
  index: number,
  mentions: readonly Mention[],
  kb: KnowledgeBase,
): FamilyVersion[] {
  const out: FamilyVersion[] = [];
  for (const m of mentions) {
    const local = { ...m, start: m.start - s.start, end: m.end - s.start };
    const phrase = versionPhraseAt(s.text, local);
    if (phrase === undefined || productNamed(kb, phrase.name) !== undefined) continue;
    out.push({
      name: phrase.name,
      start: s.start + phrase.start,
      end: s.start + phrase.end,
      sentence: index,
      kind: m.entry.kind,
      developer: m.entry.developer,
      family: m.entry.id,
      strong: true,
      replaces: m,
    });
  }
  return out;
}

/**
 * "Gemma 2" beside "Gemma", "Qwen 3.5" beside "Qwen": a member named by its family and a version number
 * is a launch of its own, and so is a point version ("Llama 3.1" beside "Llama 3"): the labelling rule
 * folds one launch of variants such as "Scout" or "-120b" into the family, not versions. A parameter
 * count ("Llama 3.1 405B") names a variant.
 */
export function isNewVersionOf(member: string, family: string): boolean {
  return (
    member.toLowerCase().startsWith(family.toLowerCase()) &&
    /^(?:[\s-]?\d+|\.\d+)(?:\.\d+)*(?![\d.]*\s*[bmk]\b)/iu.test(member.slice(family.length))
  );
}
