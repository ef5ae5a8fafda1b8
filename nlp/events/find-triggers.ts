/**
 * Trigger finding: where in a sentence the lexicon (event-cues.ts) names an event of a type, minus
 * matches that the words around them rule out (negated, background, a future modifier, a noun in a
 * prospective clause, a succession without a date, "push back against").
 */
import { MONTH_NAME_PATTERN } from '../lexicon/months.js';
import {
  ATTRIBUTIVE_PARTICIPLE,
  BACKGROUND_BEFORE,
  COMPOUND_TAIL,
  EXPORT_ALLOW,
  COPULA_BEFORE,
  FUTURE_MODIFIER_BEFORE,
  LAUNCH_NOUN_SET_FOR,
  LIMITS_MOVED_AFTER,
  LIMITS_MOVED_BEFORE,
  NOT_YET_RELEASED_BEFORE,
  MODAL_AFTER,
  MODAL_BEFORE,
  NEGATION_BEFORE,
  NOMINAL_COMPOUND_RELEASE,
  NOMINAL_TRIGGER,
  NOT_A_RELEASE_AFTER,
  SALES_TARGET,
  STATEMENT_AFTER,
  DOCUMENT_OBJECT_AFTER,
  ORDER_DELAY_AFTER,
  ORDER_DELAY_BEFORE,
  PROSPECTIVE_CLAUSE,
  RELEASE_BASE_FORM,
  PUSH_BACK_AGAINST,
  SUCCESSION,
  TRIGGERS,
} from '../event-cues.js';
import { EVENT_TYPES, type EventType } from '../types.js';
import { chunkedScanner } from './scanner-chunks.js';
import { TriggerScanner, type LexiconSource } from './trigger-scanner.js';

/** A lexicon match that may make an event; offsets are into the sentence text. */
export interface Trigger {
  type: EventType;
  start: number;
  end: number;
  text: string;
}

/** The compound tails ("export", "verbot", "aktie") that one of a type's alternatives spells out. */
function tailsOf(type: EventType): string[] {
  const tails = COMPOUND_TAIL.source.replace(/^\^\(\?:|\)$/gu, '').split('|');
  return tails.filter((tail) => TRIGGERS[type].source.includes(tail));
}

/**
 * Each type's lexicon in one scanner that tries its alternatives only where a trigger may start: at a
 * word start, or inside a word where one of the type's compound tails begins ("US-Exportverbot"), and
 * only where a literal prefix (up to twelve characters) of one of its alternatives stands (see
 * trigger-scanner.ts).
 */
const LEXICONS = {} as Record<EventType, LexiconSource>;
for (const t of EVENT_TYPES) LEXICONS[t] = { source: TRIGGERS[t].source, tails: tailsOf(t) };
const SCANNER = new TriggerScanner(LEXICONS);

/**
 * The clause around a trigger: from the last clause break (`,;:`) in the 70 characters before it to
 * the next one in the 40 after it. Hedges and modifiers only count inside it.
 */
export function clauseWindow(lower: string, start: number, end: number): [number, number] {
  let from = Math.max(0, start - 70);
  const before = lower.slice(from, start);
  const cut = Math.max(before.lastIndexOf(','), before.lastIndexOf(';'), before.lastIndexOf(':'));
  if (cut >= 0) from += cut + 1;
  let to = Math.min(lower.length, end + 40);
  const stop = lower.slice(end, to).search(/[,;:]/u);
  if (stop >= 0) to = end + stop;
  return [from, to];
}

const GENERIC_PLURAL_LAUNCH = /^(?:markteinführungen|veröffentlichungen|einführungen|vorstellungen)$/u;
const OF_PRODUCT = /^\s+(?:von|des|der|ihrer|seiner|neuer)\b/u;

/** "Zeitpläne für Markteinführungen": a plural launch noun without its product is launches in general. */
function isGenericPlural(match: string, after: string): boolean {
  const plural = /^en\b/u.test(after);
  const noun = plural ? `${match}en` : match;
  return GENERIC_PLURAL_LAUNCH.test(noun) && !OF_PRODUCT.test(plural ? after.slice(2) : after);
}

const NEGATED_PARTICLE = /\s(?:nicht|nie|niemals)\s+(?:mehr\s+)?(?:ein|vor|aus|bereit|frei|heraus|nach)$/u;
/** A German finite verb as the whole trigger ("verschiebt", "verzögert", "verschob", "stellte"). */
const GERMAN_FINITE_VERB = /^\p{L}+(?:t|te|ten|ob|oben)$/u;
/**
 * German main-clause order puts the negation after the finite verb and its object: "Google verzögert den
 * Start diesmal nicht", "verschiebt R2 nicht, sondern ...". The negation must close the trigger's own
 * clause (no "und", "aber" or dash between: "veröffentlicht Llama 4 und verrät nicht, wie ..." reports the
 * release) or stand before "sondern" or "mehr"; "nicht nur", "nicht zum ersten Mal" negate no event.
 */
const NEGATION_CLOSES_CLAUSE =
  /^(?:(?!\s(?:und|oder|aber|doch|denn|sondern|–|-)\s)[^,;.:!?()–]){0,60}?(?<![\p{L}])(?:nicht|nie|niemals|keineswegs)(?=\s*(?:$|[,;.:!?)]|–|-\s|sondern\b|mehr\b))/u;

/** "hat das Projekt ... gestartet": work on something started, nothing released. */
const PROJECT_STARTED_BEFORE =
  /\b(?:das|ein|den|die)\s+(?:\S+\s+)?(?:projekt|programm|vorhaben|entwicklung|training|initiative|pilot\w*|test\w*|arbeit\w*)\b[^;!?]*$/u;
/** "showcased several fresh features for its model": features of a product, not the product. */
const FEATURES_AFTER =
  /^\s+(?:[^\s,;:]+\s+){0,3}?(?:features?|capabilities|functions?|funktionen|neuerungen|demos?)\b/u;
/** "Tage von der", "Wochen vom": a span of time up to a launch noun ... */
const TIME_FROM_BEFORE = /(?<![\p{L}])(?:tage|wochen|monate|stunden)\s+(?:von der|von dem|vom)\s+$/u;
/** ... that the clause calls a distance still to go ("entfernt"), not a span since it ("an", "bis"). */
const DISTANT_AFTER = /^[^,;.!?]{0,90}?(?<![\p{L}])entfernt(?![\p{L}])/u;
/** Verbs of shipping and selling, which also tell of deliveries long after a launch. */
const SHIPPING_VERB =
  /^(?:ausgeliefert|geliefert|verkauft|angeboten|shipp\w*|ships?|sold|sell\w*|deliver\w*|liefer\w*|ausliefer\w*)$/u;
