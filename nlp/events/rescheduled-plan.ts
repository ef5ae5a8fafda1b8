/**
 * A delay that names its new target reports a plan too: "von Ende 2024 auf das erste Quartal 2025
 * verschoben", "kommt nicht mehr im Mai, sondern erst im Herbst", "pushed back to early next year".
 * The plan carries the new target's date; the old target ("von Ende 2024") is no plan.
 */
import type { DateExpression } from '../dates.js';
import type { FoundEvent } from '../types.js';
import type { DiscourseState } from './discourse-state.js';
import { resolveSentenceDate, type SentenceContext } from './sentence-context.js';

/** Words that introduce the new target right before its date. */
const NEW_TARGET_BEFORE =
  /\b(?:auf|to|into|until|bis|sondern(?: erst)?|erst|now (?:expected|slated|scheduled|due)(?: in| for)?)\s+(?:(?:das|den|die|dem|the|zum|frühestens|spätestens|early|late|mid)\s+)*$/u;
/** Confidence of a plan read off a delay: the target is reported, but second-hand through the delay. */
const CONFIDENCE = 0.7;

function newTarget(sc: SentenceContext): DateExpression | undefined {
  return sc.dates.find(
    (d) => d.fiscal !== true && NEW_TARGET_BEFORE.test(sc.lower.slice(Math.max(0, d.start - 30), d.start)),
  );
}

/** The plans the sentence's delays imply, for subjects that have no plan of their own yet. */
export function rescheduledPlans(
  sc: SentenceContext,
  state: DiscourseState,
  found: readonly FoundEvent[],
): FoundEvent[] {
  const target = newTarget(sc);
  if (target === undefined) return [];
  const out: FoundEvent[] = [];
  for (const delay of found) {
    if (delay.type !== 'delay') continue;
    if (found.some((e) => e.type === 'plan' && e.subject.id === delay.subject.id)) continue;
    const plan: FoundEvent = {
      type: 'plan',
      subject: delay.subject,
      related: delay.related.filter((r) => r.role === 'developer'),
      date: resolveSentenceDate(sc, target, true),
      reported: delay.reported,
      confidence: CONFIDENCE,
      evidence: delay.evidence,
    };
    state.tag(plan, '');
    out.push(plan);
  }
  return out;
}
