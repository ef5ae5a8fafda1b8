/**
 * A product presented now and available later is planned, not released (the nlp-dev-2 labelling
 * decision: "vorgestellt" with market availability later is a plan): "Intel unveils Gaudi 3 ... to be
 * widely available in Q3", "zeigte die Chips M100 und M300. Der M100 soll Anfang 2026 erscheinen".
 */
import type { FoundEvent } from '../types.js';
import type { Trigger } from './find-triggers.js';

/** Triggers that present or show a product without saying it can be had. */
const PRESENTATION =
  /^(?:unveil|announc|angekündigt|kündigt|showcas|show(?:ed|s)? off|introduc|took the wraps|takes the wraps|pulled the wraps|präsentier|enthüllt|vorgestellt|stellt|vorstellung|zeigte)/u;

/**
 * Drops the releases told by a presentation verb whose subject the same text gives a plan; keeps the
 * rest in order. `triggerOf` tells the trigger an event was found by.
 */
export function dropPresentedForLater(
  events: readonly FoundEvent[],
  triggerOf: (e: FoundEvent) => Trigger | undefined,
): FoundEvent[] {
  const planned = new Set(events.filter((e) => e.type === 'plan').map((e) => e.subject.id));
  return events.filter(
    (e) =>
      !(e.type === 'release' && planned.has(e.subject.id) && PRESENTATION.test(triggerOf(e)?.text ?? '')),
  );
}
