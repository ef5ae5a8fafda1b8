import { deriveReleaseTrack, TRACKER_EVENT_TYPES, type TrackerEvent } from '../store/release-tracker.js';
import { changeImportance, eventImportance } from './importance.js';
import type {
  DigestCandidate,
  DigestContent,
  DigestEntityRef,
  DigestEvent,
  DigestInput,
  DigestPeriod,
  DigestSource,
  EntityGroup,
  TrackerChange,
  TrackerPosition,
} from './types.js';
import type { WatchList } from './watch-list.js';

const TRACKED_KINDS = new Set(['model', 'chip']);
const TRACKER_TYPES = new Set<string>(TRACKER_EVENT_TYPES);

/**
 * The source through which an event became reportable for this watch list: the `minSources`-th of
 * `sources` in a watched language, by report time; null when there are not (yet) enough such sources.
 */
export function qualifyingSource(sources: readonly DigestSource[], watch: WatchList): DigestSource | null {
  const watched = sources
    .filter(
      (s) => watch.languages.length === 0 || (s.language !== null && watch.languages.includes(s.language)),
    )
    .sort((a, b) => a.reportedAt.getTime() - b.reportedAt.getTime());
  return watched[watch.minSources - 1] ?? null;
}

/**
 * Whether something reported at `reportedAt` and recorded at `recordedAt` belongs to `period`: reported
 * inside it, or reported before it but recorded after the previous digest read the store.
 */
export function inPeriod(period: DigestPeriod, reportedAt: Date, recordedAt: Date): boolean {
  if (reportedAt >= period.end) return false;
  if (reportedAt >= period.start) return true;
  return period.recordedSince !== null && recordedAt >= period.recordedSince;
}

/** The watched entity an event is filed under: its subject when watched, else the first watched related one. */
export function watchedEntityOf(event: DigestEvent, watch: WatchList): DigestEntityRef | null {
  if (watch.entities.length === 0 || watch.entities.includes(event.subject.id)) return event.subject;
  const related = event.related.find((r) => watch.entities.includes(r.id));
  return related ? { id: related.id, name: related.name, kind: related.kind } : null;
}

function eventBelongs(event: DigestEvent, input: DigestInput): boolean {
  const { watch } = input.subscriber;
  if (input.period.previousEventIds.includes(event.id)) return false;
  if (watch.types.length > 0 && !watch.types.includes(event.type as WatchList['types'][number])) return false;
  if (!watchedEntityOf(event, watch)) return false;
  const { start, end, recordedSince } = input.period;
  const source = qualifyingSource(event.sources, watch);
  if (!source || source.reportedAt >= end) return false;
  if (source.reportedAt >= start) return true;
  // Reported before the period: it belongs here only if what the store held at the previous digest's read
  // did not make it reportable yet (a late-crawled article did), so no event is carried twice.
  if (recordedSince === null) return false;
  return (
    qualifyingSource(
      event.sources.filter((s) => s.recordedAt < recordedSince),
      watch,
    ) === null
  );
}

function toTrackerEvent(event: DigestEvent): TrackerEvent {
  return {
    id: event.id,
    type: event.type,
    date: event.date,
    reason: event.reason,
    confidence: event.confidence,
    firstReportedAt: event.firstReportedAt,
    lastReportedAt: event.lastReportedAt,
  };
}

function position(events: readonly TrackerEvent[]): TrackerPosition {
  const state = deriveReleaseTrack(events);
  return { status: state.status, expected: state.expected, released: state.released };
}

const sameDate = (a: TrackerPosition['expected'], b: TrackerPosition['expected']) =>
  a?.value === b?.value && a?.precision === b?.precision;

function developerOf(events: readonly DigestEvent[]): string | null {
  for (const event of events) {
    const developer = event.related.find((r) => r.role === 'developer');
    if (developer) return developer.name;
  }
  return null;
}

/**
 * Release-tracker changes of the period: for each watched model or chip with new tracker events, its
 * state from the events known before them against its state with them. An entity whose state did not
 * move (a repeated plan) yields no change, and its events stay in the entity section.
 */
function trackerChanges(selected: readonly DigestEvent[], input: DigestInput): TrackerChange[] {
  const byEntity = new Map<string, DigestEvent[]>();
  for (const event of selected) {
    if (!TRACKER_TYPES.has(event.type) || !TRACKED_KINDS.has(event.subject.kind)) continue;
    byEntity.set(event.subject.id, [...(byEntity.get(event.subject.id) ?? []), event]);
  }
  const changes: TrackerChange[] = [];
  for (const [entityId, events] of byEntity) {
    const newIds = new Set(events.map((e) => e.id));
    const known = (input.trackerEvents.get(entityId) ?? []).filter((e) => !newIds.has(e.id));
    const before = position(known);
    const after = position([...known, ...events.map(toTrackerEvent)]);
    if (before.status === after.status && sameDate(before.expected, after.expected)) continue;
    const entity = events[0]?.subject;
    if (entity) changes.push({ entity, developer: developerOf(events), before, after, events });
  }
  return changes.sort((a, b) => changeImportance(b) - changeImportance(a));
}

function groupByEntity(events: readonly DigestEvent[], input: DigestInput): EntityGroup[] {
  const groups = new Map<string, EntityGroup>();
  for (const event of events) {
    const entity = watchedEntityOf(event, input.subscriber.watch) ?? event.subject;
    const group = groups.get(entity.id) ?? { entity, events: [] };
    group.events.push(event);
    groups.set(entity.id, group);
  }
  const top = (group: EntityGroup) => Math.max(...group.events.map(eventImportance));
  for (const group of groups.values())
    group.events.sort(
      (a, b) =>
        eventImportance(b) - eventImportance(a) || a.firstReportedAt.getTime() - b.firstReportedAt.getTime(),
    );
  return [...groups.values()].sort((a, b) => top(b) - top(a) || a.entity.name.localeCompare(b.entity.name));
}

function candidateBelongs(candidate: DigestCandidate, input: DigestInput): boolean {
  const { watch } = input.subscriber;
  const first = candidate.firstSource;
  if (!watch.candidates || !first) return false;
  if (watch.languages.length > 0 && (first.language === null || !watch.languages.includes(first.language)))
    return false;
  return inPeriod(input.period, first.reportedAt, candidate.recordedAt);
}

/**
 * Chooses and orders what one subscriber's digest says, from data alone: the events of the period on
 * the watch list (each once), release-tracker changes first (their events are not repeated below),
 * then the other events grouped by entity, then new candidates, then watch-item hits. Pure, so the
 * choice is tested without a database or a clock.
 */
export function selectDigest(input: DigestInput): DigestContent {
  const selected = input.events.filter((event) => eventBelongs(event, input));
  const changes = trackerChanges(selected, input);
  const inChanges = new Set(changes.flatMap((c) => c.events.map((e) => e.id)));
  const groups = groupByEntity(
    selected.filter((e) => !inChanges.has(e.id)),
    input,
  );
  const candidates = input.candidates
    .filter((c) => candidateBelongs(c, input))
    .sort((a, b) => a.name.localeCompare(b.name));
  const watchItemHits = input.watchItemHits.filter((w) => w.hits.length > 0);
  return {
    trackerChanges: changes,
    groups,
    candidates,
    watchItemHits,
    eventIds: selected.map((e) => e.id).sort((a, b) => a - b),
  };
}

/** True when the digest has nothing to say. */
export function isEmptyDigest(content: DigestContent): boolean {
  return (
    content.trackerChanges.length === 0 &&
    content.groups.length === 0 &&
    content.candidates.length === 0 &&
    content.watchItemHits.length === 0
  );
}
