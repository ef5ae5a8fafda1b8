/**
 * A plan the same text reports cancelled is no current plan: "Months after announcing that Claude 3.5
 * Opus would be released by the end of 2024, Anthropic removed all mention of it ... decided that
 * releasing it was not viable". The labelling rules count only current targets as plans; a cancelled
 * product has none. Within one sentence suppress-events already drops such a plan; this is the same
 * reading across sentences.
 */
import type { FoundEvent } from '../types.js';

/**
 * The events without the plans of subjects that a later sentence of the text reports cancelled, naming
 * the subject itself (a cancellation found through "it" or a production halt told before a new plan does
 * not end the plan), in order. `events` are in text order.
 */
export function dropCancelledPlans(events: readonly FoundEvent[]): FoundEvent[] {
  return events.filter(
    (plan, i) =>
      plan.type !== 'plan' ||
      !events.some(
        (c, j) =>
          j > i &&
          c.type === 'cancellation' &&
          c.subject.id === plan.subject.id &&
          c.evidence !== plan.evidence &&
          c.evidence.includes(plan.subject.name) &&
          !PRODUCTION_HALT.test(c.evidence.toLowerCase()),
      ),
  );
}

/** A halt of production, which a text may follow with a plan to ship again. */
const PRODUCTION_HALT =
  /(?<![\p{L}])(?:production|manufacturing|produktion|fertigung|herstellung)(?![\p{L}])/u;
