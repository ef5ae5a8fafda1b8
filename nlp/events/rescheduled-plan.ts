/**
 * A delay that names its new target reports a plan too: "von Ende 2024 auf das erste Quartal 2025
 * verschoben", "kommt nicht mehr im Mai, sondern erst im Herbst", "pushed back to early next year".
 * The plan carries the new target's date; the old target ("von Ende 2024") is no plan.
 */
import type { DateExpression } from '../dates.js';
import type { EventDate, FoundEvent } from '../types.js';
import type { DiscourseState } from './discourse-state.js';
import { isHedged } from './hedging.js';
import { resolveSentenceDate, type SentenceContext } from './sentence-context.js';

/** Words that introduce the new target right before its date. */
const NEW_TARGET_BEFORE =
  /\b(?:auf|to|into|until|bis|for|für|sondern(?: erst)?|erst|now (?:expected|slated|scheduled|due)(?: in| for)?)\s+(?:(?:das|den|die|dem|the|zum|frühestens|spätestens|early|late|mid)\s+)*$|\b(?:nun|jetzt|mittlerweile|inzwischen|now)\s+(?:\S+\s+){0,4}?(?:(?:im|in|ab|für|zum|bis|by|for)\s+)?(?:(?:das|den|die|dem|frühestens|spätestens)\s+)*$/u;
/** Confidence of a plan read off a delay: the target is reported, but second-hand through the delay. */
const CONFIDENCE = 0.7;

/**
 * The date a sentence names as a new target ("auf das erste Quartal 2026", "sondern erst im Juli",
 * "now expected in May"), if any. Also read by the suppression pass: a plan beside a delay stands only
 * with such a target.
 */
export function newTargetOf(lower: string, dates: readonly DateExpression[]): DateExpression | undefined {
  // "bis heute nicht verfügbar", "until today": the present is no target
  const usable = dates.filter((d) => d.fiscal !== true && !PRESENT_DAY.test(d.text.toLowerCase()));
  // the words before a date, with the preposition the expression itself may open with ("to May")
  const before = (d: DateExpression): string =>
    lower.slice(Math.max(0, d.start - 60), d.start) +
    (LEADING_PREPOSITION.exec(d.text.toLowerCase())?.[0] ?? '');
  // "originally scheduled for September 2024, then pushed to December": the old target is no new one
  // of several new targets ("then pushed to December, and later to March") the last holds
  const marked = usable
    .filter(
      (d) =>
        (NEW_TARGET_BEFORE.test(before(d)) || INSTEAD_OF_AFTER.test(lower.slice(d.end, d.end + 20))) &&
        !OLD_TARGET_BEFORE.test(before(d)),
    )
    .pop();
  if (marked !== undefined || !ORIGINAL_TARGET_NAMED.test(lower)) return marked;
  // "will arrive in early 2026, a delay from the original late-2025 target": the other date is the new one
  return usable.find((d) => !OLD_TARGET_BEFORE.test(before(d)));
}

/** A new target set against the old one: "Mitte 2027 statt Ende 2025", "in 2026 instead of 2025". */
const INSTEAD_OF_AFTER = /^\s*(?:statt|anstatt|instead of|rather than)\s/u;

const PRESENT_DAY = /^(?:(?:bis|until|till)\s+)?(?:heute|today|jetzt|now)$/u;

/** A target left open towards later: "or later", "oder einen noch späteren Zeitpunkt". */
const OPEN_ENDED_AFTER =
  /^\s*(?:,\s*)?(?:or (?:(?:even|possibly|perhaps|maybe|probably)\s+)*later|or beyond|oder (?:(?:noch|möglicherweise|vielleicht|eventuell|sogar|wahrscheinlich)\s+)*später|oder (?:auf )?einen (?:noch )?späteren)\b/u;
/** A target open towards later, told before it: "auf frühestens 2026", "no earlier than 2027". */
const OPEN_ENDED_BEFORE = /(?<![\p{L}])(?:frühestens|no earlier than|not before|nicht vor)\s+(?:\S+\s+)?$/u;
const LEADING_PREPOSITION = /^(?:to|into|until|till|auf|bis)\s+/u;
/** A delay measured from a named old target: "a delay from the original late-2025 target". */
const ORIGINAL_TARGET_NAMED =
  /\b(?:from|vom|von|gegenüber)\s+(?:the|its|dem|der|den|seinem|ihrem)?\s*(?:original|initial|earlier|previous|prior|ursprünglich\w*|anfänglich\w*|bisherig\w*|früher\w*)\s+(?:\S+\s+){0,2}?(?:target|plan|date|schedule|timeline|window|ziel|termin|zeitplan|plan|datum)\w*/u;
/** The words before an old target's date. */
const OLD_TARGET_BEFORE =
  /\b(?:original|initial|earlier|previous|prior|ursprünglich\w*|anfänglich\w*|bisherig\w*|früher\w*|eigentlich\w*|originally|initially)\s+(?:\S+\s+){0,2}?$/u;

/**
 * The plans the sentence's delays imply, for subjects that have no plan of their own yet, when the new
 * target can be placed in time (a relative one, "to early next year", cannot on an undated page). A plan the
 * sentence already has takes the new target as its date, and a delay dated by one of the targets (the
 * old or the new one, not a day) loses that date: it was not reported on it.
 */
export function rescheduledPlans(
  sc: SentenceContext,
  state: DiscourseState,
  found: readonly FoundEvent[],
): FoundEvent[] {
  const target = newTargetOf(sc.lower, sc.dates);
  if (target === undefined) return [];
  // "to fall 2025 or later": an open-ended target is no plan (the labelling rule for "at least May")
  if (
    OPEN_ENDED_AFTER.test(sc.lower.slice(target.end, target.end + 40)) ||
    OPEN_ENDED_BEFORE.test(sc.lower.slice(Math.max(0, target.start - 30), target.start))
  )
    return [];
  // "Aktuelle Schätzungen legen den Start für spätestens 2026 nahe": a target only guessed at is no plan
  const told = {
    type: 'plan' as const,
    start: target.start,
    end: target.end,
    text: sc.lower.slice(target.start, target.end),
  };
  if (isHedged('plan', sc.text, sc.lower, told)) return [];
  const date = resolveSentenceDate(sc, target, true);
  const out: FoundEvent[] = [];
  for (const delay of found) {
    if (delay.type !== 'delay') continue;
    if (delay.date !== null && delay.date.precision !== 'day') delay.date = null;
    const own = found.find((e) => e.type === 'plan' && e.subject.id === delay.subject.id);
    if (own !== undefined) {
      own.date = date;
      continue;
    }
    // "pushed back to early next year" on an undated page: whether the target still lies ahead is unknown;
    // "begann erst 2025 nach Verzögerungen" in 2026: a target gone by is history, not a plan
    if (date === null || isPast(date, sc.doc.published)) continue;
    const plan: FoundEvent = {
      type: 'plan',
      subject: delay.subject,
      related: delay.related.filter((r) => r.role === 'developer'),
      date,
      reported: delay.reported,
      confidence: CONFIDENCE,
      evidence: delay.evidence,
    };
    state.tag(plan, '');
    out.push(plan);
  }
  return out;
}

/**
 * Whether a target is a year wholly before the publication's ("erst 2025" read in 2026): what began then is
 * history. A month gone by may still be a target the text reports as moved ("pushed to December").
 */
function isPast(date: EventDate, published: Date | null): boolean {
  return published !== null && date.precision === 'year' && Number(date.value) < published.getUTCFullYear();
}
