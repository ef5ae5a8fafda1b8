/**
 * Denied delays: a report of a delay or a halt that the company denies or answers with "on schedule"
 * reports no event (the labelling rule: "a delay that the company denies is no event"). The denial
 * follows the report, later in its sentence ("..., Apple spricht von einem Release nach Zeitplan") or
 * in the next one ("Doch der Hersteller dementiert umgehend"; "This was met with a denial from AMD").
 * It must be a denial of that report: one that names another product ("the MI400 roadmap remains on
 * schedule"), denies something else ("denied reports that it was building a browser", "Berichte über
 * eine Übernahme") or is negated ("bestreitet nicht") leaves the delay standing. A reported plan that
 * the company denies the same way ("AMD denied the reports") is no plan either; "on schedule" confirms one.
 */
import type { FoundEvent } from '../types.js';
import type { DiscourseState } from './discourse-state.js';
import type { DocumentFacts } from './document-facts.js';
import { clauseWindow } from './find-triggers.js';

/** A denial verb or noun. */
const DENIAL =
  /(?:dementier\p{L}*|bestreit\p{L}*|bestritt\p{L}*|\bdenie[sd]\b|\bdenial\b|\bdeny(?:ing)?\b|\brefut\p{L}*|\b(?:weist|wies)\s+(?:\S+\s+){0,4}?(?:bericht\p{L}*|meldung\p{L}*)\s+(?:\S+\s+){0,2}?zurück)/u;
/** The launch declared on time. */
const ON_SCHEDULE =
  /\b(?:(?:is|remains|still|back)\s+on\s+(?:schedule|track)|proceeding as planned|(?:liegt|liege|liegen|ist|sei|bleibt)\s+(?:(?!nicht\b)\S+\s+)?(?:nach|im)\s+zeitplan|(?<!\bnicht\s)wie geplant\s+(?:voran|läuft|laufen|verläuft))\b/u;
/** What is on schedule must be the launch or the product, not an earnings report or a training run. */
const LAUNCH_REFERENCE =
  /(?<![\p{L}])(?:launch|release|start|rollout|roll-out|debut|shipments?|deliveries|availability|einführung|markteinführung|auslieferung\p{L}*|veröffentlichung|chip|model|modell|product|produkt|it|es|er|sie)(?![\p{L}])/u;
/** "not on track", "bestreitet nicht": the negated forms confirm the delay. */
const NEGATED_BEFORE = /\b(?:not|nicht|kein\p{L}*|no longer|nicht mehr)\s+(?:\S+\s+){0,2}$/u;
const NEGATED_AFTER = /^\s*(?:\S+\s+)?(?:nicht|not)\b/u;
/** What a denial may deny besides the report itself: a that-clause or a report about something. */
const OTHER_OBJECT_AFTER =
  /^[^.;!?]{0,60}?(?<![\p{L}])(?:that|dass|über|about|of|on claims|claims that)(?![\p{L}])/u;
/** Words of the delay itself: a denial that names them denies the delay. */
const DELAY_WORDS =
  /verzöger|verschieb|verschoben|delay|postpon|push(?:ed)? back|(?<![\p{L}])slip|später|(?<![\p{L}])late(?:r|st)?(?![\p{L}])|as planned|on schedule|on track|zeitplan|wie geplant/u;

const DENIABLE = new Set<FoundEvent['type']>(['delay', 'cancellation']);

/** A product named in the text being read, with its offset in that text. */
interface NamedProduct {
  id: string;
  at: number;
}

/**
 * Whether `text` (a sentence, or the rest of one after the delay's trigger) denies the delay of
 * `subjectId`: an on-schedule statement whose clause is about that product (named, or told as the launch,
 * the chip, "it"), or a denial of the report (see {@link deniesReport}).
 */
function deniesDelayOf(text: string, products: readonly NamedProduct[], subjectId: string): boolean {
  const lower = text.toLowerCase();
  const schedule = ON_SCHEDULE.exec(lower);
  if (schedule !== null) {
    const [clauseStart] = clauseWindow(lower, schedule.index, schedule.index + schedule[0].length);
    const inClause = products.filter((p) => p.at >= clauseStart && p.at < schedule.index);
    const before = lower.slice(clauseStart, schedule.index);
    if (!NEGATED_BEFORE.test(before.slice(-30))) {
      if (inClause.some((p) => p.id === subjectId)) return true;
      if (inClause.length === 0 && LAUNCH_REFERENCE.test(before)) return true;
    }
  }
  return deniesReport(lower, products, subjectId, DELAY_WORDS);
}

/**
 * A denial, not negated, in a text that names no other product than `subjectId` and denies no other
 * claim ("denied reports that it was building a browser"), unless the claim it denies has the report's
 * own `words`.
 */
