/** Plan events: a model or chip is announced for a time ahead ("soll im Herbst erscheinen"). */
import { SUPERSEDED, VAGUE_TIME } from '../event-cues.js';
import { extractByRule, type EventRule } from './build-event.js';
import type { EventExtractor } from './run-triggers.js';
import type { SentenceContext } from './sentence-context.js';

const PLAN: EventRule = {
  type: 'plan',
  subjectKinds: ['model', 'chip'],
  baseConfidence: 0.7,
  futureDates: true,
  carriesTopic: true,
  carriesSilentTopic: true,
  findsReason: false,
};

/**
 * A plan needs a time: a date that is not a fiscal period, or a vague time ("bald", "later this
 * year"). A superseded target ("ursprünglich geplant") is no plan. Asked only once a plan trigger is
 * found, so sentences without one never look for dates.
 */
function hasPlanTime(sc: SentenceContext): boolean {
  return VAGUE_TIME.test(sc.lower) || sc.dates.some((d) => d.fiscal !== true);
}

/** The plans a sentence reports; yearless dates resolve forward. */
export const extractPlans: EventExtractor = (sc, state) =>
  SUPERSEDED.test(sc.lower) ? [] : extractByRule(PLAN, sc, state, { accepts: () => hasPlanTime(sc) }).found;
