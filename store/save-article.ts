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
import { writeSearchDocument, type SearchText } from './search/search-documents.js';
import { asDate, list, Prisma, sqlOf, type SqlRunner } from './sql-runner.js';

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
  /**
   * The record's search text (`searchTextOf` its title, text and language, search/search-documents.ts) when the caller
   * computed it already, as a crawl does on its worker thread; computed here otherwise.
   */
  searchText?: SearchText;
  /**
   * Further statements committed with the article (a crawl's fetch record of the page, so a page costs
   * one commit), or run on their own when the article is unchanged.
   */
  alsoWrite?: readonly Prisma.Sql[];
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
  const existing = await storedArticle(sqlOf(db), record.url);
  if (existing?.contentHash === hash && !options.reanalyze) {
    for (const statement of options.alsoWrite ?? []) await sqlOf(db).run(statement);
    return { articleId: existing.id, status: 'unchanged', entitiesAdded: false };
  }

  const entitiesAdded = await syncEntities(db, entitySeedsOf(rawAnalysis));
  const analysis = await resolveMergedIds(db, rawAnalysis);
  const shingles = wordShingles(record.text);
  const fingerprint = simhash(shingles);
  const reportedAtGuess = record.publishedAt ?? existing?.fetchedAt ?? new Date();

  return db.$transaction(async (tx) => {
    const sql = sqlOf(db, tx);
    const [exact] = await sql.rows<{ id: number }>(Prisma.sql`SELECT "id" FROM "Article"
      WHERE "contentHash" = ${hash} AND "url" <> ${record.url} AND "duplicateOfId" IS NULL ORDER BY "id" LIMIT 1`);
    const original = exact
      ? { articleId: exact.id, similarity: 1 }
      : await findNearDuplicate(sql, {
          url: record.url,
          shingles,
          simhash: fingerprint,
          around: reportedAtGuess,
          excludeId: existing?.id ?? null,
        });
    const fetchedAt = existing?.contentHash === hash ? existing.fetchedAt : new Date();
    const articleId = await writeArticle(sql, existing?.id ?? null, {
      ...record,
      contentHash: hash,
      simhash: fingerprint,
      duplicateOf: original,
      fetchedAt,
      analysisHash: analysisFingerprint(analysis),
    });
    await replaceAnalysis(
      tx,
      {
        id: articleId,
        language: record.language,
        reportedAt: record.publishedAt ?? fetchedAt,
        duplicate: original !== null,
        fresh: !existing,
      },
      analysis,
      sql,
    );
    const linked = analysis.entities.map((e) => ({ entityId: e.id, count: e.mentions }));
    await writeSearchDocument(sql, { id: articleId, ...record }, linked, options.searchText);
    for (const statement of options.alsoWrite ?? []) await sql.run(statement);

    let status: SaveStatus = existing ? 'updated' : 'new';
    if (original) status = 'duplicate';
    return { articleId, status, ...(original ? { duplicateOf: original } : {}), entitiesAdded };
  });
}

/** What saveArticle needs of the article stored under a URL, or null. */
async function storedArticle(
  sql: SqlRunner,
  url: string,
): Promise<{ id: number; contentHash: string; fetchedAt: Date } | null> {
  const [row] = await sql.rows<{ id: number; contentHash: string; fetchedAt: unknown }>(
    Prisma.sql`SELECT "id", "contentHash", "fetchedAt" FROM "Article" WHERE "url" = ${url}`,
  );
  return row ? { id: row.id, contentHash: row.contentHash, fetchedAt: asDate(row.fetchedAt) } : null;
}

/** An article row as saveArticle writes it. */
interface ArticleRow extends ArticleRecord {
  contentHash: string;
  simhash: string;
  duplicateOf: { articleId: number; similarity: number } | null;
  fetchedAt: Date;
  analysisHash: string;
}

