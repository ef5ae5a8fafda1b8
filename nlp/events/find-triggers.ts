/**
 * Trigger finding: where in a sentence the lexicon (event-cues.ts) names an event of a type, minus
 * matches that the words around them rule out (negated, background, a future modifier, a noun in a
 * prospective clause, a succession without a date, "push back against").
 */
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
  ORDER_DELAY_AFTER,
  ORDER_DELAY_BEFORE,
  PROSPECTIVE_CLAUSE,
  RELEASE_BASE_FORM,
  PUSH_BACK_AGAINST,
  SUCCESSION,
  TRIGGERS,
} from '../event-cues.js';
import { EVENT_TYPES, type EventType } from '../types.js';

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
 * Each type's lexicon as a scanner that tries its alternatives only where a trigger may start: at a
 * word start, or inside a word where one of the type's compound tails begins ("US-Exportverbot"). The
 * guard rejects the other positions before any alternative is tried (the lexicon is written once, so
 * the compiled scanner stays small).
 */
const GLOBAL_TRIGGERS = Object.fromEntries(
  EVENT_TYPES.map((t) => {
    const tails = tailsOf(t);
    const inWord = tails.length > 0 ? `|(?=${tails.join('|')})` : '';
    return [t, new RegExp(`(?:(?<![\\p{L}\\p{N}])${inWord})(?:${TRIGGERS[t].source})`, 'gu')];
  }),
) as Record<EventType, RegExp>;

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

/** "hat das Projekt ... gestartet": work on something started, nothing released. */
const PROJECT_STARTED_BEFORE =
  /\b(?:das|ein|den|die)\s+(?:\S+\s+)?(?:projekt|programm|vorhaben|entwicklung|training|initiative|pilot\w*|test\w*|arbeit\w*)\b[^;!?]*$/u;
/** "showcased several fresh features for its model": features of a product, not the product. */
const FEATURES_AFTER =
  /^\s+(?:\S+\s+){0,3}?(?:features?|capabilities|functions?|funktionen|neuerungen|demos?)\b/u;
/** "jeweils im Dezember neue Modelle vorgestellt", "every year": a habit, not one launch. */
const HABITUAL =
  /\b(?:jeweils|jedes jahr|alljährlich|every year|each year|annually|in den letzten (?:beiden|zwei|drei|\d+) jahren|seit (?:längerem|langem|jahren|monaten)(?!\s+\p{L}*(?:erwartet|angekündigt|geplant|versprochen))|schon lange|for (?:years|months|a long time|some time)|has long been)\b/u;

/** "der am Mittwoch vorgestellte Halbleiter": a dated attributive launch is a launch of its own. */
const DATED_ATTRIBUTE_BEFORE =
  /\b(?:(?:am|im|vergangenen|letzten)\s+\p{L}+|frisch|gerade|soeben|jüngst|kürzlich|neu|erst)\s+$/u;

/** A product and then a past time right after a launch noun: "... of its Ascend 910C in the first quarter". */
const DATED_AFTER =
  /^\s+(?:of|von|des|der)\s+(?:[^\s,.;:!?]+\s+){1,4}?(?:in|im|on|am)\s+(?:the\s+|dem\s+|der\s+)?(?:first|second|third|fourth|last|ersten|zweiten|dritten|vierten|letzten|q[1-4]\b|\d|jan|feb|mar|mär|apr|may\b|mai\b|jun|jul|aug|sep|oct|okt|nov|dec|dez|spring|summer|autumn|fall\b|winter|frühjahr|sommer|herbst)/u;

