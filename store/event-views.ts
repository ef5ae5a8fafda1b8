import type { Db } from './database.js';

/** An event as programs read it: the merged facts plus every source that reported it. */
export interface EventView {
  id: number;
  type: string;
  subject: { id: string; name: string; kind: string };
  related: { id: string; name: string; role: string }[];
  date: { value: string; precision: string } | null;
  reason: string | null;
  confidence: number;
  firstReportedAt: string;
  lastReportedAt: string;
  sourceCount: number;
  languages: string[];
  sources: {
    articleId: number;
    url: string;
    title: string;
    source: string | null;
    language: string | null;
    evidence: string;
    reportedAt: string;
  }[];
}

const eventInclude = {
  subject: { select: { id: true, name: true, kind: true } },
  related: { include: { entity: { select: { id: true, name: true } } } },
  sources: {
    orderBy: { reportedAt: 'asc' as const },
    include: { article: { select: { id: true, url: true, title: true, sourceId: true } } },
  },
};

type EventRow = Awaited<ReturnType<typeof findEvents>>[number];

function findEvents(
  db: Db,
  where: NonNullable<Parameters<Db['event']['findMany']>[0]>['where'],
  take?: number,
) {
  return db.event.findMany({
    where: { hidden: false, ...where },
    include: eventInclude,
    orderBy: [{ firstReportedAt: 'asc' }, { id: 'asc' }],
    ...(take === undefined ? {} : { take }),
  });
}

function toView(row: EventRow): EventView {
  return {
    id: row.id,
    type: row.type,
    subject: row.subject,
    related: row.related.map((r) => ({ id: r.entity.id, name: r.entity.name, role: r.role })),
    date: row.dateValue ? { value: row.dateValue, precision: row.datePrecision } : null,
    reason: row.reason,
    confidence: row.confidence,
    firstReportedAt: row.firstReportedAt.toISOString(),
    lastReportedAt: row.lastReportedAt.toISOString(),
    sourceCount: row.sourceCount,
    languages: row.languages ? row.languages.split(',') : [],
    sources: row.sources.map((s) => ({
      articleId: s.article.id,
      url: s.article.url,
      title: s.article.title,
      source: s.article.sourceId,
      language: s.language,
      evidence: s.evidence,
      reportedAt: s.reportedAt.toISOString(),
    })),
  };
}

/** Every visible event, oldest first, for export. */
export async function listAllEvents(db: Db): Promise<EventView[]> {
  return (await findEvents(db, {})).map(toView);
}

/**
 * Every visible event in storage order (by id), `batchSize` at a time, so an export of a large store
 * keeps memory flat; {@link listAllEvents} is for small stores (the demo, tests).
 */
export async function* iterateEvents(db: Db, batchSize = 200): AsyncGenerator<EventView> {
  let after = 0;
  for (;;) {
    const rows = await db.event.findMany({
      where: { hidden: false, id: { gt: after } },
      include: eventInclude,
      orderBy: { id: 'asc' },
      take: batchSize,
    });
    for (const row of rows) yield toView(row);
    const last = rows[rows.length - 1];
    if (!last || rows.length < batchSize) return;
    after = last.id;
  }
}
