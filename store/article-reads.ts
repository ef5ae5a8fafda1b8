import type { ArticleSummary } from './article-views.js';
import { decodeCursor, encodeCursor } from './cursor.js';
import { isoFromDb, isoToDb, type SqlValue } from './read-connection.js';
import type { ReadStore } from './read-store.js';

export interface ArticleDetail extends ArticleSummary {
  text: string;
  /** The original this article copies, with the shingle overlap (1 for an exact copy). */
  duplicate: { of: number; url: string; similarity: number | null } | null;
  /** Articles stored later that copy this one. */
  copies: { id: number; url: string; similarity: number | null }[];
  entities: { id: string; name: string; kind: string; mentions: number; firstSentence: string }[];
  /** Events this article reports (as a source), with its own evidence sentence. */
  events: {
    id: number;
    type: string;
    subject: { id: string; name: string };
    date: { value: string; precision: string } | null;
    evidence: string;
    sourceCount: number;
  }[];
}

interface ArticleRow {
  id: number;
  url: string;
  title: string;
  authors: string;
  sourceId: string | null;
  language: string | null;
  publishedAt: string | null;
  fetchedAt: string;
  duplicateOfId: number | null;
}

const SUMMARY_COLUMNS =
  'a.id, a.url, a.title, a.authors, a.sourceId, a.language, a.publishedAt, a.fetchedAt, a.duplicateOfId';

function toSummary(row: ArticleRow): ArticleSummary {
  return {
    id: row.id,
    url: row.url,
    title: row.title,
    authors: JSON.parse(row.authors) as string[],
    source: row.sourceId,
    language: row.language,
    publishedAt: isoFromDb(row.publishedAt),
    fetchedAt: isoFromDb(row.fetchedAt),
    duplicateOf: row.duplicateOfId,
  };
}

/**
 * Articles newest first by id (ids only grow, so pages never shift under a reader), filtered by
 * language, source, a mentioned entity or publication dates.
 */
export async function readArticlePage(
  conn: ReadStore,
  options: {
    limit: number;
    cursor?: string | undefined;
    lang?: string | undefined;
    source?: string | undefined;
    entity?: string | undefined;
    from?: Date | undefined;
    to?: Date | undefined;
  },
): Promise<{ items: ArticleSummary[]; nextCursor: string | null }> {
  const parts = ['1 = 1'];
  const params: Record<string, SqlValue> = { take: options.limit + 1 };
  if (options.cursor !== undefined) {
    const [before] = decodeCursor(options.cursor, ['n']);
    parts.push('a.id < @before');
    params.before = before ?? null;
  }
  if (options.lang !== undefined) {
    parts.push('a.language = @lang');
    params.lang = options.lang;
  }
  if (options.source !== undefined) {
    parts.push('a.sourceId = @source');
    params.source = options.source;
  }
  if (options.entity !== undefined) {
    parts.push('a.id IN (SELECT articleId FROM Mention WHERE entityId = @entity)');
    params.entity = options.entity;
  }
  if (options.from) {
    parts.push('a.publishedAt >= @from');
    params.from = isoToDb(options.from);
  }
  if (options.to) {
    parts.push('a.publishedAt < @to');
    params.to = isoToDb(options.to);
  }
  const rows = await conn.all<ArticleRow>(
    `SELECT ${SUMMARY_COLUMNS} FROM Article a WHERE ${parts.join(' AND ')} ORDER BY a.id DESC LIMIT @take`,
    params,
  );
  const page = rows.slice(0, options.limit);
  const last = page[page.length - 1];
  return {
    items: page.map(toSummary),
    nextCursor: rows.length > options.limit && last ? encodeCursor([last.id]) : null,
  };
}

/** One article with its text, duplicate links, mentioned entities and reported events; null when unknown. */
export async function readArticle(conn: ReadStore, id: number): Promise<ArticleDetail | null> {
  const row = await conn.get<ArticleRow & { text: string; duplicateSimilarity: number | null }>(
    `SELECT ${SUMMARY_COLUMNS}, a.text, a.duplicateSimilarity FROM Article a WHERE a.id = @id`,
    { id },
  );
  if (!row) return null;
  const original =
    row.duplicateOfId === null
      ? undefined
      : await conn.get<{ url: string }>('SELECT url FROM Article WHERE id = @id', { id: row.duplicateOfId });
  const copies = await conn.all<{ id: number; url: string; similarity: number | null }>(
    'SELECT id, url, duplicateSimilarity AS similarity FROM Article WHERE duplicateOfId = @id ORDER BY id',
    { id },
  );
  const entities = await conn.all<{
    id: string;
    name: string;
    kind: string;
    mentions: number;
    firstSentence: string;
  }>(
    `SELECT e.id, e.name, e.kind, m.count AS mentions, m.firstSentence FROM Mention m
     JOIN Entity e ON e.id = m.entityId WHERE m.articleId = @id ORDER BY m.count DESC, e.id`,
    { id },
  );
  const events = await conn.all<{
    id: number;
    type: string;
    subjectId: string;
    subjectName: string;
    dateValue: string | null;
    datePrecision: string;
    evidence: string;
    sourceCount: number;
  }>(
    `SELECT ev.id, ev.type, ev.subjectId, en.name AS subjectName, ev.dateValue, ev.datePrecision, es.evidence,
       ev.sourceCount
     FROM EventSource es JOIN Event ev ON ev.id = es.eventId JOIN Entity en ON en.id = ev.subjectId
     WHERE es.articleId = @id AND ev.hidden = FALSE ORDER BY ev.id`,
    { id },
  );
  return {
    ...toSummary(row),
    text: row.text,
    duplicate:
      row.duplicateOfId === null
        ? null
        : { of: row.duplicateOfId, url: original?.url ?? '', similarity: row.duplicateSimilarity },
    copies,
    entities,
    events: events.map((e) => ({
      id: e.id,
      type: e.type,
      subject: { id: e.subjectId, name: e.subjectName },
      date: e.dateValue ? { value: e.dateValue, precision: e.datePrecision } : null,
      evidence: e.evidence,
      sourceCount: e.sourceCount,
    })),
  };
}