function isRuledOut(
  type: EventType,
  lower: string,
  start: number,
  match: string,
  hasDate: () => boolean,
): boolean {
  // a trigger must start at a word boundary
  if (start > 0 && /[\p{L}\p{N}]/u.test(lower[start - 1] ?? '') && !COMPOUND_TAIL.test(match)) return true;
  const before = lower.slice(Math.max(0, start - 40), start);
  // "wird Nvidia nicht erlauben, den Chip zu verkaufen": a refused permission is a restriction
  if (NEGATION_BEFORE.test(before) && !(type === 'export_control' && EXPORT_ALLOW.test(match))) return true;
  // "stellt die Entwicklung nicht ein": a negation before the separable particle that closes the trigger
  if (NEGATED_PARTICLE.test(match)) return true;
  if ((type === 'release' || type === 'plan') && BACKGROUND_BEFORE.test(before)) {
    // "following the launch of the Ascend 910C in the first quarter": a dated launch is a fact of its own
    const datedLaunch =
      type === 'release' && DATED_AFTER.test(lower.slice(start + match.length, start + match.length + 70));
    if (!datedLaunch) return true;
  }
  const after = lower.slice(start + match.length, start + match.length + 12);
  // "a potential shift", "die mögliche Verschiebung": an event that may happen is not reported
  if (POSSIBLE_BEFORE.test(before)) return true;
  // "signalisiert, den Verkauf ... erlauben zu wollen", "wants to allow": a wish, not a decision
  if (type === 'export_control' && (WISH_AFTER.test(after) || WISH_BEFORE.test(before))) return true;
  if (
    type === 'delay' &&
    (LIMITS_MOVED_BEFORE.test(lower.slice(Math.max(0, start - 60), start)) ||
      LIMITS_MOVED_AFTER.test(lower.slice(start + match.length, start + match.length + 40)))
  )
    return true;
  if (type === 'release') {
    if (/\b(?:nicht|kaum|kein\w*|not|barely|hardly)\b(?!\s+(?:nur|only|just|allein|merely)\b)/u.test(match))
      return true;
    if (match === 'gestartet' && PROJECT_STARTED_BEFORE.test(lower.slice(Math.max(0, start - 70), start)))
      return true;
    if (FEATURES_AFTER.test(lower.slice(start + match.length, start + match.length + 50))) return true;
    if (HABITUAL.test(lower.slice(...clauseWindow(lower, start, start + match.length)))) return true;
    if (NOT_YET_RELEASED_BEFORE.test(lower.slice(Math.max(0, start - 80), start))) return true;
    // "Upon public release of X, it will be available in ...": a launch still ahead
    if (UPON_BEFORE.test(before) && FUTURE_IN_SENTENCE.test(lower)) return true;
    if (
      NOMINAL_TRIGGER.test(match) &&
      LAUNCH_NOUN_SET_FOR.test(lower.slice(start + match.length, start + 160))
    )
      return true;
    if (NOT_A_RELEASE_AFTER.test(after) || FUTURE_MODIFIER_BEFORE.test(before)) return true;
    if (
      !NOMINAL_TRIGGER.test(match) &&
      STATEMENT_AFTER.test(lower.slice(start + match.length, start + match.length + 50))
    )
      return true;
    if (NOMINAL_COMPOUND_RELEASE.test(match)) return true;
    // "Zeitpläne für Markteinführungen": a plural launch noun without its product is launches in general
    if (isGenericPlural(match, after)) return true;
    if (
      NOMINAL_TRIGGER.test(match) &&
      PROSPECTIVE_CLAUSE.test(lower.slice(...clauseWindow(lower, start, start + match.length)))
    )
      return true;
    if (SUCCESSION.test(match) && !hasDate()) return true;
    // "hat die Veröffentlichung von R2 (nicht) verschoben": the release noun is what was moved or not
    if (NOMINAL_TRIGGER.test(match) && movedInClause(lower, start, start + match.length)) return true;
    if (RELEASE_BASE_FORM.test(match) && isGoverned(lower, start, match)) return true;
    // "trotz bereitgestellter Samples" describes a noun; "ist eine ... vorgestellte Familie" predicates
    if (
      ATTRIBUTIVE_PARTICIPLE.test(match) &&
      !COPULA_BEFORE.test(lower.slice(Math.max(0, start - 70), start)) &&
      !DATED_ATTRIBUTE_BEFORE.test(lower.slice(Math.max(0, start - 30), start))
    )
      return true;
  }
  if (
    (type === 'plan' || type === 'delay') &&
    SALES_TARGET.test(lower.slice(...clauseWindow(lower, start, start + match.length)))
  )
    return true;
  // "the data center with 200,000 GB200 chips will go online in 2026": a site goes online, not a chip
  if (
    type === 'plan' &&
    /online|live/u.test(match) &&
    SITE_BEFORE.test(lower.slice(Math.max(0, start - 80), start))
  )
    return true;
  // "Meta plant, die TPUs von Google ab 2027 einzusetzen": a plan to use or buy, not to launch
  if (
    type === 'plan' &&
    /^plan/u.test(match) &&
    USE_INFINITIVE_AFTER.test(lower.slice(start + match.length, start + 160))
  )
    return true;
  if (type !== 'delay') return false;
  // "order delays from key customers": the buyers hold back, the product is not late
  if (ORDER_DELAY_BEFORE.test(before) || ORDER_DELAY_AFTER.test(lower.slice(start, start + 50))) return true;
  return PUSH_BACK_AGAINST.test(lower.slice(start, start + 40));
}