/**
 * The words around a match within its clause: back to the last `,;:` (verbs coordinated by "und" share
 * the subject before them: "Testmuster ... wurden fertiggestellt und an Partner ausgeliefert"), forward
 * to the next `,;:` or conjunction ("ausgeliefert und ersetzt die Prototypen" tells of something else).
 */
function commaFreeAround(s: Spot): string {
  const before = textBefore(s, 140);
  const cut = Math.max(before.lastIndexOf(','), before.lastIndexOf(';'), before.lastIndexOf(':'));
  const after = textAfter(s, 40).split(/[,;:]|\s(?:und|and|oder|or|aber|but)\s/u)[0] ?? '';
  return `${before.slice(cut + 1)} ${after}`;
}
/** A roadmap, strategy or plans as the object of a launch verb. */
const ROADMAP_OBJECT_AFTER =
  /^\s+(?:(?:eine?n?|die|den|das|seine?n?|ihre?n?|its|their|a|an|the|new|neue\p{L}*|updated|aktualisierte\p{L}*|strategische\p{L}*|strategic|erweiterte\p{L}*|extended|multi-year|mehrjährige\p{L}*)\s+){0,3}(?:roadmap|fahrplan|produktfahrplan|strategie|strategy|pläne|plans|zeitplan|timeline|vision(?=\s+(?:for|of|für|von)))(?![\p{L}-])(?!\s*(?:and|und|sowie|as well as|plus|along with|zusammen mit)\s)/u;
/** The same before a German verb at the end of its clause: "indem es eine neue Roadmap präsentierte". */
const ROADMAP_OBJECT_BEFORE =
  /(?<![\p{L}])(?:eine?n?|die|den|seine?n?|ihre?n?)\s+(?:\p{L}+\s+)?(?:roadmap|fahrplan|produktfahrplan|strategie|pläne|zeitplan)\s+$/u;
/** German orders as the object before a verb at the end of its clause. */
const ORDERS_OBJECT_BEFORE =
  /(?<![\p{L}])(?:die|ihre|seine|alle|viele|einige|ihren|seinen)\s+(?:\p{L}+\s+)?(?:bestellungen|aufträge|käufe|orders|kaufentscheidung(?:en)?|investitionsentscheidung(?:en)?)\s+(?:[^\s,;:!?]+\s+){0,8}$/u;
/** ... or after it: "put off a planned purchase of", "delays further orders for" (round 38). */
const ORDERS_OBJECT_AFTER =
  /^\s+(?:(?:a|an|the|its|their|some|any|further|new|planned|large|ihre|seine|die|den|eine?n?|geplante\p{L}*|weitere\p{L}*)\s+){0,3}(?:orders?|purchases?|bestellungen|aufträge|käufe|kauf|kaufentscheidung\p{L}*)(?![\p{L}])(?!\s+(?:fulfil|deliver|shipment|ausliefer|abwicklung))/u;
/**
 * What moved is a meeting, a trial, a visit or a report, not a product (round 38): named first as the
 * sentence's subject ("Die Hauptversammlung von Baidu, auf der es auch um ERNIE 5.0 gehen sollte, wurde
 * ... verschoben", "A court hearing ... has been pushed back"), or as the object right before the verb
 * ("hat ihren Besuch in Brüssel verschoben", "den Sicherheitsbericht ... mit großer Verspätung vorgelegt").
 */
const OCCASION =
  '(?:hauptversammlung|aktionärsversammlung|versammlung|sitzung|treffen|gespräche?|verhandlung|verhandlungstermin|gerichtstermin|anhörung|abstimmung|besuch|reise|spatenstich|grundsteinlegung|gipfel|konferenz|prozess\\s+(?:um|gegen)|meeting|hearing|court date|trial|vote|visit|trip|groundbreaking|summit|conference)';
/** A report handed in late, as the German object ("den Sicherheitsbericht ... mit Verspätung vorgelegt"); "a report said" is a source. */
const DOCUMENT_OBJECT =
  '(?:den|seinen|ihren)\\s+(?:[^\\s,;.:!?]+\\s+)?(?:\\p{L}*bericht|jahresabschluss|abschluss)';
const OCCASION_SUBJECT = new RegExp(
  // the occasion heads the sentence's subject and the moving verb is its passive or reflexive predicate:
  // "Die Hauptversammlung von Baidu, auf der ..., wurde ... verschoben", "A court hearing in a case against
  // OpenAI has been pushed back"; not "At the conference, Huawei said ...", "Trial production of ..."
  `^(?:(?:die|der|das|eine?|the|a|an)\\s+)?(?:[^\\s,;.:!?]+\\s+)?${OCCASION}(?:\\s+(?:von|des|der|zu|zur|zum|um|über|im|am|für|in|vor|of|on|over|about|for|with|against|between|before)\\s+[^,;:!?]*?)?(?:,[^,;:!?]*,)?\\s+(?:wurde|wird|werden|wurden|ist|sind|war|waren|has been|have been|had been|was|were|is|are|verzögert sich|verzögerte sich)\\s+(?:[^\\s,;:!?]+\\s+){0,5}$`,
  'u',
);
/** ... or with a reflexive verb right after it: "Der Prozess um ... verzögert sich". */
const OCCASION_SUBJECT_REFLEXIVE = new RegExp(
  `^(?:(?:die|der|das|eine?)\\s+)?(?:[^\\s,;.:!?]+\\s+)?${OCCASION}(?:\\s+[^,;:!?]*?)?(?:,[^,;:!?]*,)?\\s+$`,
  'u',
);
const OCCASION_OBJECT_BEFORE = new RegExp(
  // the German object before its verb; an English object follows its verb and is not read so
  `(?<![\\p{L}])(?:(?:ihren|seinen|ihre|seine|den|die|das)\\s+(?:[^\\s,;.:!?]+\\s+)?${OCCASION}|${DOCUMENT_OBJECT})(?![\\p{L}])\\s+(?:[^\\s,;:!?]+\\s+){0,6}$`,
  'u',
);
/**
 * What trails its timetable, is overdue or drifts into next year is a case, a plant, talks or payments,
 * not the product named beside it ("A lawsuit over Llama 4 trails its timetable", "Payments for H20 chips
 * are 90 days overdue", "Talks over B30A licences drifted into next year"): round 38's review.
 */
const NOT_A_PRODUCT_SUBJECT =
  /(?<![\p{L}])(?:lawsuits?|case|trial|hearing|qualification|plant|fab|factory|site|construction|talks|negotiations|deal|review|probe|investigation|payments?|invoices?|bills?|loans?|suppliers?|hbm[\p{L}\p{N}_]*|memory|wafers?|prozess|klage|rechtsstreit|verhandlungen|gespräche|zahlungen|rechnungen|bau|umsetzung|\p{L}*fabrik|gesetz|suche|prüfung|abnahme|verkauf|nachfrage|geschäft|entscheidung|frist|vorlage|aktienrückkauf|erstattung|erteilung|speicher|hbm-speicher|aktie|tickets)(?![\p{L}])/u;
