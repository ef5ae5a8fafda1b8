/**
 * The suppression pass: of the events found in one sentence, drops those that are only an argument
 * or a side of another event of the same sentence ("Die Veröffentlichung von X verzögert sich" is a
 * delay, not a release). Each rule is a named predicate; an event is dropped when any rule holds.
 */
import { PLACES } from '../lexicon/places.js';
import type { DateExpression } from '../dates.js';
import { BEHIND_WORDS, NOMINAL_TRIGGER, REVERSED_OBJECT, SUPERSEDED } from '../event-cues.js';
import type { EventDate, EventType, FoundEvent } from '../types.js';
import { clauseWindow, type Trigger } from './find-triggers.js';
import { newTargetOf } from './rescheduled-plan.js';

/**
 * Lifting a restriction: its object noun ("das Verbot aufgehoben") is not a second event. A whole word:
 * "erheben eine Abgabe auf" lifts nothing.
 */
const LIFT = new RegExp(
  String.raw`(?<![\p{L}])(aufgehoben|aufheben|heb\w*\s+(?:\S+\s+){0,10}?auf\b|lift(?:s|ed|ing)?\b|revers\w*${REVERSED_OBJECT}|rückgängig)`,
  'u',
);
const IMPOSED = /(verhängt|imposed|introduced|eingeführt|erlassen)/u;

/** What extraction recorded about each event beyond its fields. */
export interface EventTags {
  /** "allow" or "restrict" for export decisions, "" for other types, undefined if never tagged. */
  polarityOf(e: FoundEvent): string | undefined;
  /** The trigger that made the event; undefined for events completed from another sentence. */
  triggerOf(e: FoundEvent): Trigger | undefined;
}

/** The sentence the events were found in. */
export interface SuppressionSentence {
  lower: string;
  dates: readonly DateExpression[];
}

/** Facts about the whole sentence that the rules read, computed once. */
interface SentenceFacts {
  has(type: EventType, id: string): boolean;
  /** A restriction is lifted and its imposition is not reported too. */
  lifted: boolean;
  /** The sentence reports a delay, plan or cancellation. */
  reportsOther: boolean;
  /** A date stands as a new target ("auf das erste Quartal verschoben"). */
  newTarget: boolean;
  /** The sentence tells a target that no longer holds ("ursprünglich geplant"). */
  superseded: boolean;
  /**
   * A dated plan told by a modal of its own ("wurden aufgeschoben und sollen im kommenden Jahr
   * bereitgestellt werden"): the new target in a clause of its own, not the delayed plan.
   */
  ownDatedPlan(e: FoundEvent): boolean;
  nominal(e: FoundEvent): boolean;
  /** A modal or future verb governs the event's trigger in its clause ("soll Qwen4 nun erst im Herbst erscheinen"). */
  afterModal(e: FoundEvent): boolean;
  polarity(e: FoundEvent): string | undefined;
  /** A hardware switch of the sentence moves to this entity. */
  switchTarget(id: string): boolean;
  /** A dated release told in a relative clause ("..., der im Juli 2025 vorgestellt wurde"): a fact of its own. */
  datedBackground(e: FoundEvent): boolean;
  /** The subject's delays are all told as what a launch came after ("after months of delays"). */
  delayBehind(id: string): boolean;
  /** The subject's delays are all told as the manner of something ("mit Verspätung", "behind schedule"). */
  delayAsManner(id: string): boolean;
  /** The event's cue lies inside the cue of the subject's event of another type. */
  insideCueOf(e: FoundEvent, type: EventType): boolean;
}

/**
 * A delay told as a manner or attribute by its own words: "behind schedule", "later than planned", "a year
 * late", "the delayed Ascend 910C", "der verspätete".
 */
const MANNER_DELAY =
  /behind schedule|later than|(?:days?|weeks?|months?|quarters?|years?)\s+(?:late|behind)$|^(?:verspätung|verzögerung|delayed|long-delayed|verspätete[nmrs]?|verzögerte[nmrs]?)$/u;
/** ... or by the preposition before it: "mit monatelanger Verspätung", "with a delay of". */
const MANNER_BEFORE = /(?<![\p{L}])(?:mit|with)\s+(?:\S+\s+){0,2}$/u;

/** "nach China", "nach Europa": a destination, not what came before ("nach monatelangen Verzögerungen"). */
const DESTINATIONS = [
  ...PLACES,
  'europa',
  'indien',
  'deutschland',
  'frankreich',
  'russland',
  'amerika',
  'übersee',
  'den usa',
  'usa',
].join('|');

