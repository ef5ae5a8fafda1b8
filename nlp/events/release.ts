/** Release events: a model or chip is released, launched or made available ("veröffentlicht"). */
import { modifiesOtherNoun } from './participle-heads.js';
import { opensSince, type DateExpression } from '../dates.js';
import type { EventDate, FoundEvent } from '../types.js';
import { extractByRule, type EventRule } from './build-event.js';
import type { DiscourseState } from './discourse-state.js';
import { clauseWindow, type Trigger } from './find-triggers.js';
import type { EventExtractor } from './run-triggers.js';
import { nearestDate, pickDate, type SentenceContext } from './sentence-context.js';
import { namedInNextSentence } from './named-next.js';
import { isProductMention } from './pick-subjects.js';

const RELEASE: EventRule = {
  type: 'release',
  subjectKinds: ['model', 'chip'],
  baseConfidence: 0.75,
  futureDates: false,
  carriesTopic: true,
  findsReason: false,
  fallbackSubject: namedInNextSentence,
};

/**
 * Launch verbs in the present tense ("launches", "bringt ... auf den Markt", "stellt ... vor"): with a
 * time they tell what is coming ("Huawei bringt im Mai den Ascend 920 auf den Markt").
 */
const PRESENT_LAUNCH =
  /^(?:(?:launch|releas|ship|debut|unveil|introduc|arriv)e?s\b|rolls\s|(?:is|are)\s+(?:\S+\s+)?(?:here|live|shipping)\b|(?:bringt|bringen|startet|starten|stellt|stellen|führt|führen|liefert|rollt)\s|(?:präsentiert|präsentieren|veröffentlicht|enthüllt|lanciert)$)/u;
/** A perfect or passive auxiliary before the verb in its clause makes the same forms past (also in reported speech: "habe", "sei"). */
const PAST_AUXILIARY =
  /\b(?:hat|haben|habe|hatte|hatten|wurde|wurden|worden|ist|sind|sei|seien|war|waren|has|have|had|was|were)\b/u;
/** ... or right after it, closing a German subordinate clause ("dass Meta Llama 4 veröffentlicht hat"). */
const PAST_AUXILIARY_AFTER =
  /^\s+(?:hat|haben|habe|hatte|hatten|wurde|wurden|worden|ist|sind|sei|seien|war|waren)\b/u;

function isPresentLaunch(trigger: Trigger, sc: SentenceContext): boolean {
  if (!PRESENT_LAUNCH.test(trigger.text)) return false;
  // "Veröffentlicht im April, sorgte es ...": a participle opening the sentence before a comma is past
  if (sc.lower.slice(0, trigger.start).trim() === '' && /^[^,;.!?]{0,60},/u.test(sc.lower.slice(trigger.end)))
    return false;
  const [from] = clauseWindow(sc.lower, trigger.start, trigger.end);
  return (
    !PAST_AUXILIARY.test(sc.lower.slice(from, trigger.start)) &&
    !PAST_AUXILIARY_AFTER.test(sc.lower.slice(trigger.end, trigger.end + 12))
  );
}

/** A month or day named without a year ("im Dezember", "on March 3"): the only kind read back a year. */
function isYearlessCalendarDate(d: DateExpression | undefined): boolean {
  return (
    d !== undefined &&
    d.month !== undefined &&
    !d.explicitYear &&
    d.year === undefined &&
    d.yearOffset === undefined &&
    d.monthOffset === undefined &&
    d.dayOffset === undefined
  );
}

/** Whether `date` starts after the day `published` (YYYY-MM-DD...), at the date's own precision. */
export function startsAfter(date: EventDate, published: string): boolean {
  const [y, m] = [Number(published.slice(0, 4)), Number(published.slice(5, 7))];
  if (date.precision === 'quarter') {
    const [qy, q] = date.value.split('-Q').map(Number);
    return (qy ?? 0) * 4 + (q ?? 0) > y * 4 + Math.ceil(m / 3);
  }
  if (date.precision === 'unknown') return false;
  const width = { year: 4, month: 7, day: 10 }[date.precision];
  return date.value > published.slice(0, width);
}

