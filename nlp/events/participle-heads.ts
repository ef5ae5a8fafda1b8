/**
 * Launch participles that belong to another noun: "a bill introduced on Thursday", "ein am Donnerstag
 * vorgestellter Gesetzentwurf". The thing introduced is the bill, not the chip the sentence goes on to
 * name, so such a trigger makes no release.
 */
import type { Trigger } from './find-triggers.js';
import type { SentenceContext } from './sentence-context.js';

/** English: a determiner, up to two modifiers and the head noun right before a past participle. */
const HEAD_BEFORE = /\b(?:a|an|the|this|that|its|their|his|her)\s+(?:[\p{L}-]+\s+){0,2}?([\p{L}-]+)\s+$/u;
/**
 * ... followed by a time or place adjunct rather than an object: "introduced on Thursday", or by the
 * product it came with: "the structure introduced with Gemini 1.5".
 */
const ADJUNCT_AFTER =
  /^\s+(?:on|in|at|by|during|last|this|earlier|yesterday|today|recently|late|early|alongside|together|with)\b/u;
/** German: an inflected participle ("vorgestellter", "veröffentlichten") before a capitalised noun. */
const INFLECTED_PARTICIPLE = /t(?:e|er|es|en|em)$/u;
const NOUN_AFTER = /^\s+(\p{Lu}[\p{L}\u2010\u2011-]*)/u;
/** An article or possessive up to three words before the participle opens its noun phrase. */
const ARTICLE_BEFORE =
  /\b(?:ein\w*|der|die|das|den|dem|des|sein\w*|ihr\w*|unser\w*|dies\w*)\s+(?:\S+\s+){0,3}$/u;
/** Time words after a past-tense verb ("veröffentlichte Anfang April") are no head noun. */
const TIME_NOUN =
  /^(?:anfang|mitte|ende|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|januar|februar|märz|april|mai|juni|juli|august|september|oktober|november|dezember|heute|gestern)$/u;
/**
 * Heads, or compound tails ("Modellreihe"), that name the product or who launched it: with them the
 * participle is the launch itself.
 */
const PRODUCT_OR_AGENT =
  /(?:(?:\p{L}+-)?(?:model|modell|modelle|models|chip|chips|gpus?|prozessor\w*|processors?|accelerators?|beschleuniger\w*|grafikkarten?|system|systeme?|systems|version|versionen|variante\w*|variants?|llm|llms|sprachmodell\w*|famil\w*|reihe|serie|series|generation|lineup|agent\w*|assistent\w*|assistants?|chatbots?|updates?|upgrades?|iteration\w*|nachfolger|successor|company|firm|group|startup|start-up|giant|maker|chipmaker|lab|team|developer|vendor|unternehmen|konzern|firma|hersteller|entwickler|startups?))$/u;
/** Auxiliaries: what stands before the participle is a passive or perfect, not a head noun. */
const AUXILIARY = /^(?:is|are|was|were|be|been|being|has|have|had|got|gets|get)$/u;
/** Verb forms that are past participles in English ("introduced", "shown"). */
const ENGLISH_PARTICIPLE = /(?:ed|wn|en)$/u;

/** Whether the launch trigger `t` is a participle that modifies a noun other than a product. */
export function modifiesOtherNoun(sc: SentenceContext, t: Trigger): boolean {
  const word = wordAt(sc.lower, t.start, t.end);
  const startsMention = (from: number): boolean => sc.local.some((m) => m.start <= from && from < m.end);
  if (INFLECTED_PARTICIPLE.test(word.text)) {
    // "Meta veröffentlichte Anfang April Llama 4" is a past tense, not an attribute: an attribute
    // stands in a noun phrase opened by an article ("ein am Donnerstag vorgestellter Entwurf")
    if (!ARTICLE_BEFORE.test(sc.lower.slice(Math.max(0, t.start - 60), t.start))) return false;
    const noun = NOUN_AFTER.exec(sc.text.slice(word.end));
    if (noun?.[1] === undefined || TIME_NOUN.test(noun[1].toLowerCase())) return false;
    const at = word.end + noun[0].length - noun[1].length;
    const head =
      noun[1]
        .toLowerCase()
        .split(/[-\u2010\u2011]/u)
        .pop() ?? '';
    return !PRODUCT_OR_AGENT.test(head) && !startsMention(at);
  }
  if (!ENGLISH_PARTICIPLE.test(word.text) || !ADJUNCT_AFTER.test(sc.lower.slice(word.end))) return false;
  const head = HEAD_BEFORE.exec(sc.lower.slice(Math.max(0, t.start - 60), t.start));
  // "The chip was launched on Monday": a passive, not a participle after its noun
  if (head?.[1] === undefined || AUXILIARY.test(head[1])) return false;
  const headStart = t.start - head[0].length + head[0].lastIndexOf(head[1]);
  return !PRODUCT_OR_AGENT.test(head[1]) && !startsMention(headStart);
}

/** The whole word a trigger starts in, extended over the letters right after it. */
function wordAt(lower: string, start: number, end: number): { text: string; end: number } {
  const rest = /^\p{L}*/u.exec(lower.slice(end))?.[0] ?? '';
  return { text: lower.slice(start, end + rest.length), end: end + rest.length };
}