/**
 * Delays told as what came before (or stood against) the sentence's news: "nach monatelangen
 * Verzögerungen", "after months of delays", "despite repeated delays".
 */
const AFTER_BEFORE = new RegExp(
  String.raw`\b(?:${BEHIND_WORDS})\s+(?!(?:${DESTINATIONS})(?![\p{L}]))(?:[^\s.;:!?,]+\s+){0,2}$`,
  'u',
);

/** A negation inside a plan trigger ("werden nicht wie geplant im März erscheinen"). */
const NEGATED = /\b(?:nicht|kein\w*|nie|not|no longer|never)\b/u;
/** A plan trigger that opens with a modal or future of its own ("sollen ... bereitgestellt", "will be available"). */
const MODAL_PLAN =
  /^(?:soll|solle|sollen|sollte|sollten|will|wollen|wird|werden|(?:is|are|now) (?:expected|set|due|slated|scheduled))\b/u;

/** A modal right before a plan's trigger, with at most a time word between: "will only enter mass production in 2027". */
const MODAL_RIGHT_BEFORE =
  /(?<![\p{L}])(?:will|shall|soll|solle|sollen|wird|werden)\s+(?:(?:now|only|then|nun|erst|dann)\s+)?$/u;

/** A modal or future verb that makes a later verb in its clause an intention: "soll", "will", "wird". */
const MODAL_IN_CLAUSE =
  /(?<![\p{L}'’])(?:soll|solle|sollen|sollte|sollten|will|wollen|wird|werden|würde|würden|shall|would)(?![\p{L}])/u;

/** A relative clause about the launch between a plan and a delay: ", a release that has", ", which was". */
const RELATIVE_OF_LAUNCH =
  /,\s*(?:(?:a|an|the|eine?n?)\s+(?:\S+\s+){0,2}?)?(?:that|which|der|die|das|welche[rsn]?)\s+(?:\S+\s+){0,4}?$/u;

/**
 * The start of a relative clause before a trigger: ", der im Juli vorgestellt wurde", ", which launched in May",
 * after an apposition ", the model that debuted in 2024".
 */
const RELATIVE_CLAUSE_BEFORE =
  /,\s*(?:(?:the|a|an|its|their)\s+[^,;:]{0,50}?\s)?(?:der|die|das|welche[rsn]?|which|that)\s+[^,;:]{0,60}$/u;

/**
 * "OpenAI hat GPT-5 am Donnerstag veröffentlicht, Monate später als geplant": a dated release told by its
 * verb is a fact beside the delay it ended, unless a cancellation or export decision of the subject stands there
 * too, or a modal governs the verb ("soll nun erst im August erscheinen": the date is the new target).
 */
function isDatedVerbalRelease(ev: FoundEvent, f: SentenceFacts): boolean {
  return (
    ev.date !== null &&
    !f.nominal(ev) &&
    !f.afterModal(ev) &&
    !(['cancellation', 'export_control'] as const).some((t) => f.has(t, ev.subject.id))
  );
}

/**
 * "haben nach monatelangen Verzögerungen mit der Auslieferung des GB200 NVL72 begonnen": a launch the
 * delays are told to have come before is a fact beside them, unless another decision of the subject stands there too.
 */
function launchAfterDelays(ev: FoundEvent, f: SentenceFacts): boolean {
  return (
    f.delayBehind(ev.subject.id) &&
    !(['plan', 'cancellation', 'export_control'] as const).some((t) => f.has(t, ev.subject.id))
  );
}

/**
 * "Mit monatelanger Verspätung ist GPT-5 nun erschienen", "finally arrived, three months behind
 * schedule", "released the new Siri a year late": a launch told by its verb with the delay as its manner
 * is a fact beside the delay.
 */
function launchWithDelay(ev: FoundEvent, f: SentenceFacts): boolean {
  return (
    !f.nominal(ev) &&
    !f.afterModal(ev) &&
    f.delayAsManner(ev.subject.id) &&
    !(['plan', 'cancellation', 'export_control'] as const).some((t) => f.has(t, ev.subject.id))
  );
}

interface Suppression {
  name: string;
  drops(ev: FoundEvent, facts: SentenceFacts): boolean;
}

const SUPPRESSIONS: readonly Suppression[] = [
  {
    name: 'a delay, plan, cancellation or export decision of a subject is not also its release',
    drops: (ev, f) =>
      ev.type === 'release' &&
      !f.datedBackground(ev) &&
      !(
        f.has('delay', ev.subject.id) &&
        (isDatedVerbalRelease(ev, f) || launchAfterDelays(ev, f) || launchWithDelay(ev, f))
      ) &&
      (['delay', 'plan', 'cancellation', 'export_control'] as const).some((t) => f.has(t, ev.subject.id)),
  },
  {
    name: 'a nominal release beside another event is that event’s argument, unless dated and of another subject',
    drops: (ev, f) =>
      ev.type === 'release' &&
      f.reportsOther &&
      f.nominal(ev) &&
      // "Following the launch of its Ascend 910C in the first quarter, ... plans for the Ascend 950"
      (ev.date === null ||
        (['delay', 'plan', 'cancellation'] as const).some((t) => f.has(t, ev.subject.id))) &&
      !launchAfterDelays(ev, f),
  },
  {
    name: 'a nominal launch in a superseded-target sentence ("ursprünglich war die Einführung geplant")',
    drops: (ev, f) => ev.type === 'release' && f.nominal(ev) && f.superseded,
  },
  {
    name: 'a delayed plan without a new target, or a cancelled plan, is no plan (delays it comes after are not)',
    drops: (ev, f) =>
      ev.type === 'plan' &&
      ((f.has('delay', ev.subject.id) &&
        !f.newTarget &&
        !f.ownDatedPlan(ev) &&
        !f.delayBehind(ev.subject.id)) ||
        f.has('cancellation', ev.subject.id)),
  },
  {
    name: 'the lifted restriction is the lifting’s object',
    drops: (ev, f) => ev.type === 'export_control' && f.lifted && f.polarity(ev) === 'restrict',
  },
  {
    name: 'delays an export decision came after are the decision’s ("nach monatelangen Verzögerungen freigegeben")',
    drops: (ev, f) =>
      ev.type === 'delay' && f.delayBehind(ev.subject.id) && f.has('export_control', ev.subject.id),
  },
  {
    name: 'a block inside stalled shipments is the delay ("Die Auslieferungen blieben ... blockiert")',
    drops: (ev, f) => ev.type === 'export_control' && f.insideCueOf(ev, 'delay'),
  },
  {
    name: 'a delayed subject is not also cancelled',
    drops: (ev, f) => ev.type === 'cancellation' && f.has('delay', ev.subject.id),
  },
  {
    name: 'the platform a switch goes to is not cancelled ("zog die Reißleine und kehrte zum H20 zurück")',
    drops: (ev, f) =>
      ev.type === 'cancellation' &&
      (f.switchTarget(ev.subject.id) ||
        ev.related.some((r) => r.role === 'developer' && f.switchTarget(r.id))),
  },
];

function factsOf(
  found: readonly FoundEvent[],
  sentence: SuppressionSentence,
  tags: EventTags,
): SentenceFacts {
  const { lower, dates } = sentence;
  /** Whether the subject has delays and the cue of every one passes `test`. */
  const everyDelayCue = (id: string, test: (t: Trigger) => boolean): boolean => {
    const delays = found.filter((e) => e.type === 'delay' && e.subject.id === id);
    return (
      delays.length > 0 &&
      delays.every((d) => {
        const t = tags.triggerOf(d);
        return t !== undefined && test(t);
      })
    );
  };
  return {
    has: (type, id) => found.some((e) => e.type === type && e.subject.id === id),
    lifted: LIFT.test(lower) && !IMPOSED.test(lower),
    reportsOther: found.some((e) => e.type === 'delay' || e.type === 'plan' || e.type === 'cancellation'),
    newTarget: newTargetOf(lower, dates) !== undefined,
    superseded: SUPERSEDED.test(lower),
    ownDatedPlan: (e) => {
      const text = tags.triggerOf(e)?.text ?? '';
      const start = tags.triggerOf(e)?.start ?? 0;
      // "werden nicht wie geplant im März erscheinen": the target missed, not a new one
      if (
        e.date !== null &&
        (MODAL_PLAN.test(text) || MODAL_RIGHT_BEFORE.test(lower.slice(Math.max(0, start - 30), start))) &&
        !NEGATED.test(text) &&
        !SUPERSEDED.test(lower)
      )
        return true;
      // "is preparing to launch V4 in late April, a release that has already been delayed twice": the
      // delays are told of the planned launch in a relative clause after it
      const plan = tags.triggerOf(e);
      return (
        e.date !== null &&
        plan !== undefined &&
        found.some((d) => {
          const t = d.type === 'delay' && d.subject.id === e.subject.id ? tags.triggerOf(d) : undefined;
          return (
            t !== undefined && t.start > plan.end && RELATIVE_OF_LAUNCH.test(lower.slice(plan.end, t.start))
          );
        })
      );
    },
    nominal: (e) => NOMINAL_TRIGGER.test(tags.triggerOf(e)?.text ?? ''),
    insideCueOf: (e, type) => {
      const own = tags.triggerOf(e);
      return (
        own !== undefined &&
        found.some((o) => {
          const t = o.type === type && o.subject.id === e.subject.id ? tags.triggerOf(o) : undefined;
          return t !== undefined && t.start <= own.start && own.end <= t.end;
        })
      );
    },
    afterModal: (e) => {
      const start = tags.triggerOf(e)?.start;
      return (
        start !== undefined && MODAL_IN_CLAUSE.test(lower.slice(clauseWindow(lower, start, start)[0], start))
      );
    },
    polarity: (e) => tags.polarityOf(e),
    switchTarget: (id) =>
      found.some(
        (e) => e.type === 'hardware_switch' && e.related.some((r) => r.role === 'to' && r.id === id),
      ),
    delayAsManner: (id) =>
      everyDelayCue(
        id,
        (t) =>
          MANNER_DELAY.test(t.text) || MANNER_BEFORE.test(lower.slice(Math.max(0, t.start - 30), t.start)),
      ),
    delayBehind: (id) =>
      everyDelayCue(id, (t) => AFTER_BEFORE.test(lower.slice(Math.max(0, t.start - 40), t.start))),
    datedBackground: (e) => {
      const t = tags.triggerOf(e);
      if (e.date === null || t === undefined) return false;
      const clause = RELATIVE_CLAUSE_BEFORE.exec(lower.slice(0, t.start));
      // a German relative clause ends in its auxiliary (", der im Juli vorgestellt wurde"), which tells
      // it from a coordinated main clause (", die Firma veröffentlichte ...")
      const after = lower.slice(t.end, t.end + 12);
      return (
        clause !== null &&
        (/(?:which|that)\s/u.test(clause[0]) || /^\s*(?:wurde|worden|war|ist|hat|hatte)\b/u.test(after))
      );
    },
  };
}

/**
 * Returns the events of one sentence that stand on their own, in their original order. Every rule
 * compares against all events found in the sentence, including those another rule drops.
 */
export function suppressEvents(
  found: readonly FoundEvent[],
  sentence: SuppressionSentence,
  tags: EventTags,
): FoundEvent[] {
  const facts = factsOf(found, sentence, tags);
  const kept = found.filter((ev) => !SUPPRESSIONS.some((rule) => rule.drops(ev, facts)));
  // "aufgeschoben und sollen im kommenden Jahr bereitgestellt werden": the year is the plan's, not the
  // delay's; so is the plan's date read into the past for delays it comes after ("nach mehreren
  // Verschiebungen im Juni" read as last June), while "nach der Verschiebung im Mai" keeps the delay's May
  for (const ev of kept)
    if (
      ev.type === 'delay' &&
      ev.date !== null &&
      kept.some(
        (p) =>
          p.type === 'plan' &&
          p.subject.id === ev.subject.id &&
          (p.date?.value === ev.date?.value ||
            (facts.delayBehind(ev.subject.id) && sameButYear(p.date, ev.date))),
      )
    )
      ev.date = null;
  // "After several delays, DeepSeek finally released R2 on Tuesday": the date is the launch's, not the delays'
  for (const ev of kept)
    if (
      ev.type === 'delay' &&
      ev.date !== null &&
      (facts.delayBehind(ev.subject.id) || facts.delayAsManner(ev.subject.id)) &&
      kept.some(
        (r) =>
          r.type === 'release' &&
          r.subject.id === ev.subject.id &&
          r.date?.value === ev.date?.value &&
          // "After a delay announced in September, ... released Qwen4 on October 20": with a second date
          // in the sentence, the delay may have its own
          sentence.dates.length === 1,
      )
    )
      ev.date = null;
  return kept;
}

/** Two dates of one month or quarter that differ in the year only ("2026-06" and "2025-06"); years never. */
function sameButYear(a: EventDate | null, b: EventDate | null): boolean {
  return (
    a !== null &&
    b !== null &&
    a.precision !== 'year' &&
    a.precision === b.precision &&
    a.value.slice(4) === b.value.slice(4)
  );
}
