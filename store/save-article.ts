import { createHash } from 'node:crypto';
import type { Analysis, FoundEvent } from '../nlp/types.js';
import type { Db } from './database.js';
import {
  CLUSTER_WINDOW_DAYS,
  combinedConfidence,
  datesCompatible,
  moreSpecificDate,
} from './event-clustering.js';
import { syncEntities } from './knowledge-base-sync.js';

type Tx = Parameters<Parameters<Db['$transaction']>[0]>[0];

/** An extracted article ready to store; `url` is the canonical URL that keys it. */
export interface ArticleRecord {
  url: string;
  fetchedUrl: string;
  sourceId: string | null;
  title: string;
  authors: readonly string[];
  publishedAt: Date | null;
  language: string | null;
  text: string;
}

export type SaveStatus = 'new' | 'updated' | 'unchanged' | 'duplicate';

export interface SaveResult {
  articleId: number;
  status: SaveStatus;
}

/** Hash of what makes two articles the same content: title and text, whitespace-normalised. */
export function contentHash(title: string, text: string): string {
  const normalised = `${title}\n${text}`.replace(/\s+/g, ' ').trim().toLowerCase();
  return createHash('sha256').update(normalised).digest('hex');
}

/**
 * Stores one article with its analysis, idempotently: keyed by canonical URL, unchanged content is a
 * no-op, changed content replaces the article's mentions and event contributions (events it alone
 * supported disappear, merged events are recounted). An exact copy of another article's content under a
 * different URL is linked as a duplicate and adds no event sources, because a syndicated copy is not an
 * independent report.
 */
export async function saveArticle(db: Db, record: ArticleRecord, analysis: Analysis): Promise<SaveResult> {
  const hash = contentHash(record.title, record.text);
  const existing = await db.article.findUnique({ where: { url: record.url } });
  if (existing?.contentHash === hash) return { articleId: existing.id, status: 'unchanged' };

  await syncEntities(db, analysis.entities);

  return db.$transaction(async (tx) => {
    const original = await tx.article.findFirst({
      where: { contentHash: hash, url: { not: record.url }, duplicateOfId: null },
      select: { id: true },
    });
    const data = {
      fetchedUrl: record.fetchedUrl,
      sourceId: record.sourceId,
      title: record.title,
      authors: JSON.stringify(record.authors),
      publishedAt: record.publishedAt,
      language: record.language,
      text: record.text,
      contentHash: hash,
      duplicateOfId: original?.id ?? null,
      fetchedAt: new Date(),
      analyzedAt: new Date(),
    };
    const article = existing
      ? await tx.article.update({ where: { id: existing.id }, data })
      : await tx.article.create({ data: { url: record.url, ...data } });

    await tx.mention.deleteMany({ where: { articleId: article.id } });
    if (analysis.entities.length > 0) {
      await tx.mention.createMany({
        data: analysis.entities.map((entity) => ({
          articleId: article.id,
          entityId: entity.id,
          count: entity.mentions,
          firstSentence: entity.firstSentence,
        })),
      });
    }

    const touched = await removeContributions(tx, article.id);
    if (!original) {
      const reportedAt = record.publishedAt ?? article.fetchedAt;
      const known = new Set(analysis.entities.map((entity) => entity.id));
      for (const event of analysis.events) {
        if (!known.has(event.subject.id)) continue;
        touched.add(await addContribution(tx, article.id, record.language, reportedAt, event, known));
      }
    }
    for (const eventId of touched) await recountEvent(tx, eventId);

    let status: SaveStatus = existing ? 'updated' : 'new';
    if (original) status = 'duplicate';
    return { articleId: article.id, status };
  });
}

async function removeContributions(tx: Tx, articleId: number): Promise<Set<number>> {
  const previous = await tx.eventSource.findMany({ where: { articleId }, select: { eventId: true } });
  await tx.eventSource.deleteMany({ where: { articleId } });
  return new Set(previous.map((row) => row.eventId));
}

async function addContribution(
  tx: Tx,
  articleId: number,
  language: string | null,
  reportedAt: Date,
  event: FoundEvent,
  known: ReadonlySet<string>,
): Promise<number> {
  const windowMs = CLUSTER_WINDOW_DAYS * 86_400_000;
  const candidates = await tx.event.findMany({
    where: {
      type: event.type,
      subjectId: event.subject.id,
      lastReportedAt: { gte: new Date(reportedAt.getTime() - windowMs) },
      firstReportedAt: { lte: new Date(reportedAt.getTime() + windowMs) },
    },
    orderBy: { id: 'asc' },
  });
  const match = candidates.find((candidate) =>
    datesCompatible(
      candidate.dateValue
        ? { value: candidate.dateValue, precision: toPrecision(candidate.datePrecision) }
        : null,
      event.date,
    ),
  );
  let eventId: number;
  if (match) {
    eventId = match.id;
    const current = match.dateValue
      ? { value: match.dateValue, precision: toPrecision(match.datePrecision) }
      : null;
    const date = moreSpecificDate(current, event.date);
    await tx.event.update({
      where: { id: match.id },
      data: {
        dateValue: date?.value ?? null,
        datePrecision: date?.precision ?? 'unknown',
        reason: match.reason ?? event.reason ?? null,
      },
    });
  } else {
    const created = await tx.event.create({
      data: {
        type: event.type,
        subjectId: event.subject.id,
        dateValue: event.date?.value ?? null,
        datePrecision: event.date?.precision ?? 'unknown',
        reason: event.reason ?? null,
        confidence: event.confidence,
        firstReportedAt: reportedAt,
        lastReportedAt: reportedAt,
      },
    });
    eventId = created.id;
  }
  for (const related of event.related) {
    if (!known.has(related.id) || related.id === event.subject.id) continue;
    const role = related.role ?? 'related';
    await tx.eventEntity.upsert({
      where: { eventId_entityId_role: { eventId, entityId: related.id, role } },
      create: { eventId, entityId: related.id, role },
      update: {},
    });
  }
  await tx.eventSource.create({
    data: {
      eventId,
      articleId,
      evidence: event.evidence,
      language,
      confidence: event.confidence,
      reportedAt,
    },
  });
  return eventId;
}

/** Recomputes an event's aggregates from its sources; an event left without sources is deleted. */
async function recountEvent(tx: Tx, eventId: number): Promise<void> {
  const sources = await tx.eventSource.findMany({ where: { eventId }, orderBy: { reportedAt: 'asc' } });
  const first = sources[0];
  const last = sources[sources.length - 1];
  if (!first || !last) {
    await tx.event.delete({ where: { id: eventId } });
    return;
  }
  const languages = [
    ...new Set(sources.map((s) => s.language).filter((l): l is string => l !== null)),
  ].sort();
  await tx.event.update({
    where: { id: eventId },
    data: {
      sourceCount: sources.length,
      languages: languages.join(','),
      firstReportedAt: first.reportedAt,
      lastReportedAt: last.reportedAt,
      confidence: combinedConfidence(sources.map((s) => s.confidence)),
    },
  });
}

function toPrecision(value: string): 'day' | 'month' | 'quarter' | 'year' | 'unknown' {
  return value === 'day' || value === 'month' || value === 'quarter' || value === 'year' ? value : 'unknown';
}
