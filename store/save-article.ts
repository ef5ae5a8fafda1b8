import { createHash } from 'node:crypto';
import type { Analysis, EventDate, FoundEvent } from '../nlp/types.js';
import type { Db } from './database.js';
import {
  CLUSTER_WINDOW_DAYS,
  combinedConfidence,
  datesCompatible,
  moreSpecificDate,
  relatedCompatible,
  storedDate,
} from './event-clustering.js';
import { entitySeedsOf, syncEntities } from './knowledge-base-sync.js';
import { resolveMergedIds } from './merged-entities.js';
import { findNearDuplicate } from './find-near-duplicate.js';
import { simhash, wordShingles } from './near-duplicate.js';
import { refreshReleaseTracks } from './release-tracks.js';
import { writeSearchDocument } from './search/search-documents.js';

/** An interactive transaction of the store's Prisma client. */
export type Tx = Parameters<Parameters<Db['$transaction']>[0]>[0];

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
  /** For a duplicate: the article it copies and the shingle overlap with it (1 for an exact copy). */
  duplicateOf?: { articleId: number; similarity: number };
  /**
   * The article added or completed entities or aliases in the store (a new candidate, a new spelling, a
   * candidate's developer): a crawl must re-extend its knowledge base so that the next article links them.
   */
  entitiesAdded: boolean;
}

export interface SaveOptions {
  /**
   * Store the analysis even when the content is unchanged: re-analysis with improved NLP replaces the
   * article's mentions and event contributions without duplicating them.
   */
  reanalyze?: boolean;
}

/** Hash of what makes two articles the same content: title and text, whitespace-normalised. */
export function contentHash(title: string, text: string): string {
  const normalised = `${title}\n${text}`.replace(/\s+/g, ' ').trim().toLowerCase();
  return createHash('sha256').update(normalised).digest('hex');
}

/**
 * Stores one article with its analysis, idempotently: keyed by canonical URL, unchanged content is a
 * no-op (unless `reanalyze`), changed content replaces the article's mentions and event contributions
 * (events it alone supported disappear, merged events are recounted). A copy of another article's content
 * under a different URL, exact or near (shingle overlap >= 0.85, see near-duplicate.ts), is linked as a
 * duplicate and adds no event sources, because a syndicated copy is not an independent report. Entity ids
 * of merged entities are resolved to the entity they were merged into. The article's full-text index
 * document is written in the same transaction (store/search/search-documents.ts).
 */