/**
 * The delay cues (round 38) whose subject before them, or object inside them ("schiebt die Vorlage
 * seiner Quartalszahlen ... hinaus"), must be checked so: they say that something lags, drags or is
 * pushed out, and the product named in a modifier ("Lizenzen für den H20") is not that thing.
 */
const SUBJECT_FIRST_DELAY =
  /^(?:trail|behind\s|drift|(?:is|are|was|were)\s(?=.*overdue$)|hinter\s+(?:dem|seinem|ihrem)\s|hink|(?:zieht|ziehen|zog|zogen)\s+sich|(?:läuft|laufen|lief|liefen)\s|(?:lässt|lassen|ließ|ließen)\s+sich|hinaus|vertröst|(?:liefer|auslieferungs)verzug|(?:liefer|start|veröffentlichungs)termin\s)|^(?:schiebt|schieben|schob|schoben)\s.*hinaus$/u;
/** The end of something pushed out is no product either: "schiebt das Ende des kostenlosen Zugangs ... hinaus". */
const END_OF = /(?<![\p{L}])(?:das|dem)\s+ende\s+(?:des|der)(?![\p{L}])/u;

/** Samples and prototypes, which are shipped to partners long before a product launches. */
const SAMPLES =
  /(?<![\p{L}])(?:(?!(?:gebrauchs|verhaltens|nutzungs|denk|schnitt|bewegungs|such|sprach|farb|strick|geschmacks)muster)\p{L}*muster(?:n)?|samples?|engineering[- ]samples?|test ?chips?|prototyp\p{L}*|prototypes?)(?![\p{L}])/u;
/** A number of units: "eine Million", "1,5 Millionen", "200.000", "hunderttausende", "one million". */
const VOLUME =
  /(?<![\p{L}\p{N}])(?:\d{1,3}(?:[.,]\d{3})+|\d+(?:[.,]\d+)?\s*(?:millionen|million|mio\.?|tausend|thousand)|(?:eine|einer|one|a|zwei|two|drei|three|mehrere|several|einige|some)\s+(?:million|millionen)|hunderttausende|zehntausende|tausende|hundreds of thousands|tens of thousands|thousands|millions)(?![\p{L}\p{N}])/u;
/**
 * "die ersten 10.000", "the first 100,000 units", "konnten bereits 50.000 ausgeliefert werden": the first
 * deliveries, or a new product's deliveries so far, may be its launch.
 */
const FIRST_ONES = /(?<![\p{L}])(?:(?:ersten|first|initial)\s+(?:\S+\s+){0,2}?\d|bereits|schon|already)/u;
/** "weiter", "weiterhin", "continues to": deliveries that go on ("still shipped" may mean "nevertheless"). */
const CONTINUED_BEFORE =
  /(?<![\p{L}])(?:weiter|weiterhin|nach wie vor|continues? to|continued to|keeps?|kept)\s+(?:\S+\s+){0,3}$/u;
/** "jeweils im Dezember neue Modelle vorgestellt", "every year": a habit, not one launch. */
const HABITUAL =
  /\b(?:jeweils|jedes jahr|alljährlich|every year|each year|annually|in den letzten (?:beiden|zwei|drei|\d+) jahren|seit (?:längerem|langem|jahren|monaten)(?!\s+\p{L}*(?:erwartet|angekündigt|geplant|versprochen))|schon lange|for (?:years|months|a long time|some time)|has long been)\b/u;

/** "der am Mittwoch vorgestellte Halbleiter": a dated attributive launch is a launch of its own. */
const DATED_ATTRIBUTE_BEFORE =
  /\b(?:(?:am|im|vergangenen|letzten)\s+\p{L}+|frisch|gerade|soeben|jüngst|kürzlich|neu|erst)\s+$/u;

/**
 * A product and then a past time right after a launch noun or verb: "... of its Ascend 910C in the first
 * quarter", "after releasing Baichuan 4 in late 2025".
 */
const DATED_AFTER =
  /^\s+(?:(?:of|von|des|der|its|his|their|seine[ns]?|ihre[ns]?)\s+)?(?:[^\s,;:!?]+\s+){1,4}?(?:in|im|on|am)\s+(?:the\s+|dem\s+|der\s+|jahr\s+)?(?:(?:early|late|mid|anfang|mitte|ende)\s+)?(?:first|second|third|fourth|last|ersten|zweiten|dritten|vierten|letzten|q[1-4]\b|\d|jan|feb|mar|mär|apr|may\b|mai\b|jun|jul|aug|sep|oct|okt|nov|dec|dez|spring|summer|autumn|fall\b|winter|frühjahr|sommer|herbst)/u;

/** A lexicon match with the text around it, as the checks below read it. */
interface Spot {
  lower: string;
  start: number;
  end: number;
  match: string;
  /** The 40 characters before the match. */
  before: string;
  /** The 12 characters after the match. */
  after: string;
  hasDate: () => boolean;
}

const textAfter = (s: Spot, length: number): string => s.lower.slice(s.end, s.end + length);
const textBefore = (s: Spot, length: number): string => s.lower.slice(Math.max(0, s.start - length), s.start);
const clauseOf = (s: Spot): string => s.lower.slice(...clauseWindow(s.lower, s.start, s.end));
const clauseBefore = (s: Spot): string => s.lower.slice(clauseWindow(s.lower, s.start, s.end)[0], s.start);

/** "since AMD launched its MI350": a finite verb with its own subject after the preposition asserts the launch. */
const SUBJECT_AFTER_PREPOSITION =
  /(?:since|seit|after|nachdem)\s+(?!(?:the|der|dem|des|its|seiner|seinem|ihrem)\s)\S+\s+$/u;
const assertedAfter = (s: Spot): boolean =>
  !NOMINAL_TRIGGER.test(s.match) && PAST_FORM.test(s.match) && SUBJECT_AFTER_PREPOSITION.test(s.before);
/** A modal perfect or a German subjunctive of the past before a launch verb: what would have happened. */
const COUNTERFACTUAL_BEFORE =
  /(?<![\p{L}])(?:(?:would|could|should|might)\s+(?:not\s+)?have\s+(?:been\s+)?(?:\S+ly\s+)?|(?:hätte|hätten|wäre|wären)\s+(?:[^\s,;:]+\s+){0,6}?)$/u;