/** Creates the article (existingId null) or rewrites it in place; returns its id without reading it back. */
async function writeArticle(sql: SqlRunner, existingId: number | null, row: ArticleRow): Promise<number> {
  const now = new Date();
  const authors = JSON.stringify(row.authors);
  const duplicateOfId = row.duplicateOf?.articleId ?? null;
  const similarity = row.duplicateOf?.similarity ?? null;
  if (existingId !== null) {
    await sql.run(Prisma.sql`UPDATE "Article" SET "fetchedUrl" = ${row.fetchedUrl}, "sourceId" = ${row.sourceId},
      "title" = ${row.title}, "authors" = ${authors}, "publishedAt" = ${row.publishedAt},
      "language" = ${row.language}, "text" = ${row.text}, "contentHash" = ${row.contentHash},
      "simhash" = ${row.simhash}, "duplicateOfId" = ${duplicateOfId}, "duplicateSimilarity" = ${similarity},
      "fetchedAt" = ${row.fetchedAt}, "analyzedAt" = ${now}, "analysisHash" = ${row.analysisHash},
      "updatedAt" = ${now} WHERE "id" = ${existingId}`);
    return existingId;
  }
  const [created] = await sql.rows<{ id: number }>(Prisma.sql`INSERT INTO "Article" ("url", "fetchedUrl",
      "sourceId", "title", "authors", "publishedAt", "language", "text", "contentHash", "simhash",
      "duplicateOfId", "duplicateSimilarity", "fetchedAt", "analyzedAt", "analysisHash", "createdAt", "updatedAt")
    VALUES (${row.url}, ${row.fetchedUrl}, ${row.sourceId}, ${row.title}, ${authors}, ${row.publishedAt},
      ${row.language}, ${row.text}, ${row.contentHash}, ${row.simhash}, ${duplicateOfId}, ${similarity},
      ${row.fetchedAt}, ${now}, ${row.analysisHash}, ${now}, ${now}) RETURNING "id"`);
  if (!created) throw new Error(`article ${row.url} was not stored`);
  return created.id;
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
  sql: SqlRunner = sqlOf(tx),
): Promise<AnalysisChange> {
  await replaceMentions(sql, article.id, analysis.entities, article.fresh === true);
  const touched = article.fresh === true ? new Set<number>() : await removeContributions(sql, article.id);
  const removable = touched.size > 0;
  let eventsCreated = 0;
  // Events this article created with its one report already hold their aggregates (see addContribution).
  const settled = new Map<number, string>();
  const subjects = new Set<string>();
  if (!article.duplicate) {
    const known = new Set(analysis.entities.map((entity) => entity.id));
    for (const event of analysis.events) {
      if (!known.has(event.subject.id)) continue;
      const added = await addContribution(sql, article, event, known);
      touched.add(added.eventId);
      subjects.add(event.subject.id);
      if (added.created) {
        eventsCreated += 1;
        settled.set(added.eventId, event.subject.id);
      } else settled.delete(added.eventId);
    }
  }
  let removed = 0;
  for (const eventId of touched) {
    if (settled.has(eventId)) continue;
    const recount = await recountEvent(tx, eventId, sql);
    if (recount.subject) subjects.add(recount.subject);
    if (recount.deleted) removed += 1;
  }
  await refreshReleaseTracks(tx, subjects, sql);
  return { eventsCreated, eventsRemoved: removable ? removed : 0 };
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
  sql: SqlRunner,
  articleId: number,
  entities: Analysis['entities'],
  fresh: boolean,
): Promise<void> {
  const previousMentions = fresh
    ? []
    : await sql.rows<{ entityId: string }>(
        Prisma.sql`SELECT "entityId" FROM "Mention" WHERE "articleId" = ${articleId}`,
      );
  if (!fresh) await sql.run(Prisma.sql`DELETE FROM "Mention" WHERE "articleId" = ${articleId}`);
  if (entities.length > 0) {
    const rows = entities.map((e) => Prisma.sql`(${articleId}, ${e.id}, ${e.mentions}, ${e.firstSentence})`);
    await sql.run(Prisma.sql`INSERT INTO "Mention" ("articleId", "entityId", "count", "firstSentence")
      VALUES ${list(rows)}`);
  }
  await adjustMentionCounts(
    sql,
    previousMentions.map((m) => m.entityId),
    entities.map((e) => e.id),
  );
}

/** Keeps Entity.mentionCount in step: one less for entities the article no longer names, one more for new ones. */
async function adjustMentionCounts(
  sql: SqlRunner,
  before: readonly string[],
  after: readonly string[],
): Promise<void> {
  const old = new Set(before);
  const now = new Set(after);
  const removed = [...old].filter((id) => !now.has(id));
  const added = [...now].filter((id) => !old.has(id));
  const at = new Date();
  for (const [ids, step] of [
    [removed, -1],
    [added, 1],
  ] as const) {
    if (ids.length > 0)
      await sql.run(Prisma.sql`UPDATE "Entity" SET "mentionCount" = "mentionCount" + ${step}, "updatedAt" = ${at}
        WHERE "id" IN (${list(ids)})`);
  }
}

async function removeContributions(sql: SqlRunner, articleId: number): Promise<Set<number>> {
  const previous = await sql.rows<{ eventId: number }>(
    Prisma.sql`SELECT "eventId" FROM "EventSource" WHERE "articleId" = ${articleId}`,
  );
  await sql.run(Prisma.sql`DELETE FROM "EventSource" WHERE "articleId" = ${articleId}`);
  return new Set(previous.map((row) => row.eventId));
}

/** A stored event that may be the cluster of a new report, with its related entities. */
interface ClusterCandidate {
  id: number;
  dateValue: string | null;
  datePrecision: string;
  reason: string | null;
  related: { id: string; role: string }[];
}