export async function saveArticle(
  db: Db,
  record: ArticleRecord,
  rawAnalysis: Analysis,
  options: SaveOptions = {},
): Promise<SaveResult> {
  const hash = contentHash(record.title, record.text);
  const existing = await db.article.findUnique({ where: { url: record.url } });
  if (existing?.contentHash === hash && !options.reanalyze)
    return { articleId: existing.id, status: 'unchanged', entitiesAdded: false };

  const entitiesAdded = await syncEntities(db, entitySeedsOf(rawAnalysis));
  const analysis = await resolveMergedIds(db, rawAnalysis);
  const shingles = wordShingles(record.text);
  const fingerprint = simhash(shingles);
  const reportedAtGuess = record.publishedAt ?? existing?.fetchedAt ?? new Date();

  return db.$transaction(async (tx) => {
    const exact = await tx.article.findFirst({
      where: { contentHash: hash, url: { not: record.url }, duplicateOfId: null },
      select: { id: true },
    });
    const original = exact
      ? { articleId: exact.id, similarity: 1 }
      : await findNearDuplicate(tx, {
          url: record.url,
          shingles,
          simhash: fingerprint,
          around: reportedAtGuess,
          excludeId: existing?.id ?? null,
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
      simhash: fingerprint,
      duplicateOfId: original?.articleId ?? null,
      duplicateSimilarity: original?.similarity ?? null,
      fetchedAt: existing?.contentHash === hash ? existing.fetchedAt : new Date(),
      analyzedAt: new Date(),
      analysisHash: analysisFingerprint(analysis),
    };
    const article = existing
      ? await tx.article.update({ where: { id: existing.id }, data })
      : await tx.article.create({ data: { url: record.url, ...data } });

    await replaceAnalysis(
      tx,
      {
        id: article.id,
        language: record.language,
        reportedAt: record.publishedAt ?? article.fetchedAt,
        duplicate: original !== null,
        fresh: !existing,
      },
      analysis,
    );
    await writeSearchDocument(tx, {
      id: article.id,
      title: record.title,
      text: record.text,
      language: record.language,
    });

    let status: SaveStatus = existing ? 'updated' : 'new';
    if (original) status = 'duplicate';
    return {
      articleId: article.id,
      status,
      ...(original ? { duplicateOf: original } : {}),
      entitiesAdded,
    };
  });
}

/** The stored article an analysis is replaced for, with what its contributions depend on. */
export interface AnalysedArticle {
  id: number;
  language: string | null;
  /** When the article reported its events: its publication date, else when it was fetched. */
  reportedAt: Date;
  /** A duplicate (exact or near copy) keeps its mentions but contributes no event sources. */
  duplicate: boolean;
  /** Created in this transaction, so it has no mentions or event sources to replace (saves four queries). */
  fresh?: boolean;
}

/** What {@link replaceAnalysis} did to events, for progress reports. */
export interface AnalysisChange {
  /** Events that did not exist before and were created for this article's reports. */
  eventsCreated: number;
  /** Events deleted because this article was their last source. */
  eventsRemoved: number;
}

/**
 * Replaces one article's analysis contributions inside the caller's transaction, the one code path for
 * both a crawl and re-analysis: its mentions (keeping Entity.mentionCount in step) and its event sources,
 * each new report joining its cluster (see event-clustering.ts) or starting an event; every event it
 * touched is recounted (an event left without sources is deleted; one it started from a single report is
 * created with its aggregates) and the release tracker of their
 * subjects rewritten. `analysis` must already have merged ids resolved and its entities synced.
 */
export async function replaceAnalysis(
  tx: Tx,
  article: AnalysedArticle,
  analysis: Analysis,
): Promise<AnalysisChange> {
  await replaceMentions(tx, article.id, analysis.entities, article.fresh === true);
  const touched = article.fresh === true ? new Set<number>() : await removeContributions(tx, article.id);
  const removable = touched.size > 0;
  let eventsCreated = 0;
  // Events this article created with its one report already hold their aggregates (see addContribution).
  const settled = new Map<number, string>();
  if (!article.duplicate) {
    const known = new Set(analysis.entities.map((entity) => entity.id));
    for (const event of analysis.events) {
      if (!known.has(event.subject.id)) continue;
      const added = await addContribution(tx, article.id, article.language, article.reportedAt, event, known);
      touched.add(added.eventId);
      if (added.created) {
        eventsCreated += 1;
        settled.set(added.eventId, event.subject.id);
      } else settled.delete(added.eventId);
    }
  }
  const subjects = new Set<string>(settled.values());
  for (const eventId of touched) {
    if (settled.has(eventId)) continue;
    const subject = await recountEvent(tx, eventId);
    if (subject) subjects.add(subject);
  }
  await refreshReleaseTracks(tx, subjects);
  // Only events the article reported before can have lost their last source.
  const remaining = removable ? await tx.event.count({ where: { id: { in: [...touched] } } }) : touched.size;
  return { eventsCreated, eventsRemoved: touched.size - remaining };
}

/**
 * Fingerprint of what an analysis stores for an article (mentions and event reports, merged ids resolved):
 * two analyses with the same fingerprint store the same contributions, so re-analysis can leave the
 * article untouched and a second run changes nothing.
 */
export function analysisFingerprint(analysis: Analysis): string {
  const stored = {
    entities: analysis.entities.map((e) => [e.id, e.mentions, e.firstSentence]),
    events: analysis.events.map((e) => [
      e.type,
      e.subject.id,
      e.related.map((r) => [r.id, r.role ?? null]),
      e.date,
      e.confidence,
      e.evidence,
      e.reason ?? null,
    ]),
  };
  return createHash('sha256').update(JSON.stringify(stored)).digest('hex');
}

/** Replaces an article's mentions (a fresh article has none yet), keeping Entity.mentionCount in step. */
async function replaceMentions(
  tx: Tx,
  articleId: number,
  entities: Analysis['entities'],
  fresh: boolean,
): Promise<void> {
  const previousMentions = fresh
    ? []
    : await tx.mention.findMany({ where: { articleId }, select: { entityId: true } });
  if (!fresh) await tx.mention.deleteMany({ where: { articleId } });
  if (entities.length > 0) {
    await tx.mention.createMany({
      data: entities.map((entity) => ({
        articleId,
        entityId: entity.id,
        count: entity.mentions,
        firstSentence: entity.firstSentence,
      })),
    });
  }
  await adjustMentionCounts(
    tx,
    previousMentions.map((m) => m.entityId),
    entities.map((e) => e.id),
  );
}

/** Keeps Entity.mentionCount in step: one less for entities the article no longer names, one more for new ones. */
async function adjustMentionCounts(
  tx: Tx,
  before: readonly string[],
  after: readonly string[],
): Promise<void> {
  const old = new Set(before);
  const now = new Set(after);
  const removed = [...old].filter((id) => !now.has(id));
  const added = [...now].filter((id) => !old.has(id));
  if (removed.length > 0)
    await tx.entity.updateMany({ where: { id: { in: removed } }, data: { mentionCount: { decrement: 1 } } });
  if (added.length > 0)
    await tx.entity.updateMany({ where: { id: { in: added } }, data: { mentionCount: { increment: 1 } } });
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
): Promise<{ eventId: number; created: boolean }> {
  const windowMs = CLUSTER_WINDOW_DAYS * 86_400_000;
  const candidates = await tx.event.findMany({
    where: {
      type: event.type,
      subjectId: event.subject.id,
      lastReportedAt: { gte: new Date(reportedAt.getTime() - windowMs) },
      firstReportedAt: { lte: new Date(reportedAt.getTime() + windowMs) },
    },
    orderBy: { id: 'asc' },
    include: { related: { select: { entityId: true, role: true } } },
  });
  const reported = event.related
    .filter((r) => known.has(r.id))
    .map((r) => ({ id: r.id, role: r.role ?? 'related' }));
  const involved = new Set([
    ...reported.map((r) => r.id),
    ...candidates.flatMap((c) => c.related.map((r) => r.entityId)),
  ]);
  const developers = await tx.entity.findMany({
    where: { id: { in: [...involved] } },
    select: { id: true, developerId: true },
  });
  const developerOf = new Map(developers.map((e) => [e.id, e.developerId]));
  const match = candidates.find(
    (candidate) =>
      datesCompatible(storedDate(candidate.dateValue, candidate.datePrecision), event.date) &&
      relatedCompatible(
        candidate.related.map((r) => ({ id: r.entityId, role: r.role })),
        reported,
        developerOf,
      ),
  );
  let eventId: number;
  const created = !match;
  if (match) {
    eventId = match.id;
    const current = storedDate(match.dateValue, match.datePrecision);
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
    const row = await tx.event.create({
      data: {
        type: event.type,
        subjectId: event.subject.id,
        dateValue: event.date?.value ?? null,
        datePrecision: event.date?.precision ?? 'unknown',
        reason: event.reason ?? null,
        // What recountEvent would compute from this one report, so a new event needs no recount.
        confidence: combinedConfidence([event.confidence]),
        sourceCount: 1,
        languages: language ?? '',
        firstReportedAt: reportedAt,
        lastReportedAt: reportedAt,
      },
    });
    eventId = row.id;
  }
  for (const related of event.related) {
    if (!known.has(related.id) || related.id === event.subject.id) continue;
    const role = related.role ?? 'related';
    await tx.eventEntity.upsert({
      where: { eventId_entityId_role: { eventId, entityId: related.id, role } },
      create: { eventId, entityId: related.id, role, firstReportedAt: reportedAt },
      update: {},
    });
  }
  // One article can report one event twice (headline and body); it stays one source, with the more
  // confident of its sentences as evidence.
  const previous = created
    ? null
    : await tx.eventSource.findUnique({ where: { eventId_articleId: { eventId, articleId } } });
  if (!previous) {
    await tx.eventSource.create({
      data: {
        eventId,
        articleId,
        evidence: event.evidence,
        language,
        confidence: event.confidence,
        reportedAt,
        dateValue: event.date?.value ?? null,
        datePrecision: event.date?.precision ?? 'unknown',
        reason: event.reason ?? null,
      },
    });
  } else {
    const date = moreSpecificDate(storedDate(previous.dateValue, previous.datePrecision), event.date);
    const moreConfident = event.confidence > previous.confidence;
    await tx.eventSource.update({
      where: { id: previous.id },
      data: {
        ...(moreConfident ? { evidence: event.evidence, confidence: event.confidence } : {}),
        dateValue: date?.value ?? null,
        datePrecision: date?.precision ?? 'unknown',
        reason: previous.reason ?? event.reason ?? null,
      },
    });
  }
  return { eventId, created };
}

/**
 * Recomputes an event's aggregates from its sources (counts, languages, first and last report,
 * confidence, and the most precise date and first stated reason among the reports that remain); an
 * event left without sources is deleted. Returns
 * the event's subject (for the release tracker), or null when the event no longer exists.
 */
export async function recountEvent(tx: Tx, eventId: number): Promise<string | null> {
  const event = await tx.event.findUnique({ where: { id: eventId }, select: { subjectId: true } });
  if (!event) return null;
  const sources = await tx.eventSource.findMany({ where: { eventId }, orderBy: { reportedAt: 'asc' } });
  const first = sources[0];
  const last = sources[sources.length - 1];
  if (!first || !last) {
    await tx.event.delete({ where: { id: eventId } });
    return event.subjectId;
  }
  const languages = [
    ...new Set(sources.map((s) => s.language).filter((l): l is string => l !== null)),
  ].sort();
  // Date and reason come from the reports that remain, so a withdrawn report takes its date with it.
  const date = sources.reduce<EventDate | null>(
    (best, s) => moreSpecificDate(best, storedDate(s.dateValue, s.datePrecision)),
    null,
  );
  const reason = sources.find((s) => s.reason !== null)?.reason ?? null;
  await tx.event.update({
    where: { id: eventId },
    data: {
      dateValue: date?.value ?? null,
      datePrecision: date?.precision ?? 'unknown',
      reason,
      sourceCount: sources.length,
      languages: languages.join(','),
      firstReportedAt: first.reportedAt,
      lastReportedAt: last.reportedAt,
      confidence: combinedConfidence(sources.map((s) => s.confidence)),
    },
  });
  await tx.eventEntity.updateMany({ where: { eventId }, data: { firstReportedAt: first.reportedAt } });
  return event.subjectId;
}
