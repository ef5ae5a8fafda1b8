/**
 * Subject resolution across sentences: when a trigger's sentence names no subject of its own, a
 * definite event noun ("Die Verzögerung ...") refers to the event already reported, and a pronoun or
 * anaphor ("Das Modell ...", "It was released ...") carries the previous sentence's topic over.
 */
import {
  ANAPHOR,
  COMPARISON_BEFORE,
  DESCRIBED_PRODUCT,
  EVENT_NOUN_START,
  GENERIC_PRODUCT,
  INDEFINITE_PRODUCT,
  NAMING_AFTER,
  NAMING_BEFORE,
} from '../event-cues.js';
import type { Mention } from '../link-entities.js';
import { mapPacked } from '../packed.js';
import type { EntityKind, EventType, FoundEvent } from '../types.js';
import type { DiscourseState } from './discourse-state.js';
import { withoutInstruments } from './topic-chain.js';
import { firstAtOrAfter } from './document-facts.js';
import type { Trigger } from './find-triggers.js';
import { isAttributive } from './hedging.js';
import { pickSubjects, type LocalMention } from './pick-subjects.js';
import { kindNamedBy } from './topic-chain.js';
import type { SentenceContext } from './sentence-context.js';

const ANAPHORIC_NOUN =
  /^(verzögerung|verschiebung|delay|launch|release|veröffentlichung|markteinführung|cancellation|absage|exportverbot|ban)$/u;
const DEFINITE_BEFORE = /\b(die|diese|der|dieser|the|this|that|such|solche\w*)\s+(?:\S+\s+)?$/u;
const PRONOUN_START =
  /^(it|es|er|sie|this|dieses?|the (?:new |updated |latest )?(?:model|chip|system)|das (?:neue )?(?:modell|system)|der (?:neue )?chip)\b/u;
const PLURAL_ANAPHOR =
  /^they\b|\b(?:both|the two|these|the new) models\b|\b(?:die|beide|diese) (?:neuen |beiden )?modelle\b|^(?:both|the two|these|the new|the|die|beide|diese) (?:neuen |beiden )?chips\b/u;
const THEY_START = /^they\b/u;
/** A fronted participle clause before the pronoun it describes: "Released in October 2025, it is ...". */
const FRONTED_PARTICIPLE_PRONOUN =
  /^(?:first\s+)?(?:released|launched|unveiled|introduced|veröffentlicht|vorgestellt|eingeführt)\b[^,;.!?]{0,60},\s*(?:it|the (?:new |latest )?(?:model|chip|system)|(?:\p{L}+\s+)?(?:er|es|sie|das (?:neue )?(?:modell|system)|der (?:neue )?chip))\b/u;
/** A personal pronoun as the object inside or right after a trigger ("stellte sie ... vor", "released it"). */
const OBJECT_PRONOUN = /\b(?:sie|ihn|it|them)\b/u;
/**
 * "Diese Entscheidung ...", "This decision ...": a determiner before a noun is not a pronoun. German nouns are
 * capitalised; in English only abstract nouns that name no product or event are read so ("This chip", "This
 * delay" still refer back).
 */
const DETERMINER_START =
  /^dies\w*\s+(?!(?:modell|chip|system)\b)\p{Lu}|^(?:this|that)\s+(?:decision|news|step|announcement|report|statement|strategy|approach|agreement|deal)(?![\p{L}])/u;
/** Confidence lost by a subject taken from another sentence. */
const CARRY_PENALTY = 0.15;
/** Confidence lost by a topic continued without any word that refers to it. */
const SILENT_CARRY_PENALTY = 0.25;

/** What subject resolution needs to know about an event type. */
export interface SubjectRule {
  type: EventType;
  /** Kinds of subject, in order of preference. */
  subjectKinds: readonly EntityKind[];
  baseConfidence: number;
  /** A pronoun or anaphor may carry the previous sentence's model or chip over as the subject. */
  carriesTopic: boolean;
  /**
   * A sentence that names no model or chip at all continues the previous sentence's single topic
   * ("Nvidia's issue will delay mass production" after a sentence about the B200).
   */
  carriesSilentTopic?: boolean;
  /** The polarity a trigger gives its event; "" when absent. */
  polarityOf?(trigger: Trigger): string;
  /**
   * The subjects the trigger's own words name, before any other in the sentence counts: the owners of
   * the shares in "die Papiere von Broadcom" after a sentence opening with Apple; none when empty.
   */
  ownSubjects?(trigger: Trigger, sc: SentenceContext): LocalMention[];
}

