import type { EventDate } from '../nlp/types.js';
import type { ReleaseStatus, TrackerEvent } from '../store/release-tracker.js';
import type { WatchList } from './watch-list.js';

/** The languages a digest is written in. */
export const DIGEST_LANGUAGES = ['de', 'en'] as const;
export type DigestLanguage = (typeof DIGEST_LANGUAGES)[number];

/** A subscriber as the digest reads it. */
export interface Subscriber {
  id: number;
  email: string;
  watch: WatchList;
  timeZone: string;
  sendHour: number;
  language: DigestLanguage;
  quietDays: boolean;
}

/** One article's report of an event, with when it was reported (published) and recorded (stored). */
export interface DigestSource {
  url: string;
  title: string;
  outlet: string;
  language: string | null;
  evidence: string;
  reportedAt: Date;
  recordedAt: Date;
}

export interface DigestEntityRef {
  id: string;
  name: string;
  kind: string;
}

/** A stored event with its sources, as the digest selection reads it. */
export interface DigestEvent {
  id: number;
  type: string;
  subject: DigestEntityRef;
  related: (DigestEntityRef & { role: string })[];
  date: EventDate | null;
  reason: string | null;
  confidence: number;
  firstReportedAt: Date;
  lastReportedAt: Date;
  sourceCount: number;
  sources: DigestSource[];
}

/** A candidate entity discovery found, with its first report. */
export interface DigestCandidate {
  id: string;
  name: string;
  kind: string;
  developer: string | null;
  recordedAt: Date;
  firstSource: DigestSource | null;
}

/**
 * The time window of one digest. Events count by the time they became reportable for the subscriber
 * (see selectDigest): reported in [start, end), or reported earlier but recorded in the store only after
 * the previous digest read it (`recordedSince`), so a late-crawled article is carried by the next
 * digest instead of falling between two.
 */
export interface DigestPeriod {
  start: Date;
  end: Date;
  /** The previous digest's read cutoff; null for a subscriber's first digest. */
  recordedSince: Date | null;
  /** Event ids the previous digest carried (never repeated). */
  previousEventIds: readonly number[];
}

/** A hit of one watch item (a saved search today) shown in its own section; see watch-items.ts. */
export interface WatchItemHit {
  title: string;
  url: string;
  outlet: string;
  language: string | null;
  publishedAt: Date | null;
  /** Plain text around the match; escaped when rendered. */
  snippet: string;
}

/** The hits of one watch item (one saved search) in the period. */
export interface WatchItemHits {
  name: string;
  hits: WatchItemHit[];
}

/** Everything one digest is built from: read by the I/O edge, consumed by pure functions. */
export interface DigestInput {
  subscriber: Subscriber;
  period: DigestPeriod;
  /** Candidate events for the period (the selection decides which belong). */
  events: DigestEvent[];
  /** Every visible tracker event (plan, delay, release, cancellation) of the watched models and chips up to the period end. */
  trackerEvents: ReadonlyMap<string, TrackerEvent[]>;
  candidates: DigestCandidate[];
  watchItemHits: WatchItemHits[];
}

export interface TrackerPosition {
  status: ReleaseStatus;
  expected: EventDate | null;
  released: EventDate | null;
}

/** A model or chip whose release-tracker state changed in the period. */
export interface TrackerChange {
  entity: DigestEntityRef;
  developer: string | null;
  before: TrackerPosition;
  after: TrackerPosition;
  events: DigestEvent[];
}

/** The events of one watched entity, most important first. */
export interface EntityGroup {
  entity: DigestEntityRef;
  events: DigestEvent[];
}

/** What a digest says, chosen and ordered; rendering only words it. */
export interface DigestContent {
  trackerChanges: TrackerChange[];
  groups: EntityGroup[];
  candidates: DigestCandidate[];
  watchItemHits: WatchItemHits[];
  /** Ids of every event carried, for the ledger. */
  eventIds: number[];
}
