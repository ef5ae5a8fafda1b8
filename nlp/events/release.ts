/** Release events: a model or chip is released, launched or made available ("veröffentlicht"). */
import { extractByRule, type EventRule } from './build-event.js';
import type { EventExtractor } from './run-triggers.js';

const RELEASE: EventRule = {
  type: 'release',
  subjectKinds: ['model', 'chip'],
  baseConfidence: 0.75,
  futureDates: false,
  carriesTopic: true,
  findsReason: false,
};

/** The releases a sentence reports; the suppression pass later drops those that are another event's argument. */
export const extractReleases: EventExtractor = (sc, state) => extractByRule(RELEASE, sc, state).found;
