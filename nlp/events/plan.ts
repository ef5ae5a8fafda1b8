/** Plan events: a model or chip is announced for a time ahead ("soll im Herbst erscheinen"). */
import { opensSince } from '../dates.js';
import { PLUPERFECT_PLAN_BEFORE, SUPERSEDED, VAGUE_TIME } from '../event-cues.js';
import { affectedInNextSentence } from './affected-next.js';
import { extractByRule, type EventRule } from './build-event.js';
import { isProductMention } from './pick-subjects.js';
import { pickDate, type SentenceContext } from './sentence-context.js';
import { clauseWindow, type Trigger } from './find-triggers.js';
import type { EventExtractor } from './run-triggers.js';
import { firstFallback, namedInNextSentence } from './named-next.js';
import { identifiedLater } from './identified-later.js';

const PLAN: EventRule = {
  type: 'plan',
  subjectKinds: ['model', 'chip'],
  baseConfidence: 0.7,
  futureDates: true,
  carriesTopic: true,
  carriesSilentTopic: true,
  findsReason: false,
  fallbackSubject: firstFallback(affectedInNextSentence, namedInNextSentence, identifiedLater),
};

/** A year in brackets after a list item: "der Ascend 950 (2026), 960 (2027)". */
const BRACKETED_YEAR = /\((?:(?:ende|anfang|mitte|end|early|late|mid)[- ]+)?((?:19|20)\d\d)\)/gu;

/** A bracketed year after the publication year: "Llama 4 (2025) war enttäuschend" is no plan's time. */
function bracketedFutureYear(sc: SentenceContext): boolean {
  const published = sc.doc.published?.getUTCFullYear();
  if (published === undefined) return false;
  return [...sc.lower.matchAll(BRACKETED_YEAR)].some((m) => Number(m[1]) > published);
}

/**
 * A plan needs a time: a date that is not a fiscal period, a vague time ("im Herbst", "later this
 * year"), a bracketed year, or a volume to make or deliver (see VOLUME_TARGET). Asked only once a plan trigger is found, so sentences without one
 * never look for dates.
 */
function hasPlanTime(sc: SentenceContext): boolean {
  return (
    VAGUE_TIME.test(sc.lower) ||
    bracketedFutureYear(sc) ||
    sc.dates.some((d) => d.fiscal !== true) ||
    VOLUME_TARGET.test(sc.lower)
  );
}

/**
 * A number of units to make or deliver ("rund 600.000 Einheiten", "800,000 Ascend chips"): a volume
 * target is a plan of its own even without a time (the labelling rule for mass-production targets).
 */
const VOLUME_TARGET =
  /(?<![\p{L}\d.,-])\d[\d.,]*\s+(?:(?:millionen|million|mio\.?|tausend|thousand)\s+)?(?:(?:einheiten|units|stück|exemplare|wafer\p{L}*)\b|(?:\S+\s+){0,3}?[\p{L}\d-]*(?:chips|gpus|beschleuniger|prozessoren|processors|accelerators)\b)/u;

/** The plans a sentence reports; yearless dates resolve forward. */
export const extractPlans: EventExtractor = (sc, state) => {
  let timed: boolean | undefined;
  const accepts = (t: Trigger): boolean =>
    !isSuperseded(t, sc) &&
    !isMissedTarget(t, sc) &&
    !isNoPlannedSuccession(t, sc) &&
    !isUnnamedArrival(t, sc) &&
    !onlySince(sc) &&
    (timed ??= hasPlanTime(sc));
  return extractByRule(PLAN, sc, state, { accepts }).found;
};

/**
 * "Der verspätete Ascend 910C wird seit Mai ausgeliefert": when every time the sentence gives opens a
 * state going on since then, the present tense tells what is happening, not a plan.
 */
function onlySince(sc: SentenceContext): boolean {
  return sc.dates.length > 0 && sc.dates.every((d) => opensSince(d, sc.lower));
}

/** A fronted time and an arrival verb: "2027 kommt ...", "Ende 2026 folgt ...". */
const FRONTED_ARRIVAL = /^(?:(?:im jahr|anfang|mitte|ende|ab)\s+)?20[2-4]\d\s+\p{L}+\s+$/u;

/**
 * "2025 kommt die Konkurrenz aus China: DeepSeek R1 erschien im Januar": what arrives after a fronted year
 * must be a product named in the same clause, before a colon or semicolon ends it.
 */