function deniesReport(
  lower: string,
  products: readonly NamedProduct[],
  subjectId: string,
  words: RegExp,
): boolean {
  const denial = denialOf(lower, products, subjectId);
  if (denial === undefined) return false;
  const object = `${denial.verb} ${denial.after}`;
  return !OTHER_OBJECT_AFTER.test(object) || words.test(object.slice(0, 160));
}

/** The denial of `lower`, not negated, with its surroundings; undefined if another product is named. */
function denialOf(
  lower: string,
  products: readonly NamedProduct[],
  subjectId: string,
): { verb: string; before: string; after: string } | undefined {
  if (products.some((p) => p.id !== subjectId)) return undefined;
  const denial = DENIAL.exec(lower);
  if (denial === null) return undefined;
  const before = lower.slice(Math.max(0, denial.index - 30), denial.index);
  const after = lower.slice(denial.index + denial[0].length);
  if (NEGATED_BEFORE.test(before) || NEGATED_AFTER.test(after)) return undefined;
  return { verb: denial[0], before, after };
}

/**
 * A plan is denied only by a denial of the report itself: "AMD denied the reports", "DeepSeek dementierte
 * das", "..., which the company denied"; a denial with an object of its own ("denied using TSMC wafers",
 * "denied the company's licence request", "denied any wrongdoing") leaves the plan standing.
 */
const REPORT_ONLY_AFTER =
  /^\s*(?:(?:(?:the|die|den|diese[nrs]?|these|such|all|alle|jene\p{L}*)\s+)?(?:[\p{L}'’-]+\s+)?(?:reports?|berichte?n?|meldung(?:en)?|claims?|rumou?rs?|gerüchte)(?![\p{L}])(?!\s*,?\s*(?:that|dass|about|über|of|von)(?![\p{L}]))|(?:this|it|das|dies|them|sie)(?:\s*,|(?:\s+\p{L}+){0,3}\s*(?:[.;!?]|$))|that\s*(?:[.,;!?]|$))/u;
/** A denial with nothing after it but the end of the sentence or the one who says it. */
const BARE_DENIAL_AFTER =
  /^\s*(?:[.;!?]|$|,\s*(?:a|an|the|ein|eine|der|die)?\s*(?:spokes\p{L}*|sprecher\p{L}*|said|sagte|hieß))/u;
const RELATIVE_DENIAL_BEFORE = /(?:which|was|what|dies|das)\s+(?:\S+\s+){0,4}$/u;

function deniesPlan(lower: string, products: readonly NamedProduct[], subjectId: string): boolean {
  const denial = denialOf(lower, products, subjectId);
  if (denial === undefined) return false;
  const { before, after } = denial;
  return (
    REPORT_ONLY_AFTER.test(after) ||
    BARE_DENIAL_AFTER.test(after) ||
    (RELATIVE_DENIAL_BEFORE.test(before) && /^\s*(?:[.,;!?]|$)/u.test(after))
  );
}

/**
 * Withdraws from `state` the delays and cancellations of each sentence whose report is denied after its
 * trigger in the same sentence or in the next sentence, with the plans that only restated their new
 * target (the events of the sentence that reports a plan of its own stay).
 */
export function withdrawDeniedDelays(doc: DocumentFacts, state: DiscourseState): void {
  doc.sentences.forEach((sentence, index) => {
    const events = state.eventsOf(index).filter((e) => DENIABLE.has(e.type) || e.type === 'plan');
    if (events.length === 0) return;
    const next = doc.sentences[index + 1];
    const productsIn = (i: number, from: number): NamedProduct[] =>
      doc
        .mentionsIn(i)
        .filter((m) => m.start >= from && m.entry.kind !== 'organization')
        .map((m) => ({ id: m.entry.id, at: m.start - from }));
    for (const e of events) {
      const trigger = state.triggerOf(e);
      const restStart = trigger === undefined ? sentence.text.length : trigger.end;
      const rest = sentence.text.slice(restStart);
      const denies = (text: string, products: NamedProduct[]): boolean =>
        e.type === 'plan'
          ? deniesPlan(text.toLowerCase(), products, e.subject.id)
          : deniesDelayOf(text, products, e.subject.id);
      const denied =
        denies(rest, productsIn(index, sentence.start + restStart)) ||
        (next !== undefined && denies(next.text, productsIn(index + 1, next.start)));
      if (!denied) continue;
      state.withdraw(e);
      for (const plan of state.eventsOf(index))
        if (plan.type === 'plan' && plan.subject.id === e.subject.id && state.triggerOf(plan) === undefined)
          state.withdraw(plan);
    }
  });
}