/** The subjects of a trigger and the confidence they leave the event with. */
export interface ResolvedSubjects {
  subjects: LocalMention[];
  confidence: number;
  /** A definite event noun without its own subject: it may only refer to an event already reported. */
  corefers: boolean;
}

const carried = (mention: Mention): LocalMention => ({ mention, start: -1, end: -1 });

/**
 * Resolves the subjects of a trigger: those the sentence names (after a definite event noun only
 * those right after it; after an attributive participle only the next mention); else the subject of
 * the event a definite event noun refers back to; else, for types that carry a topic, the previous
 * sentence's topic. Carried subjects have no offsets (-1) and cost confidence.
 */
export function resolveSubjects(
  rule: SubjectRule,
  trigger: Trigger,
  sc: SentenceContext,
  state: DiscourseState,
  found: readonly FoundEvent[],
): ResolvedSubjects {
  const { lower, local } = sc;
  // "a wobbly start that included scrapping a chip": the verb's object is an unnamed product, which
  // only a naming in this or the next sentences can identify, never another name in the sentence
  if (hasUnnamedObject(lower, trigger, local))
    return orNamedProduct(rule, sc, [], rule.baseConfidence, false);
  const own = rule.ownSubjects?.(trigger, sc) ?? [];
  if (own.length > 0) return { subjects: own, confidence: rule.baseConfidence, corefers: false };
  let subjects = mapPacked(pickSubjects(rule.subjectKinds, trigger, local, lower), (m) =>
    namedRightAfter(m, sc),
  );
  const confidence = rule.baseConfidence;
  const anaphoric =
    ANAPHORIC_NOUN.test(trigger.text) &&
    DEFINITE_BEFORE.test(lower.slice(Math.max(0, trigger.start - 30), trigger.start));
  if (anaphoric) subjects = subjects.filter((m) => m.start >= trigger.end && m.start - trigger.end <= 60);
  // "the recently banned H20": an attributive participle modifies the mention right after it
  if (isAttributive(rule.type, lower, trigger)) {
    const next = local.filter(
      (m) =>
        rule.subjectKinds.includes(m.mention.entry.kind) &&
        m.start >= trigger.end &&
        m.start - trigger.end <= 25,
    );
    if (next.length > 0) subjects = next.slice(0, 1);
  }
  // "The delay also hands an opening to rivals": a definite event noun without its own subject is
  // the event already reported (its subject), never whatever the previous sentence named
  const corefers = anaphoric && subjects.length === 0;
  if (corefers) {
    const mention = reportedSubject(rule, trigger, sc, state, found);
    return mention === undefined
      ? { subjects, confidence, corefers }
      : { subjects: [carried(mention)], confidence: confidence - CARRY_PENALTY, corefers };
  }
  const topic =
    rule.carriesTopic && !turnsToUnnamedParty(sc) ? carriedTopic(rule, trigger, sc, state, subjects) : [];
  if (topic.length > 0)
    return { subjects: mapPacked(topic, carried), confidence: confidence - CARRY_PENALTY, corefers };
  const silent =
    rule.carriesSilentTopic === true && subjects.length === 0
      ? silentTopic(rule, sc, state).filter((m) => !turnsToOtherMaker(sc, m))
      : [];
  if (silent.length > 0)
    return { subjects: mapPacked(silent, carried), confidence: confidence - SILENT_CARRY_PENALTY, corefers };
  return orNamedProduct(rule, sc, subjects, confidence, corefers);
}

/**
 * A name given right after a product word: "(TPU) called “Ironwood”", ", genannt Hanguang 800", or
 * only quoted after the family ("den Maia-Chip „Braga“").
 */