/** ... or after a German participle: "wenn Grok 5 im Oktober erschienen wäre". */
const COUNTERFACTUAL_AFTER = /^\s+(?:worden\s+)?(?:wäre|wären|hätte|hätten)(?![\p{L}])/u;
/** A past form: "launched", "veröffentlichte" ("after DeepSeek releases R2" is still ahead). */
const PAST_FORM = /(?:ed|te|ten)$/u;

/** "has not opened the way for exports": a way not opened is no decision either way. */
const WAY_OPENED = /the way for|weg für/u;

/**
 * "Seit August ist Ernie verfügbar", "since Monday": a time after "seit"/"since" opens the clause's own
 * adverbial, not a launch in the background ("seit dem Start von R1").
 */
const TIME_SINCE_BEFORE = new RegExp(
  String.raw`(?:since|seit)\s+(?:(?:anfang|mitte|ende|early|mid|late)\s+)?(?:${MONTH_NAME_PATTERN.toLowerCase()}|(?:19|20)\d\d|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|monday|tuesday|wednesday|thursday|friday|saturday|sunday|gestern|heute|yesterday|today|kurzem|neuestem|(?:dem\s+|the\s+)?(?:frühjahr|frühling|sommer|herbst|winter|spring|summer|fall|autumn)|(?:last|letzter|vergangener)\s+(?:week|month|woche|monat))\.?\s*$`,
  'u',
);

/** Checks every type shares: word start, negation, background, possibility. */
function isRuledOutForAll(type: EventType, s: Spot): boolean {
  // a trigger must start at a word boundary
  if (s.start > 0 && /[\p{L}\p{N}]/u.test(s.lower[s.start - 1] ?? '') && !COMPOUND_TAIL.test(s.match))
    return true;
  // "wird Nvidia nicht erlauben, den Chip zu verkaufen": a refused permission is a restriction
  if (
    NEGATION_BEFORE.test(s.before) &&
    !(type === 'export_control' && EXPORT_ALLOW.test(s.match) && !WAY_OPENED.test(s.match))
  )
    return true;
  // "hat den Weg für Exporte nicht frei gemacht"
  if (WAY_OPENED.test(s.match) && /(?<![\p{L}])(?:nicht|kein\p{L}*)(?![\p{L}])/u.test(s.match)) return true;
  // "stellt die Entwicklung nicht ein": a negation before the separable particle that closes the trigger
  if (NEGATED_PARTICLE.test(s.match)) return true;
  if (
    type !== 'export_control' &&
    type !== 'financial' &&
    GERMAN_FINITE_VERB.test(s.match) &&
    NEGATION_CLOSES_CLAUSE.test(textAfter(s, 80))
  )
    return true;
  // "following the launch of the Ascend 910C in the first quarter": a dated launch is a fact of its own
  const background =
    (type === 'release' || type === 'plan') &&
    BACKGROUND_BEFORE.test(s.before) &&
    !TIME_SINCE_BEFORE.test(s.before);
  if (background && (type !== 'release' || !(DATED_AFTER.test(textAfter(s, 70)) || assertedAfter(s))))
    return true;
  // "a potential shift", "die mögliche Verschiebung": an event that may happen is not reported
  return POSSIBLE_BEFORE.test(s.before);
}

/** A document right before a participle: "a filing released on Monday", "der am Montag veröffentlichte Bericht" reads the other way. */
const DOCUMENT_BEFORE =
  /(?<![\p{L}])(?:documents?|filings?|reports?|statements?|papers?|stud(?:y|ies)|data|figures|results|notes|letters?|memos?|rules|regulations|guidelines|guidance|dokumente?|berichte?|studien?|mitteilung(?:en)?|unterlagen|zahlen|regeln|vorschriften|richtlinien|bestimmungen)\s+$/u;
const PARTICIPLE_OF_RELEASE = /^(?:released|published|veröffentlicht|vorgelegt)$/u;
/** "every Llama release", "jede neue Veröffentlichung": a launch noun under a quantifier is launches in general. */
const QUANTIFIED_BEFORE =
  /(?<![\p{L}])(?:every|each|any|jede[nmrs]?)\s+(?:[^\s,.;:!?]+\s+){0,2}(?:[^\s,.;:!?]+-)?$/u;
/**
 * Money or stock as the verb's object: "did release $180 million worth of inventory", "released its cash
 * reserves", "gab 2 Milliarden Dollar frei" is no product launched.
 */
const MONEY_OBJECT_AFTER =
  /^\s+(?:(?:about|around|roughly|some|nearly|almost|over|more than|rund|etwa|knapp|über)\s+)?(?:(?:us)?[$€£¥]\s?\d|\d[\d.,]*\s?(?:million|billion|bn|mrd\.?|mio\.?|milliarden|millionen)\s+(?:(?:us-)?dollars?|euros?|usd|eur|worth)\b)|^\s+(?:(?:its|their|the|seine[nmrs]?|ihre[nmrs]?)\s+)?(?:[^\s,.;:!?]+\s+)?(?:inventory|inventories|reserves|funds|cash|capital|stockpiles?|lagerbestände|reserven)(?![\p{L}])/u;

