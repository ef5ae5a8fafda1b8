import type { EventDate } from '../nlp/types.js';

/** Where a model or chip stands: the tracker's fixed vocabulary. */
export const RELEASE_STATUSES = ['announced', 'planned', 'delayed', 'released', 'cancelled'] as const;
export type ReleaseStatus = (typeof RELEASE_STATUSES)[number];

/** Event types that move the tracker; every other type leaves a tracked entity "announced". */
export const TRACKER_EVENT_TYPES = ['plan', 'delay', 'release', 'cancellation'] as const;

/**
 * An undated release report counts only from this confidence on: one hedged sentence ("has not set a
 * new release date") must not mark a model released, while two independent reports (combined
 * confidence) or one confident report do.
 */
export const UNDATED_RELEASE_MIN_CONFIDENCE = 0.8;
/** Below the analyzer's steps of 0.05, above floating-point error in their sums. */
const CONFIDENCE_EPSILON = 1e-6;

/** One stored event as the tracker reads it. */
export interface TrackerEvent {
  id: number;
  type: string;
  date: EventDate | null;
  reason: string | null;
  confidence: number;
  firstReportedAt: Date;
  lastReportedAt: Date;
}

/** One step in a model's release history, pointing at the event (and so the sources) behind it. */
export interface ReleaseStep {
  status: Exclude<ReleaseStatus, 'announced'>;
  eventId: number;
  /** The event type behind the step (a future-dated release report is a plan step). */
  eventType: string;
  reportedAt: Date;
  /** The expected release date for planned and delayed steps, the release date for released ones. */
  date: EventDate | null;
  reason: string | null;
}

export interface ReleaseTrackState {
  status: ReleaseStatus;
  /** The latest expected date (planned or delayed); null when a delay named no new date. */
  expected: EventDate | null;
  released: EventDate | null;
  history: ReleaseStep[];
  lastReportedAt: Date | null;
}

/** The first day a date can mean, as YYYY-MM-DD, for comparing it with a report date. */
export function earliestDay(date: EventDate): string | null {
  const { value, precision } = date;
  if (precision === 'day') return value;
  if (precision === 'month') return `${value}-01`;
  if (precision === 'year') return `${value}-01-01`;
  if (precision === 'quarter') {
    const quarter = Number(value.slice(-1));
    return `${value.slice(0, 4)}-${String((quarter - 1) * 3 + 1).padStart(2, '0')}-01`;
  }
  return null;
}

function toStep(event: TrackerEvent): ReleaseStep | null {
  const base = {
    eventId: event.id,
    eventType: event.type,
    reportedAt: event.firstReportedAt,
    date: event.date,
    reason: event.reason,
  };
  switch (event.type) {
    case 'plan':
      return { ...base, status: 'planned' };
    case 'delay':
      return { ...base, status: 'delayed' };
    case 'cancellation':
      return { ...base, status: 'cancelled' };
    case 'release': {
      const day = event.date ? earliestDay(event.date) : null;
      // A release dated after the report is an announced plan ("will release in May").
      if (day !== null && day > event.firstReportedAt.toISOString().slice(0, 10))
        return { ...base, status: 'planned' };
      // events stored before confidences were rounded hold 0.7999999999999999 for 0.7 + 0.1
      if (day === null && event.confidence < UNDATED_RELEASE_MIN_CONFIDENCE - CONFIDENCE_EPSILON) return null;
      return { ...base, status: 'released' };
    }
    default:
      return null;
  }
}

/**
 * Derives a model's or chip's release state from its visible events, in report order:
 * plan -> planned (expected date), delay -> delayed (new expected date if any, stated reason),
 * release -> released (its date), cancellation -> cancelled; no such event -> announced.
 *
 * Two rules keep misread reports from flipping the state: a release dated after its report is a plan,
 * and a release that is not firm (no day-precise date) but is followed by a later delay or plan was an
 * intention, not a release, so it becomes a planned step. Pure, so it is tested without a database.
 */
export function deriveReleaseTrack(events: readonly TrackerEvent[]): ReleaseTrackState {
  const ordered = [...events].sort(
    (a, b) => a.firstReportedAt.getTime() - b.firstReportedAt.getTime() || a.id - b.id,
  );
  const history: ReleaseStep[] = [];
  for (const event of ordered) {
    const step = toStep(event);
    if (!step) continue;
    if (step.status === 'delayed' || step.status === 'planned') {
      for (const earlier of history) {
        if (earlier.status === 'released' && earlier.date?.precision !== 'day') earlier.status = 'planned';
      }
    }
    history.push(step);
  }
  const lastEvent = ordered[ordered.length - 1];
  const lastReportedAt = lastEvent
    ? new Date(Math.max(...ordered.map((e) => e.lastReportedAt.getTime())))
    : null;
  const current = history[history.length - 1];
  if (!current) return { status: 'announced', expected: null, released: null, history, lastReportedAt };
  const released = [...history].reverse().find((s) => s.status === 'released')?.date ?? null;
  const expected =
    current.status === 'planned' || current.status === 'delayed' ? (current.date ?? null) : null;
  return {
    status: current.status,
    expected,
    released: current.status === 'released' ? (released ?? null) : null,
    history,
    lastReportedAt,
  };
}
