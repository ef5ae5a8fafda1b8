/**
 * The trigger loop every event type shares: find the type's triggers in a sentence, drop hedged ones,
 * let the type build events from each, tag them, and keep one event per subject and polarity.
 */
import type { EventType, FoundEvent } from '../types.js';
import type { DiscourseState } from './discourse-state.js';
import { findTriggers, type Trigger } from './find-triggers.js';
import { isHedged, isUnderExpectationLeadIn } from './hedging.js';
import { datesNarrow } from './merge-events.js';
import type { SentenceContext } from './sentence-context.js';

/** One event type's extractor: the events of its type that a sentence reports, in text order. */
export type EventExtractor = (sc: SentenceContext, state: DiscourseState) => FoundEvent[];

/** What a type plugs into the trigger loop. */
export interface TriggerLoop {
  type: EventType;
  /**
   * Sentence-level conditions of the type (an amount for a financial event, no application for an
   * export decision); asked only when the sentence has a trigger of the type, since most have none.
   */
  admits?: (() => boolean) | undefined;
  /** The events one trigger makes; `found` holds the type's events found earlier in the sentence. */
  build(trigger: Trigger, found: readonly FoundEvent[]): FoundEvent[];
  /** Type-specific checks an unhedged trigger must pass; all pass when absent. */
  accepts?: ((trigger: Trigger) => boolean) | undefined;
  /** The polarity of a trigger's events, knowing all triggers of the type; "" when absent. */
  polarity?: ((trigger: Trigger, triggers: readonly Trigger[]) => string) | undefined;
  /** Stop at the first trigger that makes an event (one switch per sentence). */
  firstOnly?: boolean;
  /**
   * Two events of one subject and polarity whose dates differ are two events ("lifting the ban on July
   * 15 and granting a licence in early August"); by default the sentence keeps one.
   */
  apartByDate?: boolean | undefined;
}

/** The loop's result: the kept events and the unhedged, accepted triggers that made none. */
export interface TriggerRun {
  found: FoundEvent[];
  unplaced: Trigger[];
}

/**
 * Runs the trigger loop of one type over a sentence. Every built event is tagged in `state` with its
 * polarity and trigger; of several events with the same subject and polarity the first is kept, or the
 * first dated one when the first has no date.
 */
export function runTriggers(sc: SentenceContext, state: DiscourseState, loop: TriggerLoop): TriggerRun {
  const triggers = findTriggers(loop.type, sc.lower, () => sc.dates.length > 0);
  const found: FoundEvent[] = [];
  const unplaced: Trigger[] = [];
  if (triggers.length === 0 || (loop.admits !== undefined && !loop.admits())) return { found, unplaced };
  if (isUnderExpectationLeadIn(sc.doc.sentences, sc.index)) return { found, unplaced };
  for (const trigger of triggers) {
    if (isHedged(loop.type, sc.text, sc.lower, trigger)) continue;
    if (loop.accepts !== undefined && !loop.accepts(trigger)) continue;
    const events = loop.build(trigger, found);
    const polarity = loop.polarity?.(trigger, triggers) ?? '';
    for (const e of events) {
      state.tag(e, polarity, trigger);
      const twin = found.findIndex(
        (f) =>
          f.type === e.type &&
          f.subject.id === e.subject.id &&
          state.polarityOf(f) === polarity &&
          !(loop.apartByDate === true && datedApart(f, e)),
      );
      // "is finally official – and it is available on the API today": the dated reading of the two wins
      if (twin < 0) found.push(e);
      else if (found[twin]?.date === null && e.date !== null) found[twin] = e;
    }
    if (events.length === 0) unplaced.push(trigger);
    else if (loop.firstOnly === true) break;
  }
  return { found, unplaced };
}

/** Both dated, and neither date narrows the other ("2025-07-15" and "2025-08"). */
const datedApart = (a: FoundEvent, b: FoundEvent): boolean =>
  a.date !== null && b.date !== null && !datesNarrow(a.date.value, b.date.value);