/** Release triggers that report no launch (see the constants they test). */
function isReleaseRuledOut(s: Spot): boolean {
  const { match } = s;
  const nominal = NOMINAL_TRIGGER.test(match);
  return (
    /\b(?:nicht|kaum|kein\w*|not|barely|hardly)\b(?!\s+(?:nur|only|just|allein|merely)\b)/u.test(match) ||
    (match === 'gestartet' && PROJECT_STARTED_BEFORE.test(textBefore(s, 70))) ||
    FEATURES_AFTER.test(textAfter(s, 50)) ||
    (/^zeig/u.test(match) && SHOWED_TRAIT_AFTER.test(textAfter(s, 60))) ||
    // "has begun shipping wafers for Nvidia's Rubin", "servers built around the Ascend 910C": not the product
    (/(?:shipping|selling|offering|delivering)$/u.test(match) &&
      SHIPPED_OTHER_AFTER.test(textAfter(s, 40))) ||
    HABITUAL.test(clauseOf(s)) ||
    // "wird weiter an Bestandskunden ausgeliefert", "continues to ship": deliveries going on, no launch
    (SHIPPING_VERB.test(match) && CONTINUED_BEFORE.test(textBefore(s, 50))) ||
    // "Testmuster des B200 wurden an Partner ausgeliefert", "shipped engineering samples of the B200": samples, no launch
    (SHIPPING_VERB.test(match) && SAMPLES.test(commaFreeAround(s))) ||
    // "etwa eine Million H20-Chips ausgeliefert": a volume sold, not a launch (unless the first ones or
    // those delivered so far)
    (SHIPPING_VERB.test(match) && VOLUME.test(commaFreeAround(s)) && !FIRST_ONES.test(commaFreeAround(s))) ||
    // "ist nur noch Tage von der Veröffentlichung von R2 entfernt": a launch still some time away
    (nominal && TIME_FROM_BEFORE.test(s.before) && DISTANT_AFTER.test(textAfter(s, 100))) ||
    NOT_YET_RELEASED_BEFORE.test(textBefore(s, 80)) ||
    // "Grok 5 would have shipped in October", "wäre im Oktober erschienen": a launch that did not happen
    COUNTERFACTUAL_BEFORE.test(clauseBefore(s)) ||
    COUNTERFACTUAL_AFTER.test(textAfter(s, 20)) ||
    // "Die Partnerschaft ... über MI450-Chips ist jetzt offiziell": a deal made official, not a product
    (/offiziell|official/u.test(match) && DEAL_BEFORE.test(clauseBefore(s))) ||
    // "gave a timeline for the release of the MI400": scheduled, not done; with a date it is the plan's
    (TIMELINE_BEFORE.test(textBefore(s, 40)) && !DATED_AFTER.test(textAfter(s, 70))) ||
    // "Upon public release of X, it will be available in ...": a launch still ahead
    (UPON_BEFORE.test(s.before) && FUTURE_IN_SENTENCE.test(s.lower)) ||
    (nominal && LAUNCH_NOUN_SET_FOR.test(s.lower.slice(s.end, s.start + 160))) ||
    NOT_A_RELEASE_AFTER.test(s.after) ||
    FUTURE_MODIFIER_BEFORE.test(s.before) ||
    (!nominal && STATEMENT_AFTER.test(textAfter(s, 50))) ||
    // "präsentierte eine neue Roadmap, die einen Chip ... vorstellt", "unveiled its roadmap": a plan shown, no product out
    (!nominal &&
      (ROADMAP_OBJECT_AFTER.test(textAfter(s, 60)) || ROADMAP_OBJECT_BEFORE.test(textBefore(s, 60)))) ||
    // "is scheduled to release its second-quarter earnings report": a document comes out, no product
    (!nominal && DOCUMENT_OBJECT_AFTER.test(textAfter(s, 90))) ||
    NOMINAL_COMPOUND_RELEASE.test(match) ||
    // "in a stock market document released Thursday": the document came out, not the product
    (PARTICIPLE_OF_RELEASE.test(match) && DOCUMENT_BEFORE.test(s.before)) ||
    (nominal && QUANTIFIED_BEFORE.test(s.before)) ||
    MONEY_OBJECT_AFTER.test(textAfter(s, 60)) ||
    // "Zeitpläne für Markteinführungen": a plural launch noun without its product is launches in general
    isGenericPlural(match, s.after) ||
    (nominal && PROSPECTIVE_CLAUSE.test(clauseOf(s))) ||
    // "is struggling with the roll out of Gaudi 3": a launch still being fought for ("problems with the
    // launch of GPT-5 on August 7" tell of one that happened)
    ((nominal || /^roll[- ]?out$/u.test(match)) && STRUGGLING_BEFORE.test(s.before)) ||
    // "hält an der Markteinführung von Gemini 3 fest": a launch held to is still ahead
    (nominal && HELD_TO_BEFORE.test(s.before)) ||
    (SUCCESSION.test(match) && !s.hasDate()) ||
    // "hat die Veröffentlichung von R2 (nicht) verschoben": the release noun is what was moved or not
    (nominal && movedInClause(s.lower, s.start, s.end)) ||
    (RELEASE_BASE_FORM.test(match) && isGoverned(s.lower, s.start, match)) ||
    // "sollten ... ausgeliefert werden", "muss ... vorgestellt werden": a passive infinitive under a modal
    (PASSIVE_INFINITIVE_AFTER.test(s.after) &&
      MODAL_IN_CLAUSE_BEFORE.test(clauseBefore(s)) &&
      !ABILITY_NOW.test(clauseBefore(s))) ||
    MODAL_BE_BEFORE.test(s.before) ||
    // "trotz bereitgestellter Samples" describes a noun; "ist eine ... vorgestellte Familie" predicates
    (ATTRIBUTIVE_PARTICIPLE.test(match) &&
      !COPULA_BEFORE.test(textBefore(s, 70)) &&
      !DATED_ATTRIBUTE_BEFORE.test(textBefore(s, 30)))
  );
}

/** Plan triggers that report no launch plan: a sales target, a site going online, a plan to use. */
function isPlanRuledOut(s: Spot): boolean {
  return (
    SALES_TARGET.test(clauseOf(s)) ||
    DOCUMENT_OBJECT_AFTER.test(textAfter(s, 90)) ||
    // "the data center with 200,000 GB200 chips will go online in 2026": a site goes online, not a chip
    (/(?<![\p{L}])(?:online|live)(?![\p{L}])/u.test(s.match) && SITE_BEFORE.test(textBefore(s, 80))) ||
    // "Meta plant, die TPUs von Google ab 2027 einzusetzen": a plan to use or buy, not to launch
    (/^plan/u.test(s.match) && USE_INFINITIVE_AFTER.test(s.lower.slice(s.end, s.start + 160))) ||
    // "ist eine Miete geplant", "a purchase is planned for 2027": what is planned is a deal, not a launch
    PURCHASE_PLANNED.test(clauseBefore(s)) ||
    PURCHASE_PLANNED_AFTER.test(textAfter(s, 50)) ||
    // "Die Studie zu DeepSeek R2, die im Mai veröffentlicht werden soll": a document is what comes out
    DOCUMENT_ANTECEDENT_BEFORE.test(textBefore(s, 120))
  );
}

/** A relative clause about a document named before it ("Die Studie zu R2, die ...", "the paper on R2, which"). */
const DOCUMENT_ANTECEDENT_BEFORE =
  /(?<![\p{L}])(?:studie|studien|bericht|berichte|paper|papers|papier|report|reports|study|studies|whitepaper|dokumentation|documentation|beitrag|artikel|article)\s+(?:[^\s,;]+\s+){0,4}[^\s,;]+,\s*(?:die|der|das|which|that)\s+[^,;.!?]*$/u;

/** A purchase, rental or lease named right before a plan word ("eine Miete geplant", "the purchase is planned"). */
const PURCHASE_PLANNED =
  /(?<![\p{L}])(?:miete|anmietung|kauf|ankauf|erwerb|einkauf|leasing|purchase|rental|lease|acquisition|order)\s+(?:[^\s,.;:!?]+\s+){0,8}?(?:ist|sind|wird|werden|is|are|was|were)?\s*$/u;
