/**
 * Subject picking inside one sentence: the mention of the right kind nearest to a trigger, plus the
 * mentions coordinated with it ("GPT-5 und GPT-5 mini", "H20, H800 and A800"). Mentions that are a
 * yardstick, a comparison baseline, background or a non-product head are never subjects; one that only
 * modifies an app or its users ("Gemini-App") is one only when nothing else is.
 */
import { cueCheck, lowerSentencesOf, type CueCheck } from '../cue-check-type.js';
import { partnerOrgs } from './company-roles.js';
import {
  BACKGROUND_OF_BEFORE,
  KIND_HEAD,
  COMPARISON_BEFORE,
  NON_PRODUCT_HEAD,
  POWERED_BY_BEFORE,
  MADE_USING_BEFORE,
  MAKER_OF_BEFORE,
  MEASURED_AGAINST_AFTER,
  PLATFORM_HEAD,
  YARDSTICK_AFTER,
} from '../event-cues.js';
import type { Mention } from '../link-entities.js';
import { MONTH_NAME_PATTERN } from '../lexicon/months.js';
import { isNewVersionOf } from '../version-of-family.js';
import type { EntityKind } from '../types.js';
import type { Trigger } from './find-triggers.js';

/** A mention with its offsets into the sentence text (the mention's own offsets are into the text). */
export interface LocalMention {
  mention: Mention;
  start: number;
  end: number;
}

/** Whether a mention names a product (a model or a chip) rather than a company. */
export function isProductMention(m: LocalMention): boolean {
  return m.mention.entry.kind === 'model' || m.mention.entry.kind === 'chip';
}

/** A succession's own time between "followed" and "by" ("followed on April 16 by", "gefolgt im März von"). */
const WHEN_BETWEEN = String.raw`(?:\s+(?:on|in|am|im)\s+(?:\d{1,2}\.\s+)?[^\s.;:!?,]+(?:\s+[^\s.;:!?,]+){0,2}?)?`;

/**
 * A list continued in steps ("blockiert die A100, später auch die A800 und H800, danach die H20") or by
 * examples of a kind ("H200-Prozessoren und konkurrierende Produkte wie AMDs MI325X").
 */
const STEPS_OR_EXAMPLES = new RegExp(
  String.raw`^(?:-${KIND_HEAD})?\s*(?:,\s*(?:später|danach|dann|zuletzt|schließlich|later|then|finally|and then)\s+(?:auch\s+|also\s+|even\s+|sogar\s+)?(?:(?:die|den|der|das|dem|des|the|deren|dessen|its|their|seine[nmrs]?|ihre[nmrs]?)\s+(?:[^\s.;:!?,]+\s+){0,2}?)?|,?\s+(?:und|and)\s+(?:[^\s.;:!?,]+\s+){0,3}?(?:wie|such as|like|including|darunter)\s+(?:[^\s.;:!?,]+\s+){0,2}?)$`,
  'u',
);

/** A name right after a preposition ("mehrere ältere Systeme in ChatGPT") is no conjunct. */
const COORDINATION = new RegExp(
  String.raw`^-?\s*(?:(?:,\s*(?:[^\s.;:!?,]+\s+){0,4}?[^\s.;:!?,]+,)?\s*(?:und|and|sowie|&|or|oder|as well as|, and|, und|,? gefolgt${WHEN_BETWEEN} (?:von|vom)|,? followed${WHEN_BETWEEN} by|zusammen mit|together with|along with|alongside|,\s*(?:including|einschließlich|inklusive|darunter))\s*(?:[^\s.;:!?,]+\s+){0,4}?(?:[^\s.;:!?,]+,\s*)?|\s*(?:,|\/)\s*(?:[^\s.;:!?,]+\s+){0,2})(?<!\s(?:in|im|auf|für|of|for|on|from|bei|at|to|zu|zum|zur)\s)$`,
  'u',
);

const MONTH = MONTH_NAME_PATTERN.toLowerCase();
/** A conjunct's own date ("für 2027", "in 2025", "(2026)", "in September 2025", "im Juli", "on May 22"). */
const OWN_DATE = String.raw`(?:(?:für|for|in|im|ab|bis|by|\()\s*(?:(?:early|mid|late|anfang|mitte|ende|q[1-4]|h[12])[\s-]+)?(?:19|20)\d\d\)?|(?:in|im|on|am|ab|bis|by)\s+(?:(?:early|mid|late|anfang|mitte|ende)[\s-]+)?(?:\d{1,2}\.?\s+)?(?:${MONTH})\.?(?![\p{L}])(?:\s+\d{1,2}(?:st|nd|rd|th)?(?!\d))?(?:,?\s+(?:19|20)\d\d)?)`;
/** A number of units before a conjunct ("100,000 Ascend 910C chips and 300,000 Ascend 910B chips"). */
const QUANTITY = String.raw`(?:(?:about|around|roughly|some|rund|etwa)\s+)?\d[\d.,]*(?:\s+(?:million|millionen|thousand|tausend))?`;
const DETERMINER = String.raw`(?:the|die|der|das|den|dem|des|its|seine[nmrs]?|ihre[nmrs]?|a|an|ein\p{L}*|new|neue[nmrs]?|next|nächste[nmrs]?)`;
/**
 * A conjunct that carries its own kind noun or date before the conjunction ("the WSE-4 chips and the
 * CS-4 systems", "Rubin Ultra für 2027 und Feynman für 2028"). Such a gap is a coordination only when a
 * determiner follows the conjunction or the next name has a kind noun or date of its own: "the H100
 * chips in 2022 and Blackwell was delayed" joins two clauses, not two subjects. One describing word may
 * follow the determiner ("die Instinct MI300X-GPU und die Hybrid-CPU-GPU MI300A-APU"), and a number of
 * units may stand before the name ("100,000 Ascend 910C chips and 300,000 Ascend 910B chips").
 */
const HEADED_GAP = new RegExp(
  String.raw`^-?\s*(?:${KIND_HEAD}(?:\s+${OWN_DATE})?|${OWN_DATE})\s*,?\s+(?:und|and|sowie|&|or|oder|as well as)\s+((?:${DETERMINER}\s+){1,2}(?:[\p{L}-]+\s+)?)?(?:${QUANTITY}\s+)?$`,
  'u',
);
/** A kind noun, then a maker's possessive after the conjunction ("Blackwell processors and AMD's MI350"). */
const POSSESSIVE_GAP = new RegExp(
  String.raw`^-?\s*${KIND_HEAD}\s*,?\s+(?:und|and|sowie|&)\s+[\p{L}-]+['’]?s\s+(?:[\p{L}-]+\s+)?$`,
  'u',
);
/** A finite verb right after a name (a word ending like a past or present verb, or an auxiliary). */
const FINITE_VERB_AFTER =
  /^[\s-]*(?:\S+\s+)?(?:\p{L}+ed|kam|kommt|kamen|startete|erschien|ging|was|were|is|are|wurde|wurden|ist|sind|has|have|hat|haben|had|hatte|will|wird|soll|sollte)(?![\p{L}])/u;
const PARALLEL_AFTER = new RegExp(String.raw`^[\s-]*(?:${KIND_HEAD}\b|${OWN_DATE})`, 'u');

/** A noun a name only modifies: "the MI400 roadmap", "the Rubin ramp", "das GPT-5-Team". */
const MODIFIED_NOUN_AFTER = /^[\s-]+(?:roadmap|fahrplan|plans?|pläne|team|ramp|hochlauf)(?![\p{L}])/u;