/** "upon (its public) release": a launch to come when a future follows in the sentence. */
const UPON_BEFORE = /\bupon\s+(?:its\s+|the\s+)?(?:\S+\s+)?$/u;
const FUTURE_IN_SENTENCE = /\b(?:will|shall|'ll)\b/u;

/** A site or installation as what goes online. */
const SITE_BEFORE =
  /\b(?:data ?cent(?:er|re)s?|rechenzentr\p{L}*|supercomputer\p{L}*|cluster\p{L}*|campus|fab|factory|werk|fabrik|server\p{L}*|anlage|facility|site|standort)\b/u;
/** A use or purchase told after a German plan verb ("plant, die TPUs ... einzusetzen"). */
const USE_INFINITIVE_AFTER =
  /^[^.;!?]{0,140}?\b(?:zu\s+(?:verwenden|nutzen|kaufen|mieten|beziehen|testen|erwerben|übernehmen|investieren)|einzusetzen|anzuschaffen|einzukaufen|anzumieten)\b/u;

const POSSIBLE_BEFORE =
  /\b(?:potential|possible|potenziell\w*|mögliche\w*|eventuelle\w*|hypothetical|hypothetische\w*)\s+(?:[^\s.;:!?]+\s+)?$/u;
const WISH_AFTER = /^\s+zu\s+(?:wollen|beabsichtigen)\b/u;
const WISH_BEFORE = /\b(?:wants?|wanted|would like|wishes|wished)\s+to\s+$/u;

const MOVED = new RegExp(`${TRIGGERS.delay.source}|${TRIGGERS.cancellation.source}`, 'u');

/** Whether the clause around a nominal trigger has a delay or cancellation verb, negated or not. */
function movedInClause(lower: string, start: number, end: number): boolean {
  const [from, to] = clauseWindow(lower, start, end);
  return MOVED.test(lower.slice(from, start)) || MOVED.test(lower.slice(end, to));
}

/** A base-form verb under a modal, a future or an intention in its clause (see RELEASE_BASE_FORM). */
function isGoverned(lower: string, start: number, match: string): boolean {
  const [from, to] = clauseWindow(lower, start, start + match.length);
  return (
    MODAL_BEFORE.test(lower.slice(from, start)) || MODAL_AFTER.test(lower.slice(start + match.length, to))
  );
}

/**
 * The triggers of one type in a lower-cased sentence, in text order. A trigger starts at a word
 * boundary unless it is a compound tail ("Exportverbot"). Export triggers may overlap, because a
 * permission can enclose a restriction ("hebt das Verkaufsverbot auf") that is a trigger too.
 * `hasDate` tells (asked only when needed) whether the sentence has any date: a succession ("successor") needs one.
 */
export function findTriggers(type: EventType, lower: string, hasDate: () => boolean): Trigger[] {
  const re = GLOBAL_TRIGGERS[type];
  re.lastIndex = 0;
  const out: Trigger[] = [];
  for (let m = re.exec(lower); m !== null; m = re.exec(lower)) {
    if (m[0] === '') {
      re.lastIndex += 1;
      continue;
    }
    const start = m.index;
    if (isRuledOut(type, lower, start, m[0], hasDate)) continue;
    out.push({ type, start, end: start + m[0].length, text: m[0] });
    // "hebt das Verkaufsverbot auf": a permission may enclose a restriction, which is a trigger too
    if (type === 'export_control') re.lastIndex = start + 1;
  }
  return out;
}