const CALLED_BETWEEN =
  /^\s*\)?\s*(?:\([^()]{1,30}\))?\s*,?\s*(?:called|named|dubbed|code-?named|known as|namens|genannt|mit (?:dem )?namen)\s*["']?\s*$|^(?:[-\s](?:chip|gpu|modell|model|beschleuniger|accelerator|prozessor|processor)\p{L}*)?\s*["'‘„“«»]$/u;

/**
 * "launched its seventh-generation tensor processing unit (TPU) called Ironwood": a family or kind
 * mention followed by a naming word and another product names that product, which is the subject.
 */
function namedRightAfter(m: LocalMention, sc: SentenceContext): LocalMention {
  if (m.mention.entry.kind === 'organization') return m;
  const named = sc.local.find(
    (n) =>
      n.start >= m.end &&
      n.mention.entry.kind === m.mention.entry.kind &&
      n.mention.entry.id !== m.mention.entry.id &&
      CALLED_BETWEEN.test(sc.lower.slice(m.end, n.start)),
  );
  return named ?? m;
}

/** `subjects` as they are, or, when there are none, the product the sentence names or describes. */
function orNamedProduct(
  rule: SubjectRule,
  sc: SentenceContext,
  subjects: LocalMention[],
  confidence: number,
  corefers: boolean,
): ResolvedSubjects {
  const named = subjects.length === 0 ? (namedProduct(rule, sc) ?? describedProduct(rule, sc)) : undefined;
  return named === undefined
    ? { subjects, confidence, corefers }
    : { subjects: [carried(named)], confidence: confidence - CARRY_PENALTY, corefers };
}

/** An indefinite product noun as the object right after a verb trigger ("scrapping a chip"). */
const INDEFINITE_OBJECT_AFTER =
  /^\s+(?:a|an|ein|eine|einen|einem)\s+(?:[\p{L}\d-]+\s+){0,3}?[\p{L}-]*?(?:model|modell|llm|chip|accelerator|beschleuniger|gpu|prozessor|processor)s?\b/u;

/** "for its ChatGPT service", "für seinen Claude-Chatbot": the product a new one is made for. */
const MADE_FOR_BEFORE =
  /(?<![\p{L}])(?:for|für)\s+(?:its|their|the|seinen|seine|seinem|ihren|ihre|ihrem|den|die|das|dem)?\s*$/u;

/**
 * Whether the trigger's object is an unnamed product: no model or chip is named after the indefinite
 * object ("introduced a new model", "stellte ein neues Modell ... vor"), except one it is made for.
 */
function hasUnnamedObject(lower: string, trigger: Trigger, local: readonly LocalMention[]): boolean {
  // a German verb bracket holds its object inside the trigger ("stellte ein neues Modell für ... vor")
  const firstWord = /^\S+/u.exec(trigger.text)?.[0].length ?? 0;
  const inside = trigger.text.includes(' ') && INDEFINITE_OBJECT_AFTER.test(trigger.text.slice(firstWord));
  const from = inside ? trigger.start + firstWord : trigger.end;
  if (!inside && !INDEFINITE_OBJECT_AFTER.test(lower.slice(trigger.end, trigger.end + 80))) return false;
  return !local.some(
    (m) =>
      m.mention.entry.kind !== 'organization' &&
      m.start >= from &&
      !MADE_FOR_BEFORE.test(lower.slice(Math.max(0, m.start - 30), m.start)),
  );
}

/** The next sentence goes on about another product: "also", "by contrast", "remains", "bleibt". */
const OTHER_PRODUCT_CUES =
  /\b(?:also|too|by contrast|meanwhile|however|still|remains?|remained|auch|dagegen|hingegen|indes|bleibt|blieb|weiterhin|noch immer)\b/u;
/** A kind noun that heads no further noun ("a chip design service", "ein Smartphone-Modell" is a phone). */
const DESCRIBED_KIND =
  /\b(?:ein|eine|einen|einem|einer|eines|a|an|(?:its|their|sein\w*|ihr\w*)\s+(?:own|first|new|newest|latest|eigene\w*|erste\w*|neue\w*|neueste\w*))\s+(?:[\p{L}\p{N}()"“”„'’-]+\s+){0,8}?([\p{L}-]*?)(chip|beschleuniger|accelerator|gpu|prozessor|processor|modell|model|sprachmodell|llm)s?\b(?!\s+(?:design|service|marketplace|platform|plattform|store|shop|business|unit|team|lab|for ads|für werbung))/u;

/**
 * Whether a product named by its maker's possessive at the start of the next sentence is the one the
 * sentence described: of the same kind (a chip for a chip, a model for a model, no phone), and not told
 * as another product beside it ("Its MI355X, by contrast, ...").
 */
function namesTheNewOne(described: string, next: string, m: Mention): boolean {
  const kind = DESCRIBED_KIND.exec(described);
  if (kind === null || /smartphone|handy|phone|auto|car|ki-agent/u.test(kind[1] ?? '')) return false;
  const chipWord = /chip|beschleuniger|accelerator|gpu|prozessor|processor/u.test(kind[2] ?? '');
  if ((m.entry.kind === 'chip') !== chipWord) return false;
  return !OTHER_PRODUCT_CUES.test(next);
}

/**
 * The name given to a product the sentence only describes ("will einen neuen GPU-Beschleuniger in
 * Serie produzieren. Der Neuling soll B40 heißen"; "a new accelerator called B30"): the first model
 * or chip of the rule's kinds in a naming construction in this sentence or the next.
 */
function namedProduct(rule: SubjectRule, sc: SentenceContext): Mention | undefined {
  if (!INDEFINITE_PRODUCT.test(sc.lower)) return undefined;
  for (const index of [sc.index, sc.index + 1]) {
    const sentence = sc.doc.sentences[index];
    if (sentence === undefined || sc.doc.skip.has(index)) continue;
    const lower = sentence.text.toLowerCase();
    const found = sc.doc.mentionsIn(index).find((m) => {
      if (m.entry.kind === 'organization' || !rule.subjectKinds.includes(m.entry.kind)) return false;
      const from = m.start - sentence.start;
      const to = m.end - sentence.start;
      return (
        NAMING_BEFORE.test(lower.slice(Math.max(0, from - 60), from)) ||
        NAMING_AFTER.test(lower.slice(to, to + 50)) ||
        // "launches an AI chip. The company's ATOM chip is ...": the maker's product opens the next sentence
        (index === sc.index + 1 &&
          OWNER_OPENS.test(lower.slice(0, from)) &&
          namesTheNewOne(sc.lower, lower, m))
      );
    });
    if (found !== undefined) return found;
  }
  return undefined;
}

/** "mit dem Ascend 910 den schnellsten Chip anbieten": the described product named with "with the". */
const WITH_THE_BEFORE = /\b(?:mit dem|mit der|with the|with its)\s+$/u;
/** The next sentence opens with the maker's possessive: "The company's ATOM chip is ...", "Its B40 ...". */
const OWNER_OPENS =
  /^\W{0,2}(?:the (?:company|firm|startup|start-up|group|chipmaker)['’]s|its|their|sein(?:e|en)?|ihr(?:e|en)?|das (?:neue )?(?:modell|produkt) des unternehmens,?)\s+(?:(?:new|neue\p{L}*|latest|first|erste\p{L}*)\s+)?$/u;
/** A description that ends in a plural kind noun ("seine neusten Chips", "its latest GPUs"). */
const PLURAL_KIND_END = /(?:chips|gpus|models|modelle|prozessoren|processors|accelerators)$/u;
/** An indefinite description ("eine neue Familie ..."): a new thing whose name is still to come. */
const INDEFINITE_START = /^(?:ein\w*|a|an|zwei|two|drei|three)\b/u;
/** "Die Modellreihe Qwen3", "die neueste Version des Ernie": a category noun introducing the name. */
const CATEGORY_BEFORE =
  /\b(?:die|der|das|des|dem|den|the)\s+(?:\S+\s+){0,2}?(?:modell\w*|familie|reihe|serie|generation|version|chip|beschleuniger|model|family|series|chip|accelerator)\s+(?:(?:des|der|of|of the)\s+(?:\S+\s+)?)?["'„“]?$/u;

/**
 * The product a sentence describes without naming it ("Google hat sein neues KI-Flaggschiff
 * vorgestellt" after "Das ist Gemini 3."; "eine neue Familie offener KI-Modelle vorgestellt" before
 * "Die Modellreihe Qwen3 ..."): the one model or chip of the rule's kinds that the sentence before or
 * after names, not as a comparison, and made by a company this sentence names (when it names one).
 * An indefinite description is new, so only the next sentence can name it, and only after a category
 * noun ("Die Modellreihe Qwen3") or opens the next sentence ("a new model. X could help"): "einen
 * neuen Beschleuniger ... Der MI300X bleibt" names another.
 * Two candidates make it ambiguous, and then there is none.
 */
function describedProduct(rule: SubjectRule, sc: SentenceContext): Mention | undefined {
  const described = DESCRIBED_PRODUCT.exec(sc.lower);
  if (described === null) return undefined;
  // "Seine neusten Chips darf Nvidia nicht verkaufen. ... den H20 wieder vertreiben": a ban on a class of
  // chips is not about the one chip named next, which is mostly the exception
  if (rule.type === 'export_control' && PLURAL_KIND_END.test(described[0])) return undefined;
  const indefinite = INDEFINITE_START.test(described[0]);
  const describedKind = kindNamedBy(described[0]);
  const orgs = new Set(
    sc.local.filter((m) => m.mention.entry.kind === 'organization').map((m) => m.mention.entry.id),
  );
  const found = new Map<string, Mention>();
  // "Deepsheek, meanwhile, has delayed its latest model": a turn to another party leaves the product before
  const before = indefinite || turnsToUnnamedParty(sc) ? [] : [sc.index - 1];
  for (const index of [...before, sc.index + 1, sc.index + 2]) {
    const sentence = sc.doc.sentences[index];
    if (sentence === undefined || sc.doc.skip.has(index)) continue;
    const lower = sentence.text.toLowerCase();
    for (const m of sc.doc.mentionsIn(index)) {
      const { kind, developer } = m.entry;
      if (kind === 'organization' || !rule.subjectKinds.includes(kind)) continue;
      // "its latest AI model" is no chip named next
      if (describedKind !== undefined && kind !== describedKind) continue;
      if (orgs.size > 0 && developer !== undefined && !orgs.has(developer)) continue;
      const from = m.start - sentence.start;
      const before = lower.slice(Math.max(0, from - 60), from);
      const naming =
        NAMING_BEFORE.test(before.slice(-60)) ||
        NAMING_AFTER.test(lower.slice(from + m.text.length, from + m.text.length + 50));
      // two sentences on, only a naming construction ("Der Chip, genannt Hanguang 800") gives the name
      if (index === sc.index + 2 && !naming) continue;
      // "... has unveiled a new open-source model. SenseNova U1 could help ...", "... mit dem Ascend 910
      // den schnellsten Chip": the next sentence opens with (or names with 'with the') what this one described
      const opensNext =
        index === sc.index + 1 &&
        (/^\W{0,2}$/u.test(before) ||
          WITH_THE_BEFORE.test(before) ||
          (OWNER_OPENS.test(before) && namesTheNewOne(sc.lower, lower, m)));
      if (
        COMPARISON_BEFORE.test(before) ||
        (indefinite && !CATEGORY_BEFORE.test(before) && !opensNext && !naming)
      )
        continue;
      found.set(m.entry.id, m);
    }
    if (index > sc.index && found.size > 0) break;
  }
  return found.size === 1 ? [...found.values()][0] : undefined;
}

/**
 * The one model or chip the previous sentence was about, when this sentence names none of the rule's
 * subject kinds: a sentence that goes on about a product without naming it again. Two candidates
 * make it ambiguous, and then nothing is carried.
 */
function silentTopic(rule: SubjectRule, sc: SentenceContext, state: DiscourseState): Mention[] {
  if (sc.local.some((m) => rule.subjectKinds.includes(m.mention.entry.kind))) return [];
  if (GENERIC_PRODUCT.test(sc.lower) || turnsToUnnamedParty(sc)) return [];
  const source = topicSentence(sc, state);
  const candidatesIn = (sentence: number) =>
    state
      .recentSubjects()
      .filter(
        (r) =>
          r.sentence === sentence &&
          !r.baseline &&
          r.mention.entry.kind !== 'organization' &&
          rule.subjectKinds.includes(r.mention.entry.kind),
      );
  let inSource = candidatesIn(source);
  // "DeepSeek wollte mit R2 ... Ziel war es, auf Huaweis Ascend-Chips zu setzen. ... Verzögerung des
  // Marktstarts": a sentence that names only the chips relied on hands the topic back to the one before
  if (inSource.length > 0 && inSource.every((r) => r.instrument)) {
    const earlier = candidatesIn(source - 1).filter((r) => !r.instrument);
    if (earlier.length > 0 && sc.doc.sentences[source - 1]?.paragraph === sc.doc.sentences[source]?.paragraph)
      inSource = earlier;
  }
  const previous = withoutInstruments(inSource);
  const unique = [...new Map(previous.map((r) => [r.mention.entry.id, r.mention])).values()];
  if (unique.length <= 1) return unique;
  // "Rubin CPX ... Rubin CPX handles prefill ... a single Rubin CPX beats the GB300 NVL72. NVIDIA targets
  // availability for the end of 2026": the product the text keeps naming is its topic
  const named = (id: string): number => firstAtOrAfter(sc.doc.mentionsOf(id), sc.sentence.start);
  const [first, second] = unique.map((m) => ({ m, n: named(m.entry.id) })).sort((a, b) => b.n - a.n);
  return first !== undefined && second !== undefined && first.n >= 2 * second.n && first.n >= 3
    ? [first.m]
    : [];
}

/**
 * "Deepsheek, meanwhile, has delayed its latest model": a sentence that opens on a name the text does not
 * link, marked as a turn to it, and then speaks of that party's own product ("its", "seines") is not
 * about the product before. Linked companies are told apart by their products' developers; a noun
 * phrase ("Der Chip wiederum", "Production, meanwhile,") or a turn without a possessive carries on.
 */
const OTHER_PARTY_OPENS =
  /^\s*(?!(?:The|A|An|Its|Their|Der|Die|Das|Den|Dem|Ein|Eine|Sein|Seine|Ihr|Ihre)\s)\p{Lu}[\p{L}\p{N}-]*(?:\s+\p{Lu}[\p{L}\p{N}-]*){0,2}\s*(?:,\s*)?(?:meanwhile|for (?:its|their) part|in turn|unterdessen|indes|indessen|seinerseits|ihrerseits|wiederum)(?![\p{L}])/u;
const OWN_PRODUCT_AFTER = /\b(?:its|their|seine[nmrs]?|ihre[nmrs]?)\s/u;

/**
 * The mentions in the opening of a sentence that turns to a party and speaks of that party's own
 * product ("Deepsheek, meanwhile, ... its latest model"); undefined when the sentence makes no such turn.
 */
function turnPartyMentions(sc: SentenceContext): Mention[] | undefined {
  const opening = OTHER_PARTY_OPENS.exec(sc.text);
  if (opening === null || !OWN_PRODUCT_AFTER.test(sc.lower.slice(opening[0].length))) return undefined;
  const end = sc.sentence.start + opening[0].length;
  return sc.mentions.filter((m) => m.start >= sc.sentence.start && m.start < end);
}

/** The party turned to is a name the text does not link. */
function turnsToUnnamedParty(sc: SentenceContext): boolean {
  return turnPartyMentions(sc)?.length === 0;
}

/** The party turned to is a linked company that did not make `product` ("Stepfun wiederum ..." after GLM-5). */
function turnsToOtherMaker(sc: SentenceContext, product: Mention): boolean {
  if (product.entry.developer === undefined) return false;
  const makers = (turnPartyMentions(sc) ?? []).filter((m) => m.entry.kind === 'organization');
  return makers.length > 0 && makers.every((m) => m.entry.id !== product.entry.developer);
}

/** A product told without its name ("A successor has been in the works"): a bridge with a topic of its own. */
const PRODUCT_NOUN =
  /(?<![\p{L}])(?:successors?|nachfolger\p{L}*|models?|modell\p{L}*|chips?|gpus?|accelerators?|beschleuniger\p{L}*|processors?|prozessor\p{L}*|versions?|variants?|variante\p{L}*|llms?|chatbots?)(?![\p{L}])/u;

/**
 * The sentence whose topic a subject-less sentence goes on with: the previous one, or the one before
 * it when neither this sentence nor the previous one of the same paragraph names anything (nor calls a
 * product by its kind), and the previous one carried no topic on ("X sollte im Frühjahr kommen. Die
 * Fertigung machte Probleme. Nun wurde die Auslieferung verschoben"; not "Es gibt aber Konkurrenz.
 * Googles Antwort soll ... kommen").
 */
function topicSentence(sc: SentenceContext, state: DiscourseState): number {
  const bridge = sc.doc.sentences[sc.index - 1];
  const before = sc.doc.sentences[sc.index - 2];
  return bridge !== undefined &&
    before !== undefined &&
    bridge.paragraph === sc.sentence.paragraph &&
    before.paragraph === sc.sentence.paragraph &&
    sc.local.length === 0 &&
    sc.doc.mentionsIn(sc.index - 1).length === 0 &&
    !PRODUCT_NOUN.test(bridge.text.toLowerCase()) &&
    !state.recentSubjects().some((r) => r.sentence === sc.index - 1)
    ? sc.index - 2
    : sc.index - 1;
}

function reportedSubject(
  rule: SubjectRule,
  trigger: Trigger,
  sc: SentenceContext,
  state: DiscourseState,
  found: readonly FoundEvent[],
): Mention | undefined {
  const polarity = rule.polarityOf?.(trigger) ?? '';
  const reported = state.lastEvent(
    found,
    (e) => e.type === rule.type && (state.polarityOf(e) ?? '') === polarity,
  );
  return reported === undefined ? undefined : sc.doc.mentionsOf(reported.subject.id)[0];
}

/**
 * The previous sentence's topic, when this sentence starts with a pronoun, an anaphor or an event
 * noun and names no subject before the trigger: all its mentions for a plural anaphor ("beide
 * Modelle"), its first for a sentence-initial reference, else its last.
 */
function carriedTopic(
  rule: SubjectRule,
  trigger: Trigger,
  sc: SentenceContext,
  state: DiscourseState,
  subjects: readonly LocalMention[],
): Mention[] {
  const { lower, text } = sc;
  // "They will be available in 2026 and 2027, respectively": "they" carries the products only when the
  // sentence names none (it often stands for a company or people)
  const pronounStart =
    (PRONOUN_START.test(lower) && !DETERMINER_START.test(text.replace(/^\S+/u, (w) => w.toLowerCase()))) ||
    (THEY_START.test(lower) && subjects.length === 0) ||
    (FRONTED_PARTICIPLE_PRONOUN.test(lower) && subjects.length === 0);
  // "It was released on May 28 as an updated R1 checkpoint": the pronoun, not R1, is the subject
  const pronounSubject = pronounStart && !subjects.some((m) => m.start < trigger.start);
  const anaphor = ANAPHOR.exec(lower);
  const eventNounStart = EVENT_NOUN_START.test(lower);
  // "Nvidia stellte sie im vergangenen Jahr vor", "OpenAI released it in May": the verb's object pronoun
  const objectPronoun =
    subjects.length === 0 && OBJECT_PRONOUN.test(lower.slice(trigger.start, trigger.end + 12));
  if (
    !(subjects.length === 0 || pronounSubject) ||
    !(pronounStart || anaphor !== null || eventNounStart || objectPronoun)
  )
    return [];
  // "des Modells" refers to a model, "der Chip" to a chip: the anaphor's own noun narrows the kinds
  const named = anaphor === null ? undefined : kindNamedBy(anaphor[0]);
  const previous = state
    .recentSubjects()
    .filter(
      (r) =>
        r.sentence < sc.index &&
        !r.baseline &&
        rule.subjectKinds.includes(r.mention.entry.kind) &&
        (named === undefined || r.mention.entry.kind === named),
    );
  const lastSentence = previous[previous.length - 1]?.sentence;
  const inLast = withoutInstruments(previous.filter((r) => r.sentence === lastSentence));
  let chosen = inLast.slice(-1);
  // "Die Chips ..." after two chips of one maker: both; a rival named beside them is no antecedent
  if (PLURAL_ANAPHOR.test(lower))
    chosen = inLast.filter((r) => r.mention.entry.developer === inLast[0]?.mention.entry.developer);
  else if (pronounStart || eventNounStart || objectPronoun || (anaphor !== null && anaphor.index === 0))
    chosen = inLast.slice(0, 1);
  // "TPU-Chip Ironwood ... Die Chips": the member named beside its family is the one meant
  chosen = chosen.filter((r) => !chosen.some((o) => o.mention.entry.family === r.mention.entry.id));
  return [...new Map(chosen.map((r) => [r.mention.entry.id, r.mention])).values()];
}
