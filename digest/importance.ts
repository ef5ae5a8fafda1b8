import type { ReleaseStatus } from '../store/release-tracker.js';
import type { DigestEvent, TrackerChange } from './types.js';

/** How much an event type matters to a reader, as data: releases and delays lead, market news trails. */
export const EVENT_TYPE_WEIGHT: Readonly<Record<string, number>> = {
  release: 60,
  delay: 55,
  cancellation: 55,
  export_control: 45,
  plan: 35,
  hardware_switch: 30,
  financial: 20,
};

/** How much a new release-tracker status matters. */
export const STATUS_WEIGHT: Readonly<Record<ReleaseStatus, number>> = {
  released: 60,
  delayed: 55,
  cancelled: 55,
  planned: 35,
  announced: 0,
};

/** An event's weight: its type, then how widely it was reported (each extra source adds a little). */
export function eventImportance(event: DigestEvent): number {
  return (EVENT_TYPE_WEIGHT[event.type] ?? 10) + Math.min(event.sourceCount - 1, 9) + event.confidence;
}

/** A tracker change's weight: the new status, then its sources. */
export function changeImportance(change: TrackerChange): number {
  const sources = change.events.reduce((sum, e) => sum + e.sourceCount, 0);
  return STATUS_WEIGHT[change.after.status] + 5 + Math.min(sources - 1, 9);
}