/** The same date a year earlier. */
function yearBefore(date: EventDate): EventDate {
  const rest = date.value.slice(4) === '-02-29' ? '-02-28' : date.value.slice(4);
  return { ...date, value: `${Number(date.value.slice(0, 4)) - 1}${rest}` };
}

/**
 * A present participle of a launch verb ("launching", "is shipping the B200") before its date, not
 * after a verb of beginning or a past auxiliary ("began shipping ... in 2021").
 */
const PROSPECTIVE_PARTICIPLE =
  /^(?:(?:is|are|will be)\s+)?(?:launch|ship|arriv|debut|releas|roll)\w*ing(?:\s+out)?$/u;
const PAST_BEFORE_PARTICIPLE =
  /\b(?:started|starts|began|begun|begins|was|were|been|kept|stopped|after|since)\s+$/u;
/** A past main clause around the participle ("With GPT-4 launching in March 2023, OpenAI took the lead"). */
const PAST_MAIN_VERB =
  /\b(?:was|were|had|took|did|became|gained|led|won|wurde|wurden|war|waren|hatte|hatten)\b/u;
const DATE_AFTER_PARTICIPLE =
  /^\s+(?:[^\s.,;:!?]+\s+){0,3}?(?:in|by|from|starting|ab|im)\s+(?:the\s+)?(?:early\s+|late\s+|mid-?)?(?:\d{4}|q[1-4]|(?:first|second|third|fourth)\s+(?:quarter|half)|january|february|march|april|may|june|july|august|september|october|november|december|spring|summer|fall|autumn|winter|next)\b/u;

/** "with the former launching in June": a launch participle before its date in a clause that is not past. */
function isProspectiveParticiple(trigger: Trigger, sc: SentenceContext): boolean {
  return (
    PROSPECTIVE_PARTICIPLE.test(trigger.text) &&
    !PAST_BEFORE_PARTICIPLE.test(sc.lower.slice(Math.max(0, trigger.start - 20), trigger.start)) &&
    DATE_AFTER_PARTICIPLE.test(sc.lower.slice(trigger.end)) &&
    !PAST_MAIN_VERB.test(sc.lower)
  );
}

/**
 * A launch dated after the article was written has not happened: it is planned. A present-tense
 * launch verb reads its yearless date forward ("im Mai" in November is next May); a past one reads
 * it back ("released in December", written in November, is last December).
 */
function plannedWhenAhead(e: FoundEvent, sc: SentenceContext, state: DiscourseState): FoundEvent {
  const reported = sc.doc.reported;
  const trigger = state.triggerOf(e);
  if (trigger === undefined) return e;
  // "wird seit Mai ausgeliefert", "liefert ... seit Mai aus": a state going on since then, not ahead
  const near = nearestDate(sc, trigger);
  if (near !== undefined && opensSince(near, sc.lower)) return e;
  // "kündigte an, dass GPT-4 diese Woche veröffentlicht wird": a present passive tells what is coming
  if (isPresentPassive(trigger, sc)) {
    const ahead = pickDate(sc, trigger, true) ?? e.date;
    if (ahead === null || reported === null || startsAfter(ahead, reported)) {
      // in place: the discourse state tags events by identity
      e.type = 'plan';
      e.date = ahead;
    }
    return e;
  }
  if (e.date === null) return e;
  const prospective = isProspectiveParticiple(trigger, sc);
  if (reported === null) {
    // an undated text: "with AI200 launching in 2026" is prospective whatever the year
    if (prospective) e.type = 'plan';
    return e;
  }
  // a date of the subject's own (bracketed, "respectively") is left as it is
  if (pickDate(sc, trigger, false)?.value !== e.date.value) return e;
  // "B30A, launching in September": a participle before its date reads a yearless date forward too
  const present = isPresentLaunch(trigger, sc) || prospective;
  const date = present ? (pickDate(sc, trigger, true) ?? e.date) : e.date;
  if (!startsAfter(date, reported)) return e;
  // in place: the discourse state tags events by identity
  if (!present && isYearlessCalendarDate(nearestDate(sc, trigger))) e.date = yearBefore(date);
  else {
    e.type = 'plan';
    e.date = date;
  }
  return e;
}