/** ... or as the planned noun right after it ("plans the purchase of", "plant den Kauf von"). */
const PURCHASE_PLANNED_AFTER =
  /^\s+(?:(?:the|a|den|die|das|einen|eine|ein)\s+)?(?:\S+\s+)?(?:miete|anmietung|kauf|ankauf|erwerb|einkauf|leasing|purchase|rental|lease|acquisition)\b/u;

/** Delay triggers that delay no product: moved limits, a sales target, buyers' orders, "push back against". */
function isDelayRuledOut(s: Spot): boolean {
  return (
    LIMITS_MOVED_BEFORE.test(textBefore(s, 60)) ||
    LIMITS_MOVED_AFTER.test(textAfter(s, 40)) ||
    SALES_TARGET.test(clauseOf(s)) ||
    // "order delays from key customers": the buyers hold back, the product is not late
    ORDER_DELAY_BEFORE.test(s.before) ||
    // "dass Kunden die Bestellungen des neuesten Angebots verschoben haben": the orders are what moved
    (/^(?:versch|vertag)/u.test(s.match) && ORDERS_OBJECT_BEFORE.test(textBefore(s, 90))) ||
    ORDERS_OBJECT_AFTER.test(textAfter(s, 60)) ||
    (SUBJECT_FIRST_DELAY.test(s.match) &&
      (NOT_A_PRODUCT_SUBJECT.test(textBefore(s, 120)) ||
        NOT_A_PRODUCT_SUBJECT.test(s.match) ||
        END_OF.test(s.match))) ||
    OCCASION_SUBJECT.test(s.lower.slice(0, s.start)) ||
    (/^\s+sich(?![\p{L}])/u.test(textAfter(s, 8)) &&
      OCCASION_SUBJECT_REFLEXIVE.test(s.lower.slice(0, s.start))) ||
    // a verb's object; a launch noun after it is what a report or a meeting was about
    (!NOMINAL_TRIGGER.test(s.match) &&
      !/ung(?:en)?$/u.test(s.match) &&
      OCCASION_OBJECT_BEFORE.test(textBefore(s, 90))) ||
    ORDER_DELAY_AFTER.test(s.lower.slice(s.start, s.start + 50)) ||
    PUSH_BACK_AGAINST.test(s.lower.slice(s.start, s.start + 40))
  );
}

/** "signalisiert, den Verkauf ... erlauben zu wollen", "wants to allow": a wish, not a decision. */
function isExportRuledOut(s: Spot): boolean {
  return (
    WISH_AFTER.test(s.after) ||
    WISH_BEFORE.test(s.before) ||
    (EXPORT_ALLOW.test(s.match) && LOBBIED_BEFORE.test(textBefore(s, 140))) ||
    isPurpose(s) ||
    // "wartet auf die Exportfreigabe", "rechnet mit der Freigabe", "eine Freigabe ist nicht in Sicht"
    (APPROVAL_NOUN.test(s.match) &&
      (AWAITED_BEFORE.test(textBefore(s, 60)) || AWAITED_AFTER.test(textAfter(s, 60)))) ||
    // "a chip that complies with the new US export rules", "der den Exportregeln entspricht": a product
    // made to fit the regime, no decision about it ("will comply with the ban on H20 sales" still is one)
    (EXPORT_REGIME.test(s.match) &&
      ((COMPLYING_BEFORE.test(textBefore(s, 60)) && !NOT_COMPLYING_BEFORE.test(textBefore(s, 80))) ||
        COMPLYING_AFTER.test(textAfter(s, 50))))
  );
}

/** A purpose clause's opening: "um die RTX 4090 wieder in China verkaufen zu können", "in order to sell". */
const PURPOSE_OPENING_DE = /(?<![\p{L}])um\s+(?:[^\s,;:.!?]+\s+){0,10}$/u;
const PURPOSE_CLOSING_DE = /^\s+zu(?![\p{L}])/u;
const PURPOSE_BEFORE_EN = /(?<![\p{L}])(?:in order|so as)\s+to\s+(?:[^\s,;:.!?]+\s+){0,3}$/u;
/** An export trigger told as what a maker aims at, not as a decision: a purpose clause. */
const isPurpose = (s: Spot): boolean =>
  (PURPOSE_OPENING_DE.test(clauseBefore(s)) && PURPOSE_CLOSING_DE.test(textAfter(s, 10))) ||
  PURPOSE_BEFORE_EN.test(clauseBefore(s));

/** An export regime as a whole, not a decision: "export controls", "US-Exportregeln", "export restrictions". */
const EXPORT_REGIME =
  /^(?:(?:export|ausfuhr)[\s-]?)?(?:controls?|kontrollen|restrictions?|beschränkungen|restriktionen|rules|regeln|regulations?|bestimmungen|vorschriften)$/u;
/** What a product meets a regime with: "complies with the new US", "designed to adhere to Washington's", "konform mit den". */
const COMPLYING_BEFORE =
  /(?<![\p{L}])(?:(?:unter|unterhalb|below|beneath|under)\s+(?:den|der|dem|the)\s+(?:\S+\s+)?(?:schwellenwert\p{L}*|grenzwert\p{L}*|thresholds?|schwellen?|limits?)|compl(?:y|ies|ied|ying|iance|iant)\s+(?:with|to)|adher(?:e|es|ed|ing|ence)\s+to|conform(?:s|ed|ing|ity|ant)?\s+(?:to|with)|in\s+(?:line|accordance|keeping|compliance)\s+with|(?:to|that|which)\s+(?:meet|meets|satisf(?:y|ies))|konform\s+(?:mit|zu)|im\s+einklang\s+mit|unter\s+einhaltung)\s+(?:[^\s,.;:!?]+\s+){0,4}$/u;
