/**
 * Denied delays: a report of a delay or a halt that the company denies or answers with "on schedule"
 * reports no event (the labelling rule: "a delay that the company denies is no event"). The denial
 * follows the report, later in its sentence ("..., Apple spricht von einem Release nach Zeitplan") or
 * in the next one ("Doch der Hersteller dementiert umgehend"; "This was met with a denial from AMD").
 */
import type { Sentence } from '../sentences.js';
import type { FoundEvent } from '../types.js';
import type { DiscourseState } from './discourse-state.js';

/** A denial, or the launch declared on time, in the words after a report. */
const DENIED_AFTER =
  /(?:dementier\p{L}*|bestreit\p{L}*|bestritt\p{L}*|\bdenie[sd]\b|\bdenial\b|\bdeny(?:ing)?\b|\brefut\p{L}*|\b(?:weist|wies)\s+(?:\S+\s+){0,4}?(?:bericht\p{L}*|meldung\p{L}*)\s+(?:\S+\s+){0,2}?zurück|\b(?:on|remains on|still on|back on)\s+(?:schedule|track)\b|\bproceeding as planned\b|\b(?:nach|im)\s+zeitplan\b|(?<!\bnicht\s)\bwie geplant\s+(?:voran|läuft|laufen|verläuft|erscheinen|kommen|starten)\b)/u;
/** "not on track", "nicht im Zeitplan": the negated forms confirm the delay. */
const NEGATED = /\b(?:not|nicht|kein\p{L}*|no longer|nicht mehr)\s+(?:\S+\s+){0,2}$/u;

const DENIABLE = new Set<FoundEvent['type']>(['delay', 'cancellation']);

function deniedIn(text: string): boolean {
  const lower = text.toLowerCase();
  const m = DENIED_AFTER.exec(lower);
  return m !== null && !NEGATED.test(lower.slice(Math.max(0, m.index - 30), m.index));
}

/**
 * Withdraws from `state` the delays and cancellations of each sentence whose report is denied after its
 * trigger in the same sentence or in the next sentence, with the plans that only restated their new
 * target (the events of the sentence that reports a plan of its own stay).
 */
export function withdrawDeniedDelays(sentences: readonly Sentence[], state: DiscourseState): void {
  sentences.forEach((sentence, index) => {
    const events = state.eventsOf(index).filter((e) => DENIABLE.has(e.type));
    if (events.length === 0) return;
    const next = sentences[index + 1];
    const nextDenies = next !== undefined && deniedIn(next.text);
    for (const e of events) {
      const trigger = state.triggerOf(e);
      const rest = trigger === undefined ? '' : sentence.text.slice(trigger.end);
      if (!nextDenies && !deniedIn(rest)) continue;
      state.withdraw(e);
      for (const plan of state.eventsOf(index))
        if (plan.type === 'plan' && plan.subject.id === e.subject.id && state.triggerOf(plan) === undefined)
          state.withdraw(plan);
    }
  });
}