/**
 * "veröffentlicht werden sollen", "erscheinen dürfte": a participle or infinitive governed by a modal
 * (or a future passive) after it tells what is to come, not a release; "eingeführt wird" is a present passive.
 */
const FUTURE_AFTER =
  /^\s+(?:werden\s+(?:soll|sollen|sollte|sollten|wird|werden|würde|würden|muss|müssen|kann|können|könnte|könnten|dürfte|dürften)|soll|sollen|sollte|sollten|würde|würden|muss|müssen|könnte|könnten|dürfte|dürften)\b/u;

/**
 * A participle closing a German clause with the present passive ("dass GPT-4 diese Woche veröffentlicht
 * wird"): a completed launch takes "wurde" or "ist ... worden", so this one is still to come.
 */
const PRESENT_PASSIVE_AFTER = /^\s+(?:wird|werden)(?=\s*(?:[.,;:!?)"-]|$|\s+(?:und|oder|and|or)\b))/u;

/** A modal before the participle makes "ausgeliefert werden" an infinitive ("konnten ... ausgeliefert werden"). */
const MODAL_DE =
  /\b(?:kann|können|konnte|konnten|könnte|könnten|muss|müssen|musste|mussten|soll|sollen|sollte|sollten|darf|dürfen|durfte|durften|dürfte|dürften|will|wollen|wollte|wollten|möchte\p{L}*)\b/u;

function isPresentPassive(trigger: Trigger, sc: SentenceContext): boolean {
  const [from] = clauseWindow(sc.lower, trigger.start, trigger.end);
  return (
    /^\p{L}+$/u.test(trigger.text) &&
    PRESENT_PASSIVE_AFTER.test(sc.lower.slice(trigger.end, trigger.end + 30)) &&
    !MODAL_DE.test(sc.lower.slice(from, trigger.start))
  );
}

/** Verbs that publish documents as well as products. */
const PUBLISHING_VERB = /^(?:veröffentlich|publish|releas|issu|herausgeb|herausgegeben)/u;
/** What a document is called: a report, a study, guidelines, figures, a paper, a blog post. */
const DOCUMENT =
  '(?:bericht|studie|richtlinie|leitlinien?|leitfaden|regeln|zahlen|quartalszahlen|daten|paper|papier|whitepaper|analyse|umfrage|rangliste|stellungnahme|mitteilung|pressemitteilung|blogbeitrag|blogpost|fachartikel|forschungsarbeit|artikel|interview|video|details|spezifikationen|dokumentation|handbuch|report|study|guidance|guidelines|rules|statement|results|figures|numbers|data|blog post|letter|document|analysis|survey|ranking|benchmarks?|article|specifications|specs|roadmap)';
/** German: the document as the accusative object before the participle ("hat einen Bericht über ... veröffentlicht"). */
const DOCUMENT_OBJECT_BEFORE = new RegExp(
  `(?<!\\b(?:und|and|sowie|&)\\s)\\b(?:einen|eine|ein|den|die|das|seinen|seine|ihren|ihre|neue[nrs]?)\\s+(?:\\S+\\s+)?\\p{L}*${DOCUMENT}\\b(?:\\s+\\S+){0,6}\\s*$`,
  'u',
);
/**
 * The document as the object after the verb or launch noun: "released a paper describing Gemini 2.5",
 * "the release of the technical report for Qwen3", "veröffentlichte am Montag ein Paper zu Llama 4" (one
 * time adverbial may stand between a German verb and its object).
 */
const DOCUMENT_OBJECT_AFTER = new RegExp(
  `^\\s+(?:(?:of|von|des|der)\\s+)?(?:(?:am|im|an|heute|gestern|nun|jetzt|bereits|erstmals|zudem|außerdem|auch)\\s+(?:(?:\\p{L}+|\\d+\\.?)\\s+)?)?(?:(?:a|an|the|its|their|new|detailed|technical|research|white|annual|quarterly|first|preliminary|einen|eine|ein|einer|den|die|das|dem|seinen|seine|seiner|ihren|ihre|ihrer|neue[nrs]?|technische[nr]?)\\s+){0,3}\\p{L}*${DOCUMENT}(?:e?s)?\\b`,
  'u',
);

/**
 * "Das Ministerium hat eine Richtlinie veröffentlicht, ... Ascend", "released a paper describing
 * Gemini 2.5 Pro": a publishing verb whose object is a document publishes the document, not the product.
 */
function publishesDocument(t: Trigger, sc: SentenceContext): boolean {
  if (!PUBLISHING_VERB.test(t.text)) return false;
  const [from] = clauseWindow(sc.lower, t.start, t.end);
  return (
    DOCUMENT_OBJECT_BEFORE.test(sc.lower.slice(from, t.start)) ||
    DOCUMENT_OBJECT_AFTER.test(sc.lower.slice(t.end, t.end + 60))
  );
}

/** Plans as what is shown: "unveiled its roadmap including ...", "stellte seine Pläne für ... vor". */
const PLANS_OBJECT =
  /^\s+(?:(?:its|their|the|a|an|new|future|updated|latest|long-term|multi-year|product|chip|ai|seine[nm]?|ihre[nm]?|die|den|neue[nm]?|künftige[nm]?)\s+){0,3}(?:roadmap|road map|plans|pläne|fahrplan|strategy|strategie)\b/u;
const PRESENTING_VERB =
  /^(?:unveil|present|reveal|introduc|show|outlin|detail|stell|präsentier|enthüll|zeig)/u;

/**
 * "Huawei unveiled its roadmap including the Ascend 950", "stellte seine Pläne für den Ascend 950 vor": a
 * roadmap or plans shown launch none of the products in them.
 */
function presentsPlans(t: Trigger, sc: SentenceContext): boolean {
  if (!PRESENTING_VERB.test(t.text)) return false;
  const verb = /^\p{L}+/u.exec(t.text)?.[0] ?? '';
  return PLANS_OBJECT.test(sc.lower.slice(t.start + verb.length, t.start + verb.length + 60));
}

/** "we introduce", "we present": their object may be a method or results; "we release" is a launch. */
const FIRST_PERSON = /^we\b.*\b(?:introduce|present)$/u;
const OBJECT_GAP = /^\s+(?:the\s+|our\s+|its\s+)?$/u;
/** A separable verb closing a long middle field ("rollt ... aus"): see LONG_FIELD_OPENING. */
const LONG_FIELD_VERB =
  /^(?:roll|führ)\p{L}*\s+(?:\S+\s+){6,}(?:aus|ein)$|^(?:bring|brach|gib|gab|geb)\p{L}*\s+(?:\S+\s+){7,}(?:(?:he)?raus|frei)$/u;
/** "Mit dem Maia 200 rollt Microsoft ... aus": the product opens the sentence with "mit". */
const LONG_FIELD_OPENING = /^\W*mit\s+(?:dem|der|den|seinem|seiner|ihrem|ihrer)?\s*\S+/u;

/**
 * Triggers that say nothing about their object on their own: a first-person launch ("We introduce
 * Sarvam-1", not "we present results on ...") needs a product right after it; a German separable verb
 * after a long middle field ("rollt ... aus", "führt ... ein", "gibt ... frei") is a launch only when
 * the sentence opens with the product ("Mit dem Maia 200 rollt ..."), since its middle field may hold a
 * feature, a rule, money or a permission.
 */
function namesItsProduct(t: Trigger, sc: SentenceContext): boolean {
  if (FIRST_PERSON.test(t.text))
    return sc.local.some(
      (m) => isProductMention(m) && m.start >= t.end && OBJECT_GAP.test(sc.lower.slice(t.end, m.start)),
    );
  if (LONG_FIELD_VERB.test(t.text)) {
    const opening = LONG_FIELD_OPENING.exec(sc.lower);
    return (
      opening !== null &&
      sc.local.some((m) => isProductMention(m) && m.start < t.start && m.start <= opening[0].length + 2)
    );
  }
  return true;
}

/**
 * A product told to be still in training, development or testing ("remains in active training",
 * "befindet sich noch in der Entwicklung"): its sentence cannot report its release, only hopes for one
 * ("with expectations pointing toward a release in the third quarter").
 */
const IN_THE_MAKING = String.raw`in\s+(?:active\s+|early\s+|internal\s+|late\s+)?(?:training|development|testing)`;
const STILL_IN_THE_MAKING = new RegExp(
  String.raw`(?<![\p{L}])(?:(?:remains?|is|are)\s+(?:still\s+)?${IN_THE_MAKING}|(?:was|were|remained)\s+still\s+${IN_THE_MAKING}|still\s+(?:being\s+)?(?:trained|developed|in\s+(?:training|development))|(?:befindet|befinden)\s+sich\s+(?:noch\s+|weiterhin\s+|derzeit\s+)*(?:in\s+der\s+entwicklung|im\s+training|in\s+der\s+testphase|in\s+entwicklung)|(?:wird|werden)\s+(?:noch\s+|derzeit\s+|weiterhin\s+)+(?:trainiert|entwickelt|getestet))(?![\p{L}])`,
  'u',
);
/** The phrase is overtaken later in its sentence: "... is in testing and is now generally available". */
const NOW_AFTER = /(?<![\p{L}])(?:now|today|heute|jetzt|nun|ab sofort)(?![\p{L}])/u;

/** The releases a sentence reports; the suppression pass later drops those that are another event's argument. */
export const extractReleases: EventExtractor = (sc, state) =>
  extractByRule(RELEASE, sc, state, {
    accepts: (t) =>
      !FUTURE_AFTER.test(sc.lower.slice(t.end, t.end + 30)) &&
      !modifiesOtherNoun(sc, t) &&
      !publishesDocument(t, sc) &&
      !presentsPlans(t, sc) &&
      namesItsProduct(t, sc),
  })
    .found.filter((e) => !stillInTheMaking(e, sc) && !namedAsPlanned(e, sc))
    .map((e) => plannedWhenAhead(e, sc, state));

/** A modifier that calls a product still to come: "den geplanten GB10-Chip", "its planned GB10 chip". */
const PLANNED_MODIFIER_BEFORE =
  /(?<![\p{L}])(?<!(?:lange|long|lang|seit langem|much|viel)[\s-])(?:planned|forthcoming|unreleased|yet-to-be-released|geplante[nmrs]?|angekündigte[nmrs]? und noch nicht erschienene[nmrs]?|künftige[nmrs]?|noch nicht (?:veröffentlichte|erschienene|erhältliche|verfügbare)[nmrs]?)\s+(?:[\p{L}-]+\s+){0,2}$/u;

/**
 * Whether every mention of the event's subject in the sentence carries a modifier that calls it still to
 * come ("Nvidia zeigte den geplanten GB10-Chip", "showed off its planned GB10 chip"): shown or talked
 * about, not launched.
 */
function namedAsPlanned(e: FoundEvent, sc: SentenceContext): boolean {
  const own = sc.local.filter((m) => m.mention.entry.id === e.subject.id);
  return (
    own.length > 0 &&
    own.every((m) => PLANNED_MODIFIER_BEFORE.test(sc.lower.slice(Math.max(0, m.start - 50), m.start)))
  );
}

/** Whether the sentence tells the event's subject, named right before it, to be still in the making. */
function stillInTheMaking(e: FoundEvent, sc: SentenceContext): boolean {
  const still = STILL_IN_THE_MAKING.exec(sc.lower);
  if (still === null || NOW_AFTER.test(sc.lower.slice(still.index + still[0].length))) return false;
  const before = sc.local.filter((m) => m.end <= still.index && still.index - m.end <= 40);
  const last = before[before.length - 1];
  return last?.mention.entry.id === e.subject.id && !/[;:]/u.test(sc.lower.slice(last.end, still.index));
}
