/** Trigger finding: where in a sentence the lexicon (event-cues.ts) names an event of a type. */
import type { EventType } from '../types.js';

/** A lexicon match that may make an event; offsets are into the sentence text. */
export interface Trigger {
  type: EventType;
  start: number;
  end: number;
  text: string;
}