/** An auxiliary or a past verb of moving right after a name (a participle such as "based" is none). */
const AUXILIARY_AFTER =
  /^[\s-]*(?:\S+\s+)?(?:was|were|is|are|has|have|had|will|wird|wurde|wurden|ist|sind|hat|haben|hatte|soll|sollte|slipped|slid|moved|came|kam|kamen|erschien)(?![\p{L}])/u;
/** Words that open a clause without naming what it is about: articles, "both", possessives. */
const LIST_LEAD = /^(?:the|a|an|die|der|das|den|dem|des|both|beide|\S+['’]s)$/u;

/**
 * "Nvidia launched the H100 in March and the B200 was delayed": an auxiliary after the second name opens
 * a clause of its own when two words or more before the first name (a subject and its verb) make it an
 * object; a list that opens its clause ("The H100 chips in March and the H200 were both delayed",
 * "Nvidias H100-Chips im März und ...") is the verb's subject.
 */
function clauseOfItsOwn(lower: string, first: LocalMention, after: string): boolean {
  if (!AUXILIARY_AFTER.test(after)) return false;
  const lead = lower.slice(0, first.start);
  // a comma inside a number ("100,000") is no clause break
  const breaks = [...lead.matchAll(/[,;:](?!\d)/gu)];
  const clause = lead.slice((breaks[breaks.length - 1]?.index ?? -1) + 1);
  // a subject and its verb before the first name ("Nvidia launched the"); one word may be its owner ("Nvidias")
  return clause.split(/\s+/u).filter((w) => w !== '' && !LIST_LEAD.test(w)).length >= 2;
}

/** Whether two mentions are coordinated: the gap between them (see the patterns above). */
function coordinated(lower: string, first: LocalMention, second: LocalMention, trigger: Trigger): boolean {
  const gap = gapBetween(lower, first.end, second.start);
  if (COORDINATION.test(gap) || STEPS_OR_EXAMPLES.test(gap)) return true;
  // "wurden die A100 und H100 blockiert, später auch die A800": the steps continue after the verb
  if (
    first.end <= trigger.start &&
    trigger.end <= second.start &&
    /^\s*(?:(?:von|vom|of)\s+[\p{L}-]+\s*)?$/u.test(lower.slice(first.end, trigger.start)) &&
    /^\s*,/u.test(lower.slice(trigger.end, second.start)) &&
    STEPS_OR_EXAMPLES.test(gapBetween(lower, trigger.end, second.start))
  )
    return true;
  // "delayed the B30A accelerators and Huawei's Ascend 950 launched": a verb after the second name opens
  // a clause of its own, unless the list stands before the trigger as its subject
  if (POSSESSIVE_GAP.test(gap))
    return second.end <= trigger.start || !FINITE_VERB_AFTER.test(lower.slice(second.end, second.end + 30));
  const headed = HEADED_GAP.exec(gap);
  // "launched the H100 in March and the B200 was delayed": a verb after the second name opens a clause
  // of its own (see clauseOfItsOwn); so does a noun it only modifies ("and the MI400 roadmap")
  const after = lower.slice(second.end, second.end + 30);
  if (headed !== null && (clauseOfItsOwn(lower, first, after) || MODIFIED_NOUN_AFTER.test(after)))
    return false;
  return headed !== null && (headed[1] !== undefined || PARALLEL_AFTER.test(after));
}

/**
 * Quotes and brackets around names, a company's legal or group suffix and a maker after a product ("des H20
 * von Nvidia und des MI308 von AMD") say nothing about coordination.
 */
const GAP_NOISE =
  /\([^()]{0,40}\)|["'()[\]]|^\s*(?:(?:group|gruppe|ag|se|holdings?|technologies|platforms)\b|(?:inc|corp|co|ltd)\b\.?)|^\s*(?:von|vom|of)\s+[\p{L}-]+(?=\s*(?:,|und|and|sowie)\s*(?:(?:des|der|den|dem|die|das|the)\s+)?$|\s*,\s*(?:später|danach|dann|zuletzt|schließlich|later|then|finally)\s)/gu;

/** The text between two mentions as coordination reads it ('" und "' -> ' und '). */
const gapBetween = (lower: string, from: number, to: number): string =>
  lower.slice(from, to).replace(GAP_NOISE, '');

/** "wird X veröffentlicht, gefolgt vom Y": a succession after the verb continues the subject list. */
const FOLLOWED_BY = new RegExp(
  String.raw`^\s*(?:${OWN_DATE}\s*)?(?:\S+)?\s*,?\s*(?:gefolgt${WHEN_BETWEEN} (?:von|vom)|followed${WHEN_BETWEEN} by)\s*(?:[^\s.;:!?,]+\s+){0,2}$`,
  'u',
);
/** A mention in a subordinate clause of time or cause after the trigger is not its subject. */
const LATER_CLAUSE_BETWEEN = /\b(?:nachdem|after|weil|because|obwohl|although|whereas|wohingegen)\s/u;
/** The unnamed chips a restriction is about, right after its cue: "exports of its most advanced chips". */
const UNNAMED_CHIPS_AFTER =
  /^\s+(?:(?:exports?|sales|shipments|ausfuhr\p{L}*|export\p{L}*|verkäufe|lieferungen)\s+)?(?:of|von|des|der)\s+(?:(?:its|their|seiner|ihrer|amerikanischer|us)\s+(?:[\p{L}-]+\s+){0,3}?|(?:the\s+)?(?:most\s+)?(?:advanced|leading|powerful|cutting-edge|high-end|top|fortschrittlichsten|leistungsstärksten|modernsten)\s+(?:[\p{L}-]+\s+){0,2}?)(?:chips|gpus|prozessoren|processors|accelerators|beschleuniger|halbleiter|semiconductors|technology|technologie)\b/u;
/** Org mentions in a subordinate clause after the trigger are not the financial subject. */
/** "wie berichtet", "als ...": a subordinate clause; "Chipfirmen wie Nvidia" names examples, not a clause. */
const SUBORDINATE_BETWEEN =
  /,\s*(?:which|who|welche\w*)\b|\b(nachdem|after|weil|because|since|während|while|(?<!\b(?:\p{L}*(?:unternehmen|firmen|konzerne|hersteller|anbieter|makers|companies|firms|werte|titel|aktien|stocks)|konkurrenten|wettbewerber|rivals|names|players)\s)(?:wie|like)|than|als)\b/u;

/**
 * A rival noun right before the name is its title, not its yardstick, when a possessive or the rivalled
 * name stands before it: "its ChatGPT rival Ernie Bot", "seinen ChatGPT-Konkurrenten Ernie". After an
 * article, a verb or a modal ("den Konkurrenten DeepSeek-R1 übertreffen", "models that rival GPT-4o")
 * and in "a rival to X" the name stays compared.
 */
const RIVAL_AS_TITLE_BEFORE =
  /(?:\b(?:its|their|his|her|seine[nmrs]?|ihre[nmrs]?)\s+(?:[\p{L}\p{N}.]+[\s-]){0,2}|(?<![\p{L}\p{N}.])(?!(?:the|a|an|den|dem|der|die|das|des|ein|eine|einen|einem|einer|eines|to|that|which|who|could|can|will|would|may|might|should|must|and|und|or|oder|new|neue[nmrs]?)[\s-])[\p{L}\p{N}.]+[\s-])(?:rival|competitor|challenger|konkurrent|konkurrenten|rivale|rivalen|herausforderer|wettbewerber)\s+["'„“‚‘]?$/u;

let comparedIn: string | undefined;
const comparedAt = new Map<number, boolean>();

/**
 * Whether the 60 characters before offset `start` of `lower` name a comparison ({@link COMPARISON_BEFORE}:
 * "schneller als", "compared with"). Remembered for the last sentence asked about: subject picking asks
 * it per trigger and the discourse state again per sentence, and the unanchored test over the window was
 * 0.5 % of analysis time.
 */
export function comparedBefore(lower: string, start: number): boolean {
  if (lower !== comparedIn) {
    comparedIn = lower;
    comparedAt.clear();
  }
  let compared = comparedAt.get(start);
  if (compared === undefined) {
    const before = lower.slice(Math.max(0, start - 60), start);
    compared = COMPARISON_BEFORE.test(before) && !RIVAL_AS_TITLE_BEFORE.test(before);
    comparedAt.set(start, compared);
  }
  return compared;
}

/** Characters between a mention and a trigger; 0 when they overlap. */
export function distance(m: LocalMention, t: Trigger): number {
  if (m.end <= t.start) return t.start - m.end;
  if (m.start >= t.end) return m.start - t.end;
  return 0;
}

/**
 * A company named as the yardstick of another ("an alternative to US chip giant Nvidia", "could
 * replace Nvidia", "Konkurrent von Nvidia") is not the subject of the other's figures; companies named
 * as examples ("Chipwerte wie Nvidia", "rival chipmakers AMD and Nvidia also declined") are; "more than
 * 3%, while AMD lost 2.8%" compares a figure, not a company.
 */
const RIVAL_BEFORE =
  /\b(?:than(?!\s+\d[\d.,]*(?!['’\d]))|als(?!\s+\d[\d.,]*(?!['’\d]))|alternatives?\s+(?:to|zu)|rival(?:s|ing)?(?!\s+(?:chip\s?makers|chip\s+(?:companies|firms|stocks)|companies|firms|makers|manufacturers|stocks)\b)(?:\s+(?:to|of))?|competitors?\s+(?:to|of)|konkurrent\w*\s+(?:von|zu)|herausforderer\s+(?:von|für)|replac(?:e|es|ed|ing)|ersetz\w*|take on|versus|vs\.?)\s+(?:\S+\s+){0,3}$/u;

/** The product a move goes to: "zum Umstieg auf", "switch to", "migrating users to". */
const REPLACEMENT_BEFORE =
  /\b(?:umstieg|wechsel|umzug|migration|steig\w*\s+um)\s+(?:\S+\s+){0,3}?(?:auf|zu|zum|zur)\s+(?:\S+\s+){0,2}?$|\b(?:switch(?:es|ed|ing)?|mov(?:e|es|ed|ing)|migrat\w*)\s+(?:\S+\s+){1,3}?(?:to|onto)\s+(?:\S+\s+){0,2}?$/u;

/**
 * "veröffentlichte ein neues KI-Sprachmodell, das mit GPT-4 und Gemini mithalten kann", "launched a
 * mobile app with China Mobile, which uses Spark v3.5": names in the relative clause of an unnamed
 * product the trigger reports describe it, unless the clause names it.
 */
const UNNAMED_OBJECT_CLAUSE =
  /^\s*(?:\S+\s+){0,3}?(?:ein|eine|einen|a|an)\s+(?:[\p{L}\p{N}-]+\s+){0,3}?[\p{L}-]*(?:modell|model|sprachmodell|chip|gpu|prozessor|processor|beschleuniger|accelerator|chatbot|app|anwendung|application|service|dienst|feature|funktion|tool|produkt|product|plattform|platform|assistant|assistent|agent)s?\b[^,;]{0,80}?,\s*(?:das|die|der|which|that)\s(?!(?:is|ist|was|war)\s)(?![^.;]*\b(?:heißt|namens|called|named|dubbed|den namen|the name)\b)/u;

const OF_AFTER_TRIGGER = /^\s+(?:of|von|des)\s+$/u;

/**
 * "following the launch of GLM-4.5 in July": a release trigger that passed as a dated background
 * launch (see find-triggers) has the product after its own launch noun as its subject.
 */
function isOwnLaunchObject(m: LocalMention, trigger: Trigger, lower: string): boolean {
  return (
    trigger.type === 'release' &&
    m.start > trigger.end &&
    OF_AFTER_TRIGGER.test(lower.slice(trigger.end, m.start))
  );
}

/** The target of a move to other hardware ("wechselt ByteDance zu Huaweis", "switched to the"). */
/** The same told as a noun: "a turn to Huawei's", "the shift to domestic". */
const MOVE_NOUN_BEFORE =
  /(?<![\p{L}])(?:a|the)\s+(?:turn|shift|move|switch|migration)\s+to\s+(?:\S+\s+){0,2}$/u;
const MOVE_TARGET_BEFORE =
  /(?<![\p{L}])(?:wechsel\p{L}*|umgestiegen|umsteig\p{L}*|steig\p{L}*\s+(?:\S+\s+){0,3}?um|switch(?:es|ed|ing)|mov(?:es|ed|ing)|turn(?:s|ed|ing)|shift(?:s|ed|ing)|migrat\p{L}*)\s+(?:\S+\s+){0,4}?(?:zu|zum|zur|to|auf)\s+(?!(?:restrict|ban|block|limit|curb|stop|halt|bar|allow|approve|impose|tighten|ease|lift|cut|control|sanction|prevent|prohibit|review|investigate|buy|sell|ship|export|purchase|acquire|use)\p{L}*\s)(?:\S+\s+){0,2}$/u;

/** An object that refers back to a product named before: "released the model", "stellte das Modell vor". */
const ANAPHORIC_OBJECT =
  /(?<![\p{L}])(?:the|its|das|den|die|sein\p{L}*|ihr\p{L}*)\s+(?:new\s+|neue\p{L}*\s+)?(?:model|chip|modell|system|version|processor|prozessor)(?![\p{L}])|(?<![\p{L}])(?:it|ihn)(?![\p{L}])/u;
/** A pronoun object right after the verb: "verschob es erneut", "delayed it again". */
const PRONOUN_OBJECT_AFTER = /^\s+(?:es|ihn|it|them)(?![\p{L}])/u;
/** A clause of time or cause between the team and what happens: "..., nachdem Nvidia die Produktion gestoppt hatte". */
const OTHER_CLAUSE_BETWEEN =
  /,\s*(?:nachdem|weil|als|after|because|when|since)\b|(?<![\p{L}])(?:after|nachdem|because|weil|told|said|learned|erfuhr|erfuhren|erfahren|informiert|mitgeteilt)\s*,?\s/u;

/** What a team or person is in charge of ("the team responsible for Llama", "für Llama zuständig"). */
const RESPONSIBLE_FOR_BEFORE =
  /\b(?:team|teams|group|unit|division|department|lab|people|engineers|researchers|staff)\s+(?:(?:that|who)\s+(?:was|were|is|are)\s+)?(?:responsible for|in charge of|tasked with|behind|working on)\s+(?:(?:the|its|their|a|an|new|next|first|language|ai|model|models|chip|chips)\s+){0,3}$/u;
const FUER_BEFORE =
  /(?<![\p{L}])für\s+(?:(?:das|den|die|dem|der|des|sein\p{L}*|ihr\p{L}*|neue\p{L}*|\p{L}*modell\p{L}*|\p{L}*chips?)\s+){0,3}$/u;
const RESPONSIBLE_AFTER = /^(?:\s+[^\s.;!?]+){0,2}?\s+(?:verantwortlich|zuständig)\p{L}*(?![\p{L}])/u;

/** "..., as the 910C replaces it": the replacement is not what stops. */
const REPLACES_AFTER =
  /^\s+(?:replaces|will replace|is replacing|takes (?:its|the) place|ersetzt|ablöst|tritt an)\b/u;

/**
 * The cause of a delay or stop told after it: "postponed due to technical difficulties with Huawei's Ascend
 * chips", "verschiebt R2 nach Problemen mit Huawei-Chips". What caused it is not what was held up.
 */
const CAUSE_BEFORE =
  /\b(?:due to|because of|owing to|wegen|aufgrund|infolge|nach)\s+(?:[^\s.;:!?,]+\s+){0,3}?(?:problem\p{L}*|schwierigkeit\p{L}*|difficult\p{L}*|issues?|troubles?|shortages?|mangel|engpä\p{L}*|bottlenecks?)\s+(?:with|mit|bei|of|an|von)\s+(?:[^\s.;:!?,]+\s+){0,2}?$/u;

/** A participle clause that comments on the event told before it ("..., underscoring", "..., was unterstreicht"). */
const COMMENT_CLAUSE =
  /,\s*(?:underscoring|highlighting|reflecting|signal(?:l)?ing|showing|demonstrating|illustrating|was\s+(?:\S+\s+)?(?:unterstreicht|zeigt|verdeutlicht))\b/u;

/** A line named with the ordinal of one generation ("its seventh-generation TPU", "die siebte TPU-Generation" is not covered). */
const ORDINAL_GENERATION_BEFORE =
  /(?<![\p{L}])(?:\d+(?:st|nd|rd|th|\.)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|erste[nrs]?|zweite[nrs]?|dritte[nrs]?|vierte[nrs]?|fünfte[nrs]?|sechste[nrs]?|siebte[nrs]?|achte[nrs]?|neunte[nrs]?|zehnte[nrs]?)[- ]generation\s+(?:of\s+(?:its\s+|the\s+)?)?$/u;

/**
 * A purpose after a launched product: what follows is what it serves ("chips designed to power Llama",
 * "Chips, die für das Training von Claude gedacht sind").
 */
const SERVES_BETWEEN =
  /\b(?:designed|built|made|meant|intended|optimi[sz]ed|tailored|entwickelt|gebaut|konzipiert|optimiert|gedacht)\s+(?:to|for|für|um)\b|\bto (?:power|run|serve|accelerate)\b|,\s*(?:die|der|das|welche[rsn]?)\s+(?:\S+\s+){0,2}?(?:für|zum|zur)\s/u;

/**
 * A purpose in the gap after a launched product named before it ("new MTIA chips designed to"), not closed
 * by a coordination after it ("Gemini 3, built for agents, and Gemini 3 Flash", "alongside"); a purpose
 * of the launch itself ("launched, to serve developers abroad, its Kimi K2") is none.
 */
function servesBefore(gap: string, triggerText: string): boolean {
  const breaks = [
    ...gap.matchAll(
      /,\s*(?:and|und|sowie|as well as|plus)\s|\b(?:alongside|along with|together with|zusammen mit)\s/gu,
    ),
  ];
  const last = breaks[breaks.length - 1];
  const tail = last === undefined ? gap : gap.slice(last.index + last[0].length);
  const purpose = SERVES_BETWEEN.exec(tail);
  return (
    purpose !== null &&
    LAUNCHED_PRODUCT.test(`${last === undefined ? triggerText : ''} ${tail.slice(0, purpose.index)}`)
  );
}

/** A mention modified as still to come: "future Llama 4 models", "künftige Gemini-Modelle". */
const FUTURE_PREMODIFIER_BEFORE = /(?<![\p{L}])(?:future|künftige[nmrs]?|zukünftige[nmrs]?)\s+$/u;

/** A product named in the words before a purpose: a kind noun or a code with a digit. */
const LAUNCHED_PRODUCT = new RegExp(String.raw`(?:^|\s)(?:${KIND_HEAD}|\S*\d\S*)(?:[\s,]|$)`, 'u');

function isEligible(m: LocalMention, kind: EntityKind, trigger: Trigger, lower: string): boolean {
  const financial = trigger.type === 'financial';
  if (m.mention.entry.kind !== kind) return false;
  if (YARDSTICK_AFTER.test(lower.slice(m.end, m.end + 12))) return false;
  if (NON_PRODUCT_HEAD.test(lower.slice(m.end, m.end + 24))) return false;
  const before = lower.slice(Math.max(0, m.start - 60), m.start);
  if (BACKGROUND_OF_BEFORE.test(before) && !isOwnLaunchObject(m, trigger, lower)) return false;
  // "zwingt Nutzer zum Umstieg auf GPT-5.2", "moves users to GPT-5": the replacement is not what stops
  if (
    (trigger.type === 'cancellation' || trigger.type === 'delay') &&
    (REPLACEMENT_BEFORE.test(before) ||
      REPLACES_AFTER.test(lower.slice(m.end, m.end + 30)) ||
      CAUSE_BEFORE.test(before))
  )
    return false;
  if (isReplacedByTrigger(m, trigger)) return false;
  // "Future Llama 4 models, although released under an open licence, ...": what is still to come was not released
  if (trigger.type === 'release' && FUTURE_PREMODIFIER_BEFORE.test(before)) return false;
  // "Nach US-Sanktionen auf Nvidia-Chips wechselt ByteDance zu Huaweis Ascend 910B": the chip moved to is not restricted
  if (
    trigger.type === 'export_control' &&
    m.start >= trigger.end &&
    (MOVE_TARGET_BEFORE.test(before) || MOVE_NOUN_BEFORE.test(before))
  )
    return false;
  // "Das Team, für das Sprachmodell Llama verantwortlich, wurde aufgelöst": the team's charge is no subject
  // (only in the team's own clause, "the team responsible for Llama 4 Behemoth was disbanded after the
  // model's launch was postponed" still delays the model; and not when the trigger's object refers back to
  // the charge: "The team in charge of Grok 4 released the model")
  // (the rare charge first: the three exceptions were tested for every mention)
  if (
    (RESPONSIBLE_FOR_BEFORE.test(before) ||
      (FUER_BEFORE.test(before) && RESPONSIBLE_AFTER.test(lower.slice(m.end, m.end + 40)))) &&
    !OTHER_CLAUSE_BETWEEN.test(lower.slice(Math.min(m.end, trigger.end), Math.max(m.start, trigger.start))) &&
    !ANAPHORIC_OBJECT.test(lower.slice(trigger.start, trigger.end + 30)) &&
    !PRONOUN_OBJECT_AFTER.test(lower.slice(trigger.end, trigger.end + 8))
  )
    return false;
  // "..., underscoring his confidence following the performance of Grok 4": a comment clause after the event
  if (
    (trigger.type === 'release' || trigger.type === 'plan') &&
    m.start >= trigger.end &&
    COMMENT_CLAUSE.test(lower.slice(trigger.end, m.start)) &&
    /\b(?:of|von|des|der)\s+(?:\S+\s+){0,2}$/u.test(before)
  )
    return false;
  // "unveiled its seventh-generation TPU": one member of the line, not named
  // (a line's head only, for a launch or a plan: "its seventh-generation Ironwood TPU" names Ironwood)
  if (
    (trigger.type === 'release' || trigger.type === 'plan') &&
    m.mention.entry.family === undefined &&
    ORDINAL_GENERATION_BEFORE.test(before) &&
    !/\d/u.test(m.mention.entry.name)
  )
    return false;
  // "introduced new MTIA chips designed to power Llama": what a launched product serves is no subject
  if (
    trigger.type === 'release' &&
    m.start >= trigger.end &&
    servesBefore(lower.slice(trigger.end, m.start), trigger.text)
  )
    return false;
  // "is now available ... on both Qwen Chat and Alibaba Cloud": where a product is available is no subject
  if (
    /availab|verfügbar|\blive\b/u.test(trigger.text) &&
    m.start >= trigger.end &&
    AVAILABLE_ON_BEFORE.test(lower.slice(Math.max(trigger.end, m.start - 30), m.start))
  )
    return false;
  // "has not passed Nvidia's tests, causing Samsung's stock to drop": a company owning something else moved nothing
  if (financial && OWNER_OF_OTHER_AFTER.test(lower.slice(m.end, m.end + 30))) return false;
  // "die Anteile von Huawei-Zulieferern": the company glued to its suppliers or customers is not the mover
  if (financial && BUSINESS_PARTNERS_AFTER.test(lower.slice(m.end, m.end + 20))) return false;
  // "Der H20-Nachfolger rutscht ...", "the H20 successor": the product named is not the one the event is about
  if (SUCCESSOR_AFTER.test(lower.slice(m.end, m.end + 20))) return false;
  if (financial && m.start >= trigger.end && SUBORDINATE_BETWEEN.test(lower.slice(trigger.end, m.start)))
    return false;
  // "pull the plug on its silicon comes weeks after the company announced a deal for TPUs"
  if (m.start >= trigger.end && LATER_CLAUSE_BETWEEN.test(lower.slice(trigger.end, m.start))) return false;
  // "unveiled the RTX Pro 6000D ..., after Washington restricted exports of its most advanced chips": a
  // restriction in a later clause with an unnamed object of its own is not about the product before it
  if (
    trigger.type === 'export_control' &&
    m.end <= trigger.start &&
    LATER_CLAUSE_BETWEEN.test(lower.slice(m.end, trigger.start)) &&
    UNNAMED_CHIPS_AFTER.test(lower.slice(trigger.end, trigger.end + 90))
  )
    return false;
  if (m.start >= trigger.end && UNNAMED_OBJECT_CLAUSE.test(lower.slice(trigger.end, m.start))) return false;
  return financial
    ? !RIVAL_BEFORE.test(before)
    : (!comparedBefore(lower, m.start) ||
        GENERATION_NAMED_BEFORE.test(before) ||
        releasedAs(m, before, lower)) &&
        !POWERED_BY_BEFORE.test(before) &&
        !(
          (trigger.type === 'release' || trigger.type === 'plan') &&
          m.mention.entry.kind === 'chip' &&
          MADE_USING_BEFORE.test(before)
        ) &&
        !MAKER_OF_BEFORE.test(before) &&
        !MEASURED_AGAINST_AFTER.test(lower.slice(m.end, m.end + 40));
}

/**
 * "plans to release the latest generation of its large language model, V4", "will die neueste Generation
 * des KI-Modells V4 veröffentlichen": a name in apposition to a kind noun after the newest generation that
 * a launch verb takes as object names that generation; "the next generation of GPT-4", "beats the latest
 * generation of AMD accelerators MI355X" keep the name a yardstick.
 */
const GENERATION_NAMED_BEFORE =
  /(?:\b(?:will|wollen|soll|sollen|wird|werden|plant|planen)\s+(?:die|seine|ihre)\s+(?:neue|neueste|jüngste)\p{L}*\s+generation|\b(?:releas|launch|unveil|introduc|ship|debut|roll|veröffentlich|vorstell|vorzustellen|präsentier|bring|herausbring|enthüll|lancier)\p{L}*\s+(?:(?:out|the|its|their|die|den|seine|ihre)\s+)*(?:latest|newest|new|neue\p{L}*|neueste\p{L}*|jüngste\p{L}*)\s+generation)\s+(?:of|von|der|des)\s+(?:\S+\s+){0,3}?[\p{L}-]*(?:models?|modells?|llms?|chips?|gpus?|accelerators?|beschleunigers?)\s*,?\s+["„“]?$/u;

/** "als GPT-4.5 veröffentlicht", "als Gemini auf den Markt gebracht": the name a product came out under. */
const ALS_BEFORE =
  /(?<!(?<![\p{L}])(?:früher|später|eher|mehr|weniger|besser|schlechter|schneller|langsamer|größer|kleiner|stärker|schwächer|billiger|teurer|günstiger|höher|niedriger|länger|kürzer|leistungsfähiger|leistungsstärker|effizienter|genauer|anders|lieber)(?:\s+(?!(?:und|oder|ist|sind|wurde|wurden|war|hat)\s)[\p{L}-]+)?\s+)(?<![\p{L}])als\s+["„“‚‘]?$/u;
const RELEASED_AFTER =
  /^["“”‘’]?\s+(?:(?!(?:und|oder|aber|sondern|doch|wurde|wurden|wird|werden|ist|sind|war|hat|haben)\s)[^\s,;]+\s+){0,3}?(?:veröffentlicht|vorgestellt|eingeführt|erschienen|gestartet|vermarktet|ausgeliefert|lanciert|auf den markt|herausgebracht)(?![\p{L}])/u;

/** Whether a name after "als" is the name its product was released under (see above). */
function releasedAs(m: LocalMention, before: string, lower: string): boolean {
  return ALS_BEFORE.test(before) && RELEASED_AFTER.test(lower.slice(m.end, m.end + 60));
}

/** A possessive before a noun that is no price, result or company figure ("Nvidia's tests", "Nvidias Tests"). */
const OWNER_OF_OTHER_AFTER =
  /^(?:['’]s?|s)\s+(?!(?:\S+\s+)?(?:shares?|stock|aktien?\p{L}*|papiere|titel|kurs\p{L}*|market|börsen\p{L}*|revenue\p{L}*|sales|umsatz\p{L}*|umsätze|earnings|profit\p{L}*|gewinn\p{L}*|income|loss\p{L}*|verlust\p{L}*|results|ergebnis\p{L}*|quartal\p{L}*|quarter\p{L}*|fiscal|geschäfts\p{L}*|charge\p{L}*|abschreibung\p{L}*|guidance|prognose|outlook|valuation|bewertung|data[- ]cent\p{L}*|rechenzentrums\p{L}*|bottom|top line|net|operating|gross|brutto\p{L}*|netto\p{L}*|\p{L}*umsatz\p{L}*|\p{L}*geschäft\p{L}*)\b)(?:tests?|prüfung\p{L}*|qualifi\p{L}*|certifi\p{L}*|zertifi\p{L}*|standards?|requirements?|anforderungen)\b/u;

/** The platform a product is available on or through ("on both Qwen Chat and ...", "über Azure"). */
const AVAILABLE_ON_BEFORE =
  /(?<![\p{L}\p{N}])(?:on|via|through|über|auf|bei)\s+(?:both\s+|the\s+|sowohl\s+)?$/u;

/** A product glued to its successor ("H20-Nachfolger", "the H20 successor", "Nachfolgemodell"). */
const SUCCESSOR_AFTER = /^(?:-|\s)(?:nachfolger|nachfolgemodell|nachfolgechip|nachfolge-|successor)/u;

/** A company glued to its business partners ("Huawei-Zulieferer", "Nvidia-Kunden", "Apple suppliers"). */
const BUSINESS_PARTNERS_AFTER =
  /^(?:-|\s)(?:zulieferer|lieferanten|kunden|partner|konkurrenten|rivalen|suppliers?|customers?|partners?|rivals?)/u;

/** A chip's own kind noun: "its Vera Rubin NVL72 platform", "die Blackwell-Plattform" name the chip itself. */
const CHIP_PLATFORM_AFTER = /^(?:-|\s)(?:plattform|platform)\b/iu;

/**
 * Whether a mention only modifies an app, its users or a platform ("Gemini-App", "ChatGPT users"); a
 * chip's platform is the chip, so it stays a head.
 */
function modifiesPlatform(m: LocalMention, lower: string): boolean {
  const after = lower.slice(m.end, m.end + 14);
  if (m.mention.entry.kind === 'chip' && CHIP_PLATFORM_AFTER.test(after)) return false;
  return (
    PLATFORM_HEAD.test(after) || AUDIENCE_OF_BEFORE.test(lower.slice(Math.max(0, m.start - 40), m.start))
  );
}

/** The audience named before the platform: "für zahlende Nutzer von ChatGPT Plus", "to subscribers of". */
const AUDIENCE_OF_BEFORE =
  /(?<![\p{L}])(?:nutzer(?::innen|innen)?|nutzenden|kund(?:en|innen)|abonnent(?:en|innen)|users|subscribers|customers)\s+(?:von|vom|des|der|of)\s+(?:the\s+)?$/u;

/** "durch Falcon Shores ersetzen", "replace ... with the MI400": where the replacement begins in a trigger. */
const REPLACEMENT_IN_TRIGGER = /\s(?:durch|with)(?=\s|$)/u;

/**
 * "will die Gaudi-Serie durch Falcon Shores ersetzen": in a trigger that replaces one product by another,
 * the one replaced (named before "durch"/"with") is not the subject; the replacement is.
 */
function isReplacedByTrigger(m: LocalMention, trigger: Trigger): boolean {
  if (!/ersetz|replace/u.test(trigger.text) || m.start < trigger.start || m.end > trigger.end) return false;
  const by = REPLACEMENT_IN_TRIGGER.exec(trigger.text);
  return by !== null && m.start < trigger.start + by.index;
}

/** A break between clauses: a semicolon, a contrast after a comma, a dash between list items. */
const CONTRASTS = 'while|whereas|während|wohingegen|but|aber|doch|jedoch';
const CLAUSE_BREAK = new RegExp(`;|,\\s*(?:${CONTRASTS}|with)\\b|\\s-\\s`, 'u');
/**
 * The breaks that also keep a date out of another clause's event: ", with shipments starting in 2026"
 * still dates the launch before it, so ", with" is not one of them.
 */
export const DATE_CLAUSE_BREAK = new RegExp(`;|,\\s*(?:${CONTRASTS})\\b|\\s-\\s`, 'u');

const CLAUSE_PENALTY = 100_000;
/**
 * "brachte zwei Llama-Modelle auf den Markt, verschob aber Behemoth": a trigger verb right after a
 * comma opens a coordinated clause whose object follows it; a name before the comma, three or more
 * words and no other comma away, is farther (an appositive ", a model trained for $6m," has two).
 */
const CLAUSE_VERB_AFTER_COMMA = /^[^,]*[^\s,]\s+(?:[^\s,]+\s+){2,}[^\s,]*,\s*$/u;
/**
 * The exact pre-test of {@link CLAUSE_VERB_AFTER_COMMA}: its matches end in a comma and whitespace, so a
 * gap that does not spares its backtracking (pick-subjects-cues.test.ts holds the two together).
 */
const endsInComma = (gap: string): boolean => gap.trimEnd().endsWith(',');

/**
 * The comma pre-test with the pattern it guards: every gap the pattern matches must pass it
 * (pick-subjects-cues.test.ts). reach cuts its gaps from a lower-cased sentence, so those are the texts.
 */
export const CUE_CHECKS: readonly CueCheck[] = Object.freeze([
  cueCheck('CLAUSE_VERB_AFTER_COMMA', CLAUSE_VERB_AFTER_COMMA, [endsInComma], {
    textsOf: lowerSentencesOf,
  }),
]);

/** Distance to the trigger, with any mention beyond a clause break farther than every one before it. */
function reach(m: LocalMention, t: Trigger, lower: string): number {
  const [from, to] = m.end <= t.start ? [m.end, t.start] : [t.end, m.start];
  const gap = lower.slice(from, to);
  // the pattern ends in ",\s*$" (the set trimEnd removes): ruling that out first spares its backtracking
  // through every other gap
  const broken =
    from < to &&
    (CLAUSE_BREAK.test(gap) || (m.end <= t.start && endsInComma(gap) && CLAUSE_VERB_AFTER_COMMA.test(gap)));
  return distance(m, t) + (broken ? CLAUSE_PENALTY : 0);
}

function nearest(
  eligible: readonly LocalMention[],
  trigger: Trigger,
  lower: string,
): LocalMention | undefined {
  let best = eligible[0];
  for (const m of eligible)
    if (best === undefined || reach(m, trigger, lower) < reach(best, trigger, lower)) best = m;
  return best;
}

/** A new main clause after the relative clause: "..., und die Produktion wird ...". */
const CLAUSE_CLOSED = /;|,\s*(?:und|and|aber|but|doch|während|while|denn|sondern)\s/u;
/** A relative pronoun after a comma: ", das ...", ", which ...", ", der ...". */
const RELATIVE_PRONOUN = /,\s*(?:das|die|der|den|dem|welche[sr]?|which|that)\s/gu;

/**
 * ", die Produktion des Chips wird ... anlaufen": an article, its noun (with up to four words after it) and a
 * finite auxiliary followed by more words: a main clause with its verb second.
 */
const VERB_SECOND_AFTER_ARTICLE =
  /^,\s*(?:das|die|der)\s+[^\s,;]+(?:\s+[^\s,;]+){0,4}?\s+(?:wird|werden|soll|sollen|solle|hat|haben|ist|sind|war|waren|wurde|wurden|kann|können|dürfte|dürften|könnte|könnten)\s+[^\s,;]+\s+\S/u;

/** The relative pronoun right after a name, with at most a kind noun between ("Blackwell chip, which"). */
const RELATIVE_RIGHT_AFTER =
  /^(?:[\s-]*[\p{L}-]*(?:chips?|gpus?|modell?e?|models?|prozessors?|processors?|beschleunigers?|accelerators?))?\s*,\s*(?:which|that|welche[sr]?|(?:das|die|der)(?=\s+(?:im|am|in|vor|seit|bereits|erst|schon|noch|nun|ab|bis|für|ursprünglich|eigentlich|offiziell|inzwischen|mittlerweile|derzeit|20\d\d)\b))\s/u;

/**
 * "Maia may not match Nvidia's Blackwell chip, which was released late last year": a relative clause
 * right after a comparison baseline tells of the baseline, so the baseline is the subject of a
 * trigger inside it (when no other mention of the kind stands between the clause and the trigger).
 */
function baselineAntecedent(
  local: readonly LocalMention[],
  kind: EntityKind,
  eligible: readonly LocalMention[],
  trigger: Trigger,
  lower: string,
): LocalMention | undefined {
  const ofKind = local.filter((m) => m.mention.entry.kind === kind && m.end <= trigger.start);
  const last = ofKind[ofKind.length - 1];
  if (last === undefined || eligible.includes(last)) return undefined;
  // up to the trigger's end: the German pronoun is told from an article by the word after it, which may
  // open the trigger ("NVL576, das für 2027 angekündigt ist")
  const clause = RELATIVE_RIGHT_AFTER.exec(lower.slice(last.end, trigger.end));
  if (clause === null || last.end + clause[0].length > trigger.start) return undefined;
  const between = lower.slice(last.end + clause[0].length, trigger.start);
  // "übertrifft den H100, die für 2026 geplante Rubin-Generation ...": an inflected participle is
  // attributive, so "die" was an article; the phrase tells of the product named right after it, or,
  // naming none ("als GPT-5, die für Juni geplante Version"), of the yardstick it stands beside
  const attributive = GERMAN_PRONOUN_END.test(clause[0]) && ATTRIBUTIVE_PARTICIPLE_END.test(trigger.text);
  if (attributive && ofKindRightAfter(local, kind, trigger.end)) return undefined;
  return /[,;:]/u.test(between) ? undefined : last;
}

const GERMAN_PRONOUN_END = /(?:das|die|der)\s$/u;

/** Whether a mention of `kind` opens the words right after `at` ("geplante Rubin-Generation"). */
function ofKindRightAfter(local: readonly LocalMention[], kind: EntityKind, at: number): boolean {
  return local.some((m) => m.mention.entry.kind === kind && m.start >= at && m.start - at <= 2);
}
/** A German participle inflected as an adjective: "geplante", "angekündigten". */
const ATTRIBUTIVE_PARTICIPLE_END = /(?<=\p{L}{3})t(?:e|en|er|es|em)$/u;

/**
 * "Magistral Medium, das leistungsstärkere Modell, das über „Le Chat“ verfügbar ist": a trigger in a
 * relative clause tells of the clause's antecedent, the last eligible mention before the pronoun
 * (within 80 characters), not of a mention inside the clause. Undefined when there is none.
 */
function antecedent(
  eligible: readonly LocalMention[],
  trigger: Trigger,
  lower: string,
): LocalMention | undefined {
  let pronoun = -1;
  for (const m of lower.slice(0, trigger.start).matchAll(RELATIVE_PRONOUN)) pronoun = m.index;
  // "..., die breite Bemusterung hat begonnen, und die Produktion wird anlaufen": a clause that closed
  // before the trigger was no relative clause around it (or the "die" was an article)
  if (pronoun < 0 || CLAUSE_CLOSED.test(lower.slice(pronoun + 1, trigger.start))) return undefined;
  // ", die Produktion des Blackwell-Chips wird ... anlaufen": a finite verb in second place makes the "die"
  // an article opening a main clause (a relative clause puts it last)
  if (VERB_SECOND_AFTER_ARTICLE.test(lower.slice(pronoun, trigger.end))) return undefined;
  const before = eligible.filter((m) => m.end <= pronoun && pronoun - m.end <= 80);
  const inside = eligible.some((m) => m.start > pronoun && m.end <= trigger.start);
  return inside ? before[before.length - 1] : undefined;
}

/** "that the company launched", "which it released": a relative clause whose object is its antecedent. */
const OBJECT_GAP_BEFORE =
  /(?:\b(?:chips?|gpus?|models?|accelerators?|processors?|systems?|products?|versions?|platforms?|successors?|family|series)|\d)\s+(?:that|which)\s+(?:the\s+(?:company|firm|group|chipmaker|startup|lab)|it|they|we|\p{L}+)\s+(?:(?:has|had|have|just|first|recently|originally|officially|quietly)\s+)*$/u;

/**
 * "Gaudi 3, a cost-efficient AI accelerator that the company launched in September with ...": the
 * trigger in an object relative clause tells of the clause's antecedent, the last eligible mention
 * before the pronoun (within 90 characters), not of a mention after the verb. Undefined when there is none.
 */
function objectAntecedent(
  eligible: readonly LocalMention[],
  trigger: Trigger,
  lower: string,
): LocalMention | undefined {
  const gap = OBJECT_GAP_BEFORE.exec(lower.slice(Math.max(0, trigger.start - 60), trigger.start));
  if (gap === null) return undefined;
  const pronoun = trigger.start - (gap.input.length - gap.index) + gap[0].search(/\s(?:that|which)\s/u);
  const before = eligible.filter((m) => m.end <= pronoun && pronoun - m.end <= 90);
  const last = before[before.length - 1];
  return last !== undefined && !/[;:.]/u.test(lower.slice(last.end, pronoun)) ? last : undefined;
}

/** An English launch verb in the active voice, whose object is what was launched. */
const ACTIVE_LAUNCH =
  /^(?:released|launched|unveiled|introduced|debuted|rolled out|releasing|launching|unveiling|introducing|debuting|rolling out|releases|launches|unveils|introduces|debuts|rolls out)$/u;
const PASSIVE_BEFORE = /\b(?:was|were|is|are|be|been|being|has|have|had|get|gets|got)\s+(?:\S+\s+)?$/u;
/** What may stand between an active verb and its object: articles, possessives and a few modifiers. */
const OBJECT_LEAD =
  /^\s+(?:(?:the|its|their|a|an|his|her|two|three|new|latest|next|first|open|open-source|open-weight|updated|upgraded|fast-thinking|deep-thinking|reasoning|flagship|[\p{L}-]+-(?:thinking|source|weight|based))\s+){0,4}(?:(?:ai\s+)?(?:model|chip|accelerator|gpu|processor|system)s?\s+)?["'“„]?$/u;

/**
 * "subsidiary Qwen released Qwen3-Max-Preview", "its Hunyuan model, launching the fast-thinking model
 * TurboS": an active launch verb's object, right after it, is what was launched, not the agent or the
 * family named before the verb. Undefined when no eligible mention follows that closely.
 */
function objectOfActiveLaunch(
  eligible: readonly LocalMention[],
  trigger: Trigger,
  lower: string,
): LocalMention | undefined {
  if (trigger.type !== 'release' || !ACTIVE_LAUNCH.test(trigger.text)) return undefined;
  if (PASSIVE_BEFORE.test(lower.slice(Math.max(0, trigger.start - 20), trigger.start))) return undefined;
  const first = eligible.find((m) => m.start >= trigger.end);
  return first !== undefined && OBJECT_LEAD.test(lower.slice(trigger.end, first.start)) ? first : undefined;
}

/**
 * "eine neue Generation von Tensor Processing Units (TPU) namens Ironwood": a chip line's member named
 * in the same clause (or alone in brackets after it) is the subject rather than the line; one named
 * beyond a clause break ("stoppte die Ascend-Reihe, da der Ascend 910C ...") is not. (A model family is
 * different: one launch of its members is the family's event.)
 */
function namedMember(best: LocalMention, eligible: readonly LocalMention[], lower: string): LocalMention {
  if (best.mention.entry.kind !== 'chip') return best;
  return (
    eligible.find(
      (m) =>
        (m.mention.entry.family === best.mention.entry.id || bracketedAfter(best, m, lower)) &&
        !CLAUSE_BETWEEN_MENTIONS.test(
          gapBetween(lower, Math.min(best.end, m.end), Math.max(best.start, m.start)),
        ),
    ) ?? best
  );
}

/** "Nvidia Blackwell (GB300s)-Chips": a chip of the same maker alone in brackets right after the line names it exactly. */
function bracketedAfter(best: LocalMention, m: LocalMention, lower: string): boolean {
  const maker = best.mention.entry.developer;
  return (
    maker !== undefined &&
    m.mention.entry.developer === maker &&
    m.start > best.end &&
    /^\s*\($/u.test(lower.slice(best.end, m.start)) &&
    /^s?\)/u.test(lower.slice(m.end, m.end + 2))
  );
}

/** A subordinate clause or a clause break between two mentions: ", da Musk betont hatte, dass Dojo 2 ...". */
const CLAUSE_BETWEEN_MENTIONS = new RegExp(
  `${CLAUSE_BREAK.source}|,\\s*(?:da|weil|dass|obwohl|nachdem|als|wenn|während|because|since|although|though|after|when|while|as|whereas)\\b`,
  'u',
);

/** `best` and its coordinated siblings: first those after it, then those before it, nearest first. */
function withCoordinated(
  best: LocalMention,
  eligible: readonly LocalMention[],
  lower: string,
  trigger: Trigger,
): LocalMention[] {
  const chosen = [best];
  const sorted = [...eligible].sort((a, b) => a.start - b.start);
  const at = sorted.indexOf(best);
  for (let k = at + 1; k < sorted.length; k += 1) {
    const prev = sorted[k - 1];
    const cur = sorted[k];
    if (prev === undefined || cur === undefined) break;
    if (!coordinated(lower, prev, cur, trigger) && !FOLLOWED_BY.test(gapBetween(lower, prev.end, cur.start)))
      break;
    chosen.push(cur);
  }
  for (let k = at - 1; k >= 0; k -= 1) {
    const cur = sorted[k];
    const next = sorted[k + 1];
    if (cur === undefined || next === undefined || !coordinated(lower, cur, next, trigger)) break;
    chosen.push(cur);
  }
  return chosen;
}

/**
 * One launch of a model family and its members is the family's event; a chip line named beside its
 * member ("the new TPU, Ironwood") is the member's. Each entity counts once.
 */
function withoutFamilyMembers(chosen: readonly LocalMention[]): LocalMention[] {
  const ids = new Set(chosen.map((m) => m.mention.entry.id));
  const chipLines = new Set(
    chosen.filter((m) => m.mention.entry.kind === 'chip').map((m) => m.mention.entry.family),
  );
  const unique = new Map<string, LocalMention>();
  for (const m of chosen) {
    const { family, kind, id } = m.mention.entry;
    if (
      kind === 'chip' ? chipLines.has(id) : family !== undefined && ids.has(family) && !newVersion(m, chosen)
    )
      continue;
    if (!unique.has(m.mention.entry.id)) unique.set(m.mention.entry.id, m);
  }
  return [...unique.values()];
}

/** Whether `m` is a new version of a family also chosen ("Gemma and Gemma 2"): a launch of its own. */
const newVersion = (m: LocalMention, chosen: readonly LocalMention[]): boolean =>
  chosen.some(
    (f) =>
      f.mention.entry.id === m.mention.entry.family &&
      isNewVersionOf(m.mention.entry.name, f.mention.entry.name),
  );

/** An opening bracket and a short lead before a repeated name: "Baidu (NASDAQ: BIDU", "Alibaba (". */
const BRACKET_OPENED = /^\s*\([^()]{0,20}$/u;

/**
 * "Alibaba Group (NYSE:BABA) and Baidu (NASDAQ:BIDU) are ...": a name repeated in brackets right after
 * itself (a ticker, an alias) is the same conjunct, so it neither ends a coordination nor counts twice.
 */
function withoutBracketedRepeats(local: readonly LocalMention[], lower: string): readonly LocalMention[] {
  return local.filter(
    (m) =>
      !local.some(
        (p) =>
          p !== m &&
          p.mention.entry.id === m.mention.entry.id &&
          p.end <= m.start &&
          BRACKET_OPENED.test(lower.slice(p.end, m.start)),
      ),
  );
}

/**
 * A remark opened right after a name (a possessive or kind noun may follow it: "H20-Chip") by a dash or
 * bracket and not closed before the next name; "– and ..." opens a conjunct, not a remark.
 */
const REMARK_OPENED =
  /^\S{0,12}\s*(?:\s[-–—]\s|\()(?!\s*(?:and|und|sowie|or|oder|as well as|plus|along with|zusammen mit)\s)([^–—()]*)$/u;
/** The remark closed before the trigger. */
const REMARK_CLOSED = /^[^–—()]*(?:\s[-–—]\s|\))/u;
/**
 * A bare apposition names the head itself: an article at most before the name and the remark closed right
 * after it ("the H20 – the B30A – is due"; not "– the H100's China sibling –").
 */
const BARE_APPOSITION =
  /^\s*(?:(?:the|a|an|its|der|die|das|den|dem|ein|eine|seine?n?|ihre?n?)\s+)?["„“‚‘]?$/u;

/**
 * "für den H20-Chip – eine für China angepasste Variante des Hopper-Prozessors – eine Exportgenehmigung
 * erforderlich": an eligible name inside a remark about the eligible name before it describes that name;
 * a trigger after the remark is not about it. A bare apposition ("– the B30A –") is kept.
 */
function outsideRemarks(eligible: readonly LocalMention[], trigger: Trigger, lower: string): LocalMention[] {
  return eligible.filter((m) => {
    if (m.end > trigger.start) return true;
    const before = eligible.filter((p) => p.end <= m.start);
    const head = before[before.length - 1];
    if (head === undefined) return true;
    const opened = REMARK_OPENED.exec(lower.slice(head.end, m.start));
    return (
      opened === null ||
      (BARE_APPOSITION.test(opened[1] ?? '') && /^\s*(?:[-–—)]|$)/u.test(lower.slice(m.end, m.end + 3))) ||
      !REMARK_CLOSED.test(lower.slice(m.end, trigger.start))
    );
  });
}

/**
 * The subject mentions of a trigger. `kinds` are tried in order and the first kind with an eligible
 * mention inside the trigger's clause wins (else the first kind with any): the nearest one (a chip
 * line's named member rather than the line), then its coordinated siblings, with members of a chosen
 * model family dropped. Mentions in a later clause of time or cause are never subjects; a financial
 * trigger also ignores companies in any subordinate clause after it ("nachdem Nvidia ...") and
 * companies after "than/als". Empty when no kind has an eligible mention.
 */
export function pickSubjects(
  kinds: readonly EntityKind[],
  trigger: Trigger,
  local: readonly LocalMention[],
  lower: string,
): LocalMention[] {
  const picks: { best: LocalMention; eligible: LocalMention[]; object: boolean }[] = [];
  // investors, a supplier's customers, a challenged rival: their figures did not move
  const partners =
    trigger.type === 'financial'
      ? partnerOrgs(
          local.filter((m) => m.mention.entry.kind === 'organization'),
          lower,
        )
      : new Set<LocalMention>();
  const named = withoutBracketedRepeats(local, lower);
  for (const kind of kinds) {
    const all = outsideRemarks(
      named.filter((m) => !partners.has(m) && isEligible(m, kind, trigger, lower)),
      trigger,
      lower,
    );
    const heads = all.filter((m) => !modifiesPlatform(m, lower));
    const eligible = heads.length > 0 ? heads : all;
    const object =
      objectAntecedent(eligible, trigger, lower) ?? objectOfActiveLaunch(eligible, trigger, lower);
    const found =
      baselineAntecedent(local, kind, eligible, trigger, lower) ??
      antecedent(eligible, trigger, lower) ??
      object ??
      nearest(eligible, trigger, lower);
    if (found !== undefined)
      picks.push({ best: namedMember(found, eligible, lower), eligible, object: found === object });
  }
  // a preferred kind only beyond a clause break loses to another kind inside the trigger's clause, and
  // any kind to the antecedent of the object relative clause the trigger stands in
  const pick =
    picks.find((p) => p.object) ??
    picks.find((p) => reach(p.best, trigger, lower) < CLAUSE_PENALTY) ??
    picks[0];
  return pick === undefined
    ? []
    : withoutFamilyMembers(withCoordinated(pick.best, pick.eligible, lower, trigger));
}
