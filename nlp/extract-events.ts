/**
 * Event extraction: sentence by sentence, a trigger from the lexicon (event-cues.ts) plus a named
 * subject of the right kind make an event. Questions, denials, hedged statements, negated triggers,
 * ad blocks and comparison baselines make none. Dates come from the same sentence and are resolved
 * against the publication date; the evidence is the sentence itself.
 *
 * This file is the orchestrator; the steps live in nlp/events/: one extractor per event type, the
 * discourse state carried from sentence to sentence, the suppression pass per sentence, the
 * before/now switch pass and the merging pass over the whole text.
 */
import { dropCancelledPlans } from './events/cancelled-plans.js';
import { readDocument, type DocumentFacts, type EventContext } from './events/document-facts.js';
import { withdrawDeniedDelays } from './events/denied-delays.js';
import { withdrawRumouredPlans } from './events/rumoured-plans.js';
import { DiscourseState } from './events/discourse-state.js';
import { extractCancellations } from './events/cancellation.js';
import { extractDelays } from './events/delay.js';
import { extractExportControls } from './events/export-control.js';
import { extractFinancial } from './events/financial.js';
import { foldFamilyReleases } from './events/family-releases.js';
import { extractHardwareSwitches } from './events/hardware-switch.js';
import { mergeEvents } from './events/merge-events.js';
import { dropPresentedForLater } from './events/presented-for-later.js';
import { followUpExport } from './events/pending-export.js';
import { extractPlans } from './events/plan.js';
import { extractReleases } from './events/release.js';
import { rescheduledPlans } from './events/rescheduled-plan.js';
import type { EventExtractor } from './events/run-triggers.js';
import {
  isQuestionOrDenial,
  readSentence,
  sentenceYearOf,
  type SentenceContext,
} from './events/sentence-context.js';
import { followUpShareMoves } from './events/share-moves-next.js';
import { suppressEvents } from './events/suppress-events.js';
import { findContrastSwitches } from './events/switch-contrast.js';
import { EVENT_TYPES, type EventType, type FoundEvent } from './types.js';

export type { EventContext } from './events/document-facts.js';

/** The extractor of each type; they run in the order of EVENT_TYPES. */
const EXTRACTORS: Record<EventType, EventExtractor> = {
  release: extractReleases,
  plan: extractPlans,
  delay: extractDelays,
  cancellation: extractCancellations,
  hardware_switch: extractHardwareSwitches,
  export_control: extractExportControls,
  financial: extractFinancial,
};

/** The events one sentence reports: every type's, the completed export context, then suppression. */
function sentenceEvents(sc: SentenceContext, state: DiscourseState): FoundEvent[] {
  // a loop, not flatMap, keeps the events packed: flatMap's holey arrays deoptimised suppressEvents and
  // DiscourseState (5 deopts in 8 bench rounds of the passages and dev texts)
  const found: FoundEvent[] = [];
  for (const type of EVENT_TYPES) found.push(...EXTRACTORS[type](sc, state));
  found.push(...followUpExport(sc, state, found));
  found.push(...followUpShareMoves(sc, state, found));
  if (found.length === 0) return found;
  found.push(...rescheduledPlans(sc, state, found));
  return suppressEvents(found, sc, state);
}

/** Before/now contrasts ("bislang auf Nvidia-GPUs ... inzwischen auf eigenen Chips") not yet found. */
function withContrastSwitches(doc: DocumentFacts, events: readonly FoundEvent[]): FoundEvent[] {
  const out = [...events];
  for (const ev of findContrastSwitches(doc))
    if (!out.some((e) => e.type === 'hardware_switch' && e.subject.id === ev.subject.id)) out.push(ev);
  return out;
}

/**
 * Extracts the events of one text. Returns at most one event per type and subject (and, for hardware
 * switches, per target platform), keeping the best-dated, most confident evidence.
 */
export function extractEvents(ctx: EventContext): FoundEvent[] {
  const doc = readDocument(ctx);
  const state = new DiscourseState();
  doc.sentences.forEach((sentence, index) => {
    const sentenceYear = sentenceYearOf(sentence.text);
    const yearBefore = state.enterSentence(sentenceYear);
    if (doc.skip.has(index)) return;
    const sc = readSentence(doc, sentence, index, { sentenceYear, yearBefore });
    if (!isQuestionOrDenial(sc)) state.accept(sentenceEvents(sc, state), index);
    state.remember(sc);
  });
  withdrawDeniedDelays(doc, state);
  withdrawRumouredPlans(doc, state);
  const events = dropCancelledPlans(
    dropPresentedForLater(withContrastSwitches(doc, state.events), (e) => state.triggerOf(e)),
  );
  return foldFamilyReleases(mergeEvents(events, state.polarities), doc.kb);
}