/** Events of the report's type and subject within the cluster window, oldest first, with their related entities. */
async function clusterCandidates(
  sql: SqlRunner,
  event: FoundEvent,
  reportedAt: Date,
): Promise<ClusterCandidate[]> {
  const windowMs = CLUSTER_WINDOW_DAYS * 86_400_000;
  const rows = await sql.rows<Omit<ClusterCandidate, 'related'>>(Prisma.sql`SELECT "id", "dateValue",
      "datePrecision", "reason" FROM "Event" WHERE "type" = ${event.type} AND "subjectId" = ${event.subject.id}
      AND "lastReportedAt" >= ${new Date(reportedAt.getTime() - windowMs)}
      AND "firstReportedAt" <= ${new Date(reportedAt.getTime() + windowMs)} ORDER BY "id"`);
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.id);
  const related = await sql.rows<{ eventId: number; entityId: string; role: string }>(Prisma.sql`SELECT
      "eventId", "entityId", "role" FROM "EventEntity" WHERE "eventId" IN (${list(ids)})`);
  return rows.map((row) => ({
    ...row,
    id: row.id,
    related: related.filter((r) => r.eventId === row.id).map((r) => ({ id: r.entityId, role: r.role })),
  }));
}

/** The developer of each of these entities (for matching a report's related entities to an event's). */
async function developersOf(sql: SqlRunner, ids: ReadonlySet<string>): Promise<Map<string, string | null>> {
  if (ids.size === 0) return new Map();
  const rows = await sql.rows<{ id: string; developerId: string | null }>(
    Prisma.sql`SELECT "id", "developerId" FROM "Entity" WHERE "id" IN (${list([...ids])})`,
  );
  return new Map(rows.map((e) => [e.id, e.developerId]));
}

/** The event a report joins (its cluster), or null when it starts a new one. */
async function findCluster(
  sql: SqlRunner,
  event: FoundEvent,
  reportedAt: Date,
  reported: { id: string; role: string }[],
): Promise<ClusterCandidate | null> {
  const candidates = await clusterCandidates(sql, event, reportedAt);
  if (candidates.length === 0) return null;
  const involved = new Set([
    ...reported.map((r) => r.id),
    ...candidates.flatMap((c) => c.related.map((r) => r.id)),
  ]);
  const developerOf = await developersOf(sql, involved);
  return (
    candidates.find(
      (candidate) =>
        datesCompatible(storedDate(candidate.dateValue, candidate.datePrecision), event.date) &&
        relatedCompatible(candidate.related, reported, developerOf),
    ) ?? null
  );
}

/** Joins the report to `match` (its date made more specific) or creates its event; returns the event id. */
async function joinOrCreateEvent(
  sql: SqlRunner,
  match: ClusterCandidate | null,
  article: AnalysedArticle,
  event: FoundEvent,
): Promise<number> {
  const now = new Date();
  if (match) {
    const date = moreSpecificDate(storedDate(match.dateValue, match.datePrecision), event.date);
    await sql.run(Prisma.sql`UPDATE "Event" SET "dateValue" = ${date?.value ?? null},
      "datePrecision" = ${date?.precision ?? 'unknown'}, "reason" = ${match.reason ?? event.reason ?? null},
      "updatedAt" = ${now} WHERE "id" = ${match.id}`);
    return match.id;
  }
  // What recountEvent would compute from this one report, so a new event needs no recount.
  const [row] = await sql.rows<{ id: number }>(Prisma.sql`INSERT INTO "Event" ("type", "subjectId",
      "dateValue", "datePrecision", "reason", "confidence", "sourceCount", "languages", "firstReportedAt",
      "lastReportedAt", "createdAt", "updatedAt")
    VALUES (${event.type}, ${event.subject.id}, ${event.date?.value ?? null},
      ${event.date?.precision ?? 'unknown'}, ${event.reason ?? null}, ${combinedConfidence([event.confidence])},
      ${1}, ${article.language ?? ''}, ${article.reportedAt}, ${article.reportedAt}, ${now}, ${now})
    RETURNING "id"`);
  if (!row) throw new Error(`event of ${event.subject.id} was not stored`);
  return row.id;
}