function isUnnamedArrival(trigger: Trigger, sc: SentenceContext): boolean {
  if (!FRONTED_ARRIVAL.test(trigger.text)) return false;
  const stop = sc.lower.slice(trigger.end).search(/[:;]|\.(?:\s|$)/u);
  const end = stop >= 0 ? trigger.end + stop : sc.lower.length;
  // "2026 kommt er in den Handel": a pronoun carries the product named before
  if (/^(?:er|sie)(?![\p{L}])/u.test(sc.lower.slice(trigger.end))) return false;
  return !sc.local.some((m) => isProductMention(m) && m.start >= trigger.end && m.start < end);
}

/**
 * "Ursprünglich war der Start für Mai geplant, nun soll das Modell im Juli erscheinen": a target that
 * no longer holds is told in its own clause; the new target after it is a plan.
 */
function isSuperseded(trigger: Trigger, sc: SentenceContext): boolean {
  const [from, to] = clauseWindow(sc.lower, trigger.start, trigger.end);
  const before = sc.lower.slice(Math.max(0, from - 60), from);
  return (
    SUPERSEDED.test(sc.lower.slice(from, to)) ||
    PLUPERFECT_PLAN_BEFORE.test(before) ||
    ORIGINAL_PLAN_BEFORE.test(before)
  );
}

/** "vom ursprünglichen Plan, Grok 5 im Sommer zu veröffentlichen": the old plan governs the clause after its comma. */
const ORIGINAL_PLAN_BEFORE =
  /(?<![\p{L}])(?:original|initial|earlier|previous|ursprünglich|früher)\p{L}*\s+(?:\S+\s+)?(?:plans?|pläne?n?|planung|zeitplan|ziel|vorhaben)\s*,$/u;

const SUCCESSION_CUE = /^(?:follow|gefolgt)/u;
const FOLLOWED_BY = /^(?:followed|gefolgt)/u;

/**
 * A successor's place in line that is no plan: "followed by layoffs" names no successor inside the cue,
 * and "The H100 shipped in 2022, followed by the H200 in 2024" is history told in order (the time read
 * as said, not rolled forward, is before the publication; a quarter counts by its last month).
 */
function isNoPlannedSuccession(trigger: Trigger, sc: SentenceContext): boolean {
  if (!SUCCESSION_CUE.test(trigger.text)) return false;
  if (FOLLOWED_BY.test(trigger.text) && !namesProductInside(trigger, sc)) return true;
  const published = sc.doc.published;
  const date = pickDate(sc, trigger, false)?.value.replace(/Q([1-4])$/u, (_, q: string) =>
    String(Number(q) * 3).padStart(2, '0'),
  );
  return published !== null && date !== undefined && date < published.toISOString().slice(0, date.length);
}

const PAST_MODAL = /^(?:sollte|sollten)(?![\p{L}])/u;
/** How far back a target may lie and still be one the past modal says was missed. */
const MISSED_WITHIN_MONTHS = 6;

/** Months from a date value ("2025-04", "2025-Q2", "2025") to the publication; a quarter counts by its last month. */
export function monthsBefore(value: string, published: Date): number | undefined {
  const m = /^(\d{4})-(?:(\d{2})|Q([1-4]))/u.exec(value);
  if (m === null) return undefined;
  const month = m[2] !== undefined ? Number(m[2]) : Number(m[3]) * 3;
  return published.getUTCFullYear() * 12 + published.getUTCMonth() + 1 - (Number(m[1]) * 12 + month);
}

/**
 * "Llama 4 Behemoth sollte im April erscheinen" in a June article: the past modal with a month or quarter
 * read as said (not rolled forward) that lay up to six months before the publication is a target that was
 * missed, told in the delay, not a plan for next April. A time ahead ("sollte im September erscheinen"), a
 * relative one ("nächstes Jahr") or one long gone ("im Januar" in December, read as next January) stays a plan.
 */
function isMissedTarget(trigger: Trigger, sc: SentenceContext): boolean {
  const published = sc.doc.published;
  if (published === null || !PAST_MODAL.test(trigger.text)) return false;
  const said = pickDate(sc, trigger, false)?.value;
  const months = said === undefined ? undefined : monthsBefore(said, published);
  return months !== undefined && months > 0 && months <= MISSED_WITHIN_MONTHS;
}

function namesProductInside(trigger: Trigger, sc: SentenceContext): boolean {
  return sc.local.some((m) => isProductMention(m) && m.start >= trigger.start && m.end <= trigger.end);
}
