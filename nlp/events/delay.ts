/** Delay events: a model or chip is postponed ("verschoben", "pushed back"), often with a reason. */
import { extractByRule, type EventRule } from './build-event.js';
import type { EventExtractor } from './run-triggers.js';

const DELAY: EventRule = {
  type: 'delay',
  subjectKinds: ['model', 'chip'],
  baseConfidence: 0.8,
  futureDates: false,
  carriesTopic: true,
  carriesSilentTopic: true,
  findsReason: true,
};

/** The delays a sentence reports, each with its stated reason and the entities named in it. */
export const extractDelays: EventExtractor = (sc, state) => extractByRule(DELAY, sc, state).found;
