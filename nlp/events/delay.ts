/** Delay events: a model or chip is postponed ("verschoben", "pushed back"), often with a reason. */
import { SUPERSEDED } from '../event-cues.js';
import { affectedInNextSentence } from './affected-next.js';
import { extractByRule, type EventRule } from './build-event.js';
import type { Trigger } from './find-triggers.js';
import type { EventExtractor } from './run-triggers.js';
import type { SentenceContext } from './sentence-context.js';
import { firstFallback, namedInNextSentence } from './named-next.js';

const DELAY: EventRule = {
  type: 'delay',
  subjectKinds: ['model', 'chip'],
  baseConfidence: 0.8,
  futureDates: false,
  carriesTopic: true,
  carriesSilentTopic: true,
  findsReason: true,
  skipsTargetDates: true,
  fallbackSubject: firstFallback(affectedInNextSentence, namedInNextSentence),
};

/**
 * "Ursprünglich war 2026 geplant, nun soll Rubin Mitte 2025 kommen": a superseded target followed by
 * an earlier one is a launch brought forward, not a delay. Compares the first and the last year the
 * sentence states from the superseded target on; true when the trigger is no such contrast or the
 * target moved later (or the years do not tell).
 */
function movedLater(trigger: Trigger, sc: SentenceContext): boolean {
  if (!SUPERSEDED.test(trigger.text)) return true;
  const years = [...sc.lower.slice(trigger.start).matchAll(/\b(?:19|20)\d\d\b/gu)].map((m) => Number(m[0]));
  const first = years[0];
  const last = years[years.length - 1];
  return first === undefined || last === undefined || last >= first;
}

/** The delays a sentence reports, each with its stated reason and the entities named in it. */
export const extractDelays: EventExtractor = (sc, state) =>
  extractByRule(DELAY, sc, state, { accepts: (t) => movedLater(t, sc) }).found;
