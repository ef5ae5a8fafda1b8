/**
 * The next-sentence rule of export decisions: "Washington verhängte neue Exportbeschränkungen.
 * Betroffen ist der H20." A restriction without a named chip is completed by the chips the next
 * sentence of the same paragraph names.
 */
import type { FoundEvent } from '../types.js';
import type { DiscourseState, PendingExport } from './discourse-state.js';
import { EXPORT_CONTROL, exportPolarity } from './export-control.js';
import type { Trigger } from './find-triggers.js';
import { pickSubjects } from './pick-subjects.js';
import { developerOf } from './related-entities.js';
import { pickDate, type SentenceContext } from './sentence-context.js';

/** Verbs that impose a restriction; a sentence without a named chip needs one to pass it on. */
const IMPOSE =
  /(verhäng|verbiet|verbot|untersag|angewiesen|anweis|verschärf|erlass|verlang|ordered|orders|imposed|impose|banned|bars|barred|halted|tightened|tighten|prohibit|blocked|restricted|cut off|requir)/u;

const NO_TRIGGER: Trigger = { type: 'export_control', start: 0, end: 0, text: '' };

function completePending(
  pending: PendingExport | null,
  sc: SentenceContext,
  state: DiscourseState,
  found: readonly FoundEvent[],
): FoundEvent[] {
  if (
    pending === null ||
    pending.sentence !== sc.index - 1 ||
    pending.paragraph !== sc.sentence.paragraph ||
    found.some((f) => f.type === 'export_control')
  )
    return [];
  return pickSubjects(['chip'], NO_TRIGGER, sc.local, sc.lower).map((c) => {
    const entry = c.mention.entry;
    const ev: FoundEvent = {
      type: 'export_control',
      subject: { id: entry.id, name: entry.name },
      related: developerOf(entry.id, sc.doc.kb),
      date: pending.date ?? pickDate(sc, NO_TRIGGER, false),
      reported: sc.doc.reported,
      confidence: EXPORT_CONTROL.baseConfidence - 0.15,
      evidence: `${pending.evidence} ${sc.text}`,
    };
    state.tag(ev, pending.polarity);
    return ev;
  });
}

/**
 * Completes the previous sentence's pending restriction with the chips this sentence names (when
 * it reports no export decision of its own) and returns those events; then leaves this sentence's
 * unplaced restriction pending when an imposing verb stands in it and no export event was found.
 */
export function followUpExport(
  sc: SentenceContext,
  state: DiscourseState,
  found: readonly FoundEvent[],
): FoundEvent[] {
  const completed = completePending(state.pendingExport, sc, state, found);
  const unplaced = state.unplacedExport;
  const hasExport = [...found, ...completed].some((f) => f.type === 'export_control');
  state.pendingExport =
    unplaced === null || !IMPOSE.test(sc.lower) || hasExport
      ? null
      : {
          sentence: sc.index,
          paragraph: sc.sentence.paragraph,
          date: unplaced.date,
          evidence: sc.text,
          polarity: exportPolarity(unplaced.trigger),
        };
  return completed;
}