/** A product that does not meet the regime ("no longer complies with", "non-compliant with", "nicht konform mit"). */
const NOT_COMPLYING_BEFORE =
  /(?<![\p{L}])(?:not|no longer|never|non|nicht(?:\s+mehr)?|kein\p{L}*)[\s-]+(?:\S+\s+)?(?:compl|adher|conform|in\s+(?:line|accordance|keeping|compliance)|meet|satisf|konform|im\s+einklang)\p{L}*\s+(?:\S+\s+){0,5}$|n['’]t\s+(?:\S+\s+)?(?:comply|adhere|conform|meet|satisfy)\s+(?:\S+\s+){0,5}$/u;
/**
 * ... or, in German, with a verb after it: "den Exportregeln entspricht", "die Exportkontrollen
 * einzuhalten"; not "den Exportregeln nicht (mehr) entspricht".
 */
const COMPLYING_AFTER =
  /^\s+(?:(?!(?:nicht|nie|kaum|kein\p{L}*)(?![\p{L}]))[^\s,.;:!?]+\s+){0,2}?(?:entspr\p{L}*|einzuhalten|einhalten|einhält|einhielt|genüg\p{L}*|konform|leid\p{L}*|litt\p{L}*)(?![\p{L}])/u;

const APPROVAL_NOUN = /^(?:export|ausfuhr)?freigabe/u;
const AWAITED_BEFORE =
  /(?:wart\p{L}*|erwart\p{L}*|rechne\p{L}*|hofft\p{L}*|hoffen|ohne|fordert\p{L}*|beantragt\p{L}*)\s+(?:\S+\s+){0,4}$/u;
const AWAITED_AFTER =
  /^[^.;!?]{0,40}?(?:nicht in sicht|steht\s+(?:\S+\s+)?(?:noch\s+)?aus|stehen\s+(?:noch\s+)?aus|fehlt|ausstehend)/u;

const TYPE_CHECKS: Partial<Record<EventType, (s: Spot) => boolean>> = {
  release: isReleaseRuledOut,
  plan: isPlanRuledOut,
  delay: isDelayRuledOut,
  export_control: isExportRuledOut,
};

function isRuledOut(
  type: EventType,
  lower: string,
  start: number,
  match: string,
  hasDate: () => boolean,
): boolean {
  const end = start + match.length;
  const spot: Spot = {
    lower,
    start,
    end,
    match,
    before: lower.slice(Math.max(0, start - 40), start),
    after: lower.slice(end, end + 12),
    hasDate,
  };
  return isRuledOutForAll(type, spot) || (TYPE_CHECKS[type]?.(spot) ?? false);
}

/** A launch still being fought for: "is struggling with the", "kämpft mit der", "ringt um die". */
const STRUGGLING_BEFORE =
  /\b(?:(?:is|are|was|were|has been|have been)\s+(?:still\s+)?struggling|struggles|kämpft|kämpfen|ringt|ringen)\s+(?:with|mit|um)\s+(?:the\s+|its\s+|der\s+|dem\s+|die\s+|seiner\s+|ihrer\s+)?(?:(?!(?:but|and|aber|und|doch)\s)[^\s,.;:!?]+\s+){0,3}?$/u;

/** A launch noun held to: "hält an der Markteinführung ... fest", "hielten an der geplanten Vorstellung fest". */
const HELD_TO_BEFORE =
  /(?<![\p{L}])(?:hält|halten|hielt|hielten|festhalten|festhält)\s+(?:\S+\s+){0,3}?an\s+(?:der|dem|den|seiner|seinem|ihrer|ihrem)\s+(?:\S+\s+)?$/u;

/** What is shipped when it is not the product itself: parts, samples, systems built around it, software. */
const SHIPPED_OTHER_AFTER =
  /^\s+(?:(?:the|its|their|first|new|more)\s+)?(?:\S+\s+)?(?:wafers?|servers?|racks?\s+(?:built|based|with)|boards?|modules?|components?|parts?|samples?|software|updates?|drivers?|systems?\s+(?:built|based|with)|memory|hbm\p{L}*|cables?|kits?|engineering samples?)\b/u;

/** "In Tests zeigte es eine erhöhte Anfälligkeit": "zeigen" of a trait or result, not of a product. */
const SHOWED_TRAIT_AFTER =
  /^\s+(?:\S+\s+){0,6}?(?:anfälligkeit|schwäche|stärke|leistung|ergebnis|verbesserung|fortschritt|wachstum|tendenz|neigung|fähigkeit|potenzial|wirkung|interesse|bereitschaft|verhalten|problem|fehler|lücke|zurückhaltung|erholung|rückgang|zuwachs|plus|minus)\p{L}*/u;

/** A German participle followed by the infinitive "werden" ("ausgeliefert werden"): a passive infinitive. */
const PASSIVE_INFINITIVE_AFTER = /^\s+werden(?![\p{L}])/u;
/** "must be shipped", "could soon be released", "needs to be delivered": an English passive under a modal. */
const MODAL_BE_BEFORE =
  /\b(?:must|should|could|can|may|might|will|would|shall|ought to|(?:has|have|had|needs?|is|are) to)\s+(?:not\s+)?(?:\S+\s+){0,2}?be\s+(?:\S+ly\s+)?$/u;
/**
 * A modal or future verb earlier in the clause governs that infinitive; without one, "..., die ab heute
 * ausgeliefert werden" is a present passive and tells a fact.
 */
const MODAL_IN_CLAUSE_BEFORE =
  /(?<![\p{L}])(?:soll|sollen|sollte|sollten|muss|müssen|musste|mussten|müsste|müssten|kann|können|konnte|konnten|könnte|könnten|darf|dürfen|durfte|durften|dürfte|dürften|will|wollen|wollte|wollten|wird|werden|würde|würden|möchte|möchten)(?![\p{L}])/u;

/**
 * "kann ab sofort genutzt werden", "konnten bereits ... ausgeliefert werden": ability now or already
 * reached tells a fact, not an intention.
 */
const ABILITY_NOW =
  /(?<![\p{L}])(?:(?:kann|können)(?![\p{L}])[^,;:]*?(?<![\p{L}])(?:ab sofort|ab heute|jetzt|nun)|(?:konnte|konnten)(?![\p{L}])[^,;:]*?(?<![\p{L}])(?:bereits|schon|seit))(?![\p{L}])/u;

/** What else is made official: a deal, a partnership, an appointment. */
const DEAL_BEFORE =
  /(?<![\p{L}])(?:partnerschaft|kooperation|zusammenarbeit|vereinbarung|abkommen|deal|übernahme|fusion|investition|vertrag|einigung|partnership|agreement|merger|acquisition|investment|contract|appointment|ernennung)\p{L}*(?![\p{L}])/u;

/** A schedule for the launch noun after it: "a timeline for the release of", "einen Zeitplan für die Markteinführung". */
const TIMELINE_BEFORE =
  /\b(?:timeline|timetable|schedule|roadmap|date|zeitplan|fahrplan|zeitrahmen|termin)\s+(?:for|für)\s+(?:the\s+|its\s+|their\s+|den\s+|die\s+|das\s+)?$/u;

/** "upon (its public) release": a launch to come when a future follows in the sentence. */
const UPON_BEFORE = /\bupon\s+(?:its\s+|the\s+)?(?:\S+\s+)?$/u;
const FUTURE_IN_SENTENCE = /\b(?:will|shall|'ll)\b/u;

/** A site or installation as what goes online. */
const SITE_BEFORE =
  /\b(?:data ?cent(?:er|re)s?|rechenzentr\p{L}*|supercomputer\p{L}*|cluster\p{L}*|campus|fab|factory|werk|fabrik|server\p{L}*|anlage|facility|site|standort)\b/u;
/** A use or purchase told after a German plan verb ("plant, die TPUs ... einzusetzen"). */
const USE_INFINITIVE_AFTER =
  /^(?:[^.;!?]|\.(?=\d)){0,140}?\b(?:zu\s+(?:verwenden|nutzen|kaufen|mieten|beziehen|testen|erwerben|übernehmen|investieren|installieren)|zugriff\s+(?:\S+\s+){0,12}?zu\s+(?:erhalten|bekommen|sichern)|(?:get|gain|secure|obtain)\s+access\s+to\s+(?:\S+\s+){0,6}?(?:chips|tpus|gpus|accelerators)|einzusetzen|anzuschaffen|einzukaufen|anzumieten|auszustatten|anzubieten|einzubauen)\b/u;

const POSSIBLE_BEFORE =
  /\b(?:potential|possible|potenziell\w*|mögliche(?!rweise)\w*|eventuelle\w*|hypothetical|hypothetische\w*)\s+(?:[^\s.;:!?]+\s+)?$/u;
const WISH_AFTER = /^\s+zu\s+(?:wollen|beabsichtigen)\b/u;
const WISH_BEFORE = /\b(?:wants?|wanted|would like|wishes|wished)\s+to\s+$/u;
/**
 * A permission lobbied for, not given (round 38): "wirbt in Washington dafür, den Verkauf ... zu erlauben",
 * "is pressing U.S. officials to let the company sell". A restriction urged by an authority ("told state
 * operators to stop buying") stays an event: only permissions are read so.
 */
const LOBBIED_BEFORE =
  /(?<![\p{L}])(?:(?:wirb|wirbt|werben|warb|warben|plädier\p{L}*|drängt|drängen|drängte|drängten|dringt|dringen|drang|lobbyier\p{L}*|fordert|fordern|forderte|forderten)\s+(?:\S+\s+){0,6}?(?:dafür|darauf)\s*,\s+(?:(?!(?:und|aber|doch|zugestimmt|beschlossen|entschieden|genehmigt)\s)[^\s.;:!?]+\s+){0,12}?zu|(?:urges?|urged|urging|press(?:es|ed|ing)|lobb(?:y|ies|ied|ying)|petition(?:s|ed|ing)?|call(?:s|ed|ing)?\s+on)\s+(?:[^\s,;]+\s+){0,5}?to)\s+$/u;

const MOVED = chunkedScanner(`${TRIGGERS.delay.source}|${TRIGGERS.cancellation.source}`, (alt) => alt, 'u');

/** Objects that a launch moves figuratively ("hat die Kräfteverhältnisse verschoben", "shifted the balance"). */
const FIGURATIVE_OBJECT =
  /(?<![\p{L}])(?:kräfteverhältnis\p{L}*|machtverhältnis\p{L}*|gewicht\p{L}*|gleichgewicht|balance|fokus|schwerpunkt\p{L}*|prioritäten|grenzen|akzente|maßstäbe|marktanteile|spielregeln)(?![\p{L}])/u;

/** A preposition right before a launch noun: "nach der", "seit dem", "after the", "following its". */
const PREPOSITION_BEFORE =
  /(?<![\p{L}])(?:nach|seit|vor|bei|after|since|following|before|upon)\s+(?:der|dem|den|des|the|its|their|seiner|ihrer|seinem|ihrem)?\s*$/u;

/** How far a release noun's clause may reach for the verb that moves or ends it. */
const VERB_FINAL_REACH = 160;

/** Whether the clause around a nominal trigger has a delay or cancellation verb, negated or not. */
function movedInClause(lower: string, start: number, end: number): boolean {
  const [from] = clauseWindow(lower, start, end);
  // the German verb closes a long middle field: "hat die Veröffentlichung seines ... Modells Behemoth
  // auf Herbst 2025 oder später verschoben"
  const stop = lower.slice(end, end + VERB_FINAL_REACH).search(/[,;:!?]|\.(?:\s|$)/u);
  const to = stop >= 0 ? end + stop : Math.min(lower.length, end + VERB_FINAL_REACH);
  const before = lower.slice(from, start);
  const after = lower.slice(end, to);
  // "Nach der Veröffentlichung von R1 im Januar hat DeepSeek R2 verschoben": a launch after a preposition is
  // background, not what the verb moves
  if (PREPOSITION_BEFORE.test(before)) return false;
  // "Die Vorstellung des Ascend 950PR hat die Kräfteverhältnisse ... verschoben": another object was moved
  if (FIGURATIVE_OBJECT.test(after)) return MOVED.some((re) => re.test(before));
  return MOVED.some((re) => re.test(before) || re.test(after));
}

/** A base-form verb under a modal, a future or an intention in its clause (see RELEASE_BASE_FORM). */
function isGoverned(lower: string, start: number, match: string): boolean {
  const [from, to] = clauseWindow(lower, start, start + match.length);
  return (
    MODAL_BEFORE.test(lower.slice(from, start)) || MODAL_AFTER.test(lower.slice(start + match.length, to))
  );
}

/**
 * The index right after the character at `at`: one code unit, or two for a character outside the
 * Basic Multilingual Plane. A unicode scan restarted inside a surrogate pair starts again at the pair,
 * so stepping on by one code unit there would find the same match forever.
 */
export function afterCharAt(text: string, at: number): number {
  const code = text.codePointAt(at);
  return at + (code !== undefined && code > 0xffff ? 2 : 1);
}

/**
 * Where a scan of `type` over `lower` goes on after match `m`: past it, or one character on for an
 * empty match and for export controls. "hebt das Verkaufsverbot auf": a permission may enclose a
 * restriction, which is a trigger too; and a ruled-out match must not hide a trigger inside it
 * ("potential breach of export controls when").
 */
export function resumeAfter(type: EventType, lower: string, m: RegExpExecArray): number {
  return m[0] === '' || type === 'export_control' ? afterCharAt(lower, m.index) : m.index + m[0].length;
}

/**
 * The triggers of one type in a lower-cased sentence, in text order. A trigger starts at a word
 * boundary unless it is a compound tail ("Exportverbot"). Export triggers may overlap, because a
 * permission can enclose a restriction ("hebt das Verkaufsverbot auf") that is a trigger too.
 * `hasDate` tells (asked only when needed) whether the sentence has any date: a succession ("successor") needs one.
 */
export function findTriggers(type: EventType, lower: string, hasDate: () => boolean): Trigger[] {
  const next = SCANNER.scan(type, lower);
  const out: Trigger[] = [];
  let from = 0;
  for (let m = next(from); m !== null; m = next(from)) {
    const start = m.index;
    from = resumeAfter(type, lower, m);
    if (m[0] === '') continue;
    if (isRuledOut(type, lower, start, m[0], hasDate)) continue;
    out.push({ type, start, end: start + m[0].length, text: m[0] });
  }
  return out;
}
