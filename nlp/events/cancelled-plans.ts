/**
 * A plan the same text reports cancelled is no current plan: "Months after announcing that Claude 3.5
 * Opus would be released by the end of 2024, Anthropic removed all mention of it ... decided that
 * releasing it was not viable". The labelling rules count only current targets as plans; a cancelled
 * product has none. Within one sentence suppress-events already drops such a plan; this is the same
 * reading across sentences.
 */
import type { FoundEvent } from '../types.js';

/** The events without the plans of subjects that the text also reports cancelled, in order. */
export function dropCancelledPlans(events: readonly FoundEvent[]): FoundEvent[] {
  const cancelled = new Set(events.filter((e) => e.type === 'cancellation').map((e) => e.subject.id));
  return cancelled.size === 0
    ? [...events]
    : events.filter((e) => !(e.type === 'plan' && cancelled.has(e.subject.id)));
}