/** Adds the article's report as a source of the event (one source per article, its best sentence kept). */
async function writeSource(
  sql: SqlRunner,
  eventId: number,
  created: boolean,
  article: AnalysedArticle,
  event: FoundEvent,
): Promise<void> {
  const [previous] = created
    ? []
    : await sql.rows<{
        id: number;
        confidence: number;
        dateValue: string | null;
        datePrecision: string;
        reason: string | null;
      }>(Prisma.sql`SELECT "id", "confidence", "dateValue", "datePrecision", "reason" FROM "EventSource"
        WHERE "eventId" = ${eventId} AND "articleId" = ${article.id}`);
  if (!previous) {
    await sql.run(Prisma.sql`INSERT INTO "EventSource" ("eventId", "articleId", "evidence", "language",
        "confidence", "reportedAt", "dateValue", "datePrecision", "reason")
      VALUES (${eventId}, ${article.id}, ${event.evidence}, ${article.language}, ${event.confidence},
        ${article.reportedAt}, ${event.date?.value ?? null}, ${event.date?.precision ?? 'unknown'},
        ${event.reason ?? null})`);
    return;
  }
  const date = moreSpecificDate(storedDate(previous.dateValue, previous.datePrecision), event.date);
  const moreConfident = event.confidence > previous.confidence;
  await sql.run(Prisma.sql`UPDATE "EventSource" SET
      "evidence" = ${moreConfident ? event.evidence : Prisma.raw('"evidence"')},
      "confidence" = ${moreConfident ? event.confidence : Prisma.raw('"confidence"')},
      "dateValue" = ${date?.value ?? null}, "datePrecision" = ${date?.precision ?? 'unknown'},
      "reason" = ${previous.reason ?? event.reason ?? null} WHERE "id" = ${previous.id}`);
}

async function addContribution(
  sql: SqlRunner,
  article: AnalysedArticle,
  event: FoundEvent,
  known: ReadonlySet<string>,
): Promise<{ eventId: number; created: boolean }> {
  const reported = event.related
    .filter((r) => known.has(r.id))
    .map((r) => ({ id: r.id, role: r.role ?? 'related' }));
  const match = await findCluster(sql, event, article.reportedAt, reported);
  const eventId = await joinOrCreateEvent(sql, match, article, event);
  const related = reported.filter((r) => r.id !== event.subject.id);
  if (related.length > 0) {
    const rows = related.map((r) => Prisma.sql`(${eventId}, ${r.id}, ${r.role}, ${article.reportedAt})`);
    await sql.run(Prisma.sql`INSERT INTO "EventEntity" ("eventId", "entityId", "role", "firstReportedAt")
      VALUES ${list(rows)} ON CONFLICT ("eventId", "entityId", "role") DO NOTHING`);
  }
  // One article can report one event twice (headline and body); it stays one source, with the more
  // confident of its sentences as evidence.
  await writeSource(sql, eventId, match === null, article, event);
  return { eventId, created: match === null };
}

/** One source of an event as a recount reads it. */
interface SourceRow {
  language: string | null;
  confidence: number;
  reportedAt: unknown;
  dateValue: string | null;
  datePrecision: string;
  reason: string | null;
}

/**
 * Recomputes an event's aggregates from its sources (counts, languages, first and last report,
 * confidence, and the most precise date and first stated reason among the reports that remain); an
 * event left without sources is deleted. Returns the event's subject (for the release tracker; null when
 * the event does not exist) and whether the event is gone.
 */
export async function recountEvent(
  tx: Tx,
  eventId: number,
  sql: SqlRunner = sqlOf(tx),
): Promise<{ subject: string | null; deleted: boolean }> {
  const [event] = await sql.rows<{ subjectId: string }>(
    Prisma.sql`SELECT "subjectId" FROM "Event" WHERE "id" = ${eventId}`,
  );
  if (!event) return { subject: null, deleted: true };
  const sources = await sql.rows<SourceRow>(Prisma.sql`SELECT "language", "confidence", "reportedAt",
      "dateValue", "datePrecision", "reason" FROM "EventSource" WHERE "eventId" = ${eventId}
      ORDER BY "reportedAt", "id"`);
  const first = sources[0];
  const last = sources[sources.length - 1];
  if (!first || !last) {
    await sql.run(Prisma.sql`DELETE FROM "Event" WHERE "id" = ${eventId}`);
    return { subject: event.subjectId, deleted: true };
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
  const firstAt = asDate(first.reportedAt);
  await sql.run(Prisma.sql`UPDATE "Event" SET "dateValue" = ${date?.value ?? null},
      "datePrecision" = ${date?.precision ?? 'unknown'}, "reason" = ${reason}, "sourceCount" = ${sources.length},
      "languages" = ${languages.join(',')}, "firstReportedAt" = ${firstAt},
      "lastReportedAt" = ${asDate(last.reportedAt)},
      "confidence" = ${combinedConfidence(sources.map((s) => s.confidence))}, "updatedAt" = ${new Date()}
    WHERE "id" = ${eventId}`);
  await sql.run(
    Prisma.sql`UPDATE "EventEntity" SET "firstReportedAt" = ${firstAt} WHERE "eventId" = ${eventId}`,
  );
  return { subject: event.subjectId, deleted: false };
}
