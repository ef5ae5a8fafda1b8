import type {
  DigestCandidate,
  DigestEvent,
  DigestPeriod,
  DigestSource,
  Subscriber,
} from '../digest/types.js';
import { TRACKER_EVENT_TYPES, type TrackerEvent } from './release-tracker.js';
import type { Db } from './database.js';
import { storedDate } from './event-clustering.js';
import { mergeTargets } from './merged-entities.js';
import { trackerEventOf } from './release-tracks.js';

const articleSelect = {
  select: { url: true, title: true, createdAt: true, source: { select: { name: true } } },
} as const;

interface SourceRow {
  evidence: string;
  language: string | null;
  reportedAt: Date;
  article: { url: string; title: string; createdAt: Date; source: { name: string } | null };
}

function outletOf(url: string, name: string | undefined): string {
  if (name) return name;
  try {
    return new URL(url).hostname;
  } catch {
    return url;
  }
}

function toSource(row: SourceRow): DigestSource {
  return {
    url: row.article.url,
    title: row.article.title,
    outlet: outletOf(row.article.url, row.article.source?.name),
    language: row.language,
    evidence: row.evidence,
    reportedAt: row.reportedAt,
    recordedAt: row.article.createdAt,
  };
}

/**
 * Events that may belong to a subscriber's digest for `period`: visible, on the watch list (subject or
 * related entity; every entity when the list is empty), first reported before the end, with a source
 * reported in the period or an article recorded since the previous digest read the store; sources
 * reported after the period's end are left out. The pure
 * selection (digest/select-digest.ts) makes the exact choice; this read only narrows.
 */
export async function readDigestEvents(
  db: Db,
  subscriber: Subscriber,
  period: DigestPeriod,
): Promise<DigestEvent[]> {
  const targets = await mergeTargets(db, subscriber.watch.entities);
  const ids = [...new Set(targets.values())];
  const sourceInPeriod = [
    { reportedAt: { gte: period.start, lt: period.end } },
    ...(period.recordedSince ? [{ article: { createdAt: { gte: period.recordedSince } } }] : []),
  ];
  const rows = await db.event.findMany({
    where: {
      hidden: false,
      firstReportedAt: { lt: period.end },
      ...(ids.length > 0
        ? { OR: [{ subjectId: { in: ids } }, { related: { some: { entityId: { in: ids } } } }] }
        : {}),
      sources: { some: { OR: sourceInPeriod } },
    },
    include: {
      subject: { select: { id: true, name: true, kind: true } },
      related: { include: { entity: { select: { id: true, name: true, kind: true } } } },
      // A digest shows the event as it stood at the period's end: later reports belong to later digests.
      sources: {
        where: { reportedAt: { lt: period.end } },
        orderBy: { reportedAt: 'asc' },
        include: { article: articleSelect },
      },
    },
    orderBy: [{ firstReportedAt: 'asc' }, { id: 'asc' }],
  });
  return rows.map((row) => ({
    id: row.id,
    type: row.type,
    subject: row.subject,
    related: row.related.map((r) => ({ ...r.entity, role: r.role })),
    date: storedDate(row.dateValue, row.datePrecision),
    reason: row.reason,
    confidence: row.confidence,
    firstReportedAt: row.firstReportedAt,
    lastReportedAt: row.lastReportedAt,
    sourceCount: row.sources.length,
    sources: row.sources.map(toSource),
  }));
}

/** Every visible tracker event of the given entities reported before `end`, by entity. */
export async function readTrackerEvents(
  db: Db,
  entityIds: readonly string[],
  end: Date,
): Promise<Map<string, TrackerEvent[]>> {
  const rows = await db.event.findMany({
    where: {
      hidden: false,
      subjectId: { in: [...entityIds] },
      type: { in: [...TRACKER_EVENT_TYPES] },
      firstReportedAt: { lt: end },
    },
  });
  const result = new Map<string, TrackerEvent[]>();
  for (const row of rows) {
    result.set(row.subjectId, [...(result.get(row.subjectId) ?? []), trackerEventOf(row)]);
  }
  return result;
}

/**
 * Candidate entities discovery stored that may be new for `period`: recorded since the previous digest
 * read the store, or first reported in the period; each with its first report.
 */
export async function readDigestCandidates(db: Db, period: DigestPeriod): Promise<DigestCandidate[]> {
  const rows = await db.entity.findMany({
    where: {
      candidate: true,
      mergedIntoId: null,
      OR: [
        { subjectOf: { some: { hidden: false, firstReportedAt: { gte: period.start, lt: period.end } } } },
        ...(period.recordedSince ? [{ createdAt: { gte: period.recordedSince } }] : []),
      ],
    },
    include: {
      subjectOf: {
        where: { hidden: false },
        orderBy: { firstReportedAt: 'asc' },
        take: 1,
        include: {
          sources: { orderBy: { reportedAt: 'asc' }, take: 1, include: { article: articleSelect } },
        },
      },
    },
  });
  const developerIds = rows.flatMap((r) => (r.developerId ? [r.developerId] : []));
  const developers = await db.entity.findMany({
    where: { id: { in: developerIds } },
    select: { id: true, name: true },
  });
  const names = new Map(developers.map((d) => [d.id, d.name]));
  return rows.map((row) => {
    const first = row.subjectOf[0]?.sources[0];
    return {
      id: row.id,
      name: row.name,
      kind: row.kind,
      developer: row.developerId ? (names.get(row.developerId) ?? null) : null,
      recordedAt: row.createdAt,
      firstSource: first ? toSource(first) : null,
    };
  });
}
