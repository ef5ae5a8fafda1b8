import { createTestDatabase, type TestDatabase } from '../test/helpers.js';
import { eventPageQuery, readEvent, readEventPage } from './event-reads.js';
import { openReadStore, type ReadStore } from './read-store.js';

/**
 * Events written straight through Prisma, so the cases the pipeline rarely produces (an entity holding
 * two roles in one event, many events at one instant) are certain to be there.
 */
describe('event reads', () => {
  let store: TestDatabase;
  let conn: ReadStore;
  const at = (day: number) => new Date(Date.UTC(2025, 0, day, 8));

  beforeAll(async () => {
    store = await createTestDatabase();
    const db = store.db;
    await db.source.create({
      data: { id: 'src', name: 'Src', language: 'en', category: 'tech', homepage: 'https://src.example/' },
    });
    await db.entity.createMany({
      data: [
        { id: 'm-a', kind: 'model', name: 'Model A' },
        { id: 'c-x', kind: 'chip', name: 'Chip X' },
        { id: 'c-y', kind: 'chip', name: 'Chip Y' },
      ],
    });
    for (let day = 1; day <= 6; day++) {
      const article = await db.article.create({
        data: {
          url: `https://src.example/${day}`,
          fetchedUrl: `https://src.example/${day}`,
          sourceId: 'src',
          title: `Report ${day}`,
          text: 'text',
          contentHash: `h${day}`,
          language: 'en',
        },
      });
      // Days 3 and 4 share an instant, so the order falls back to the event id.
      const reported = at(day === 4 ? 3 : day);
      await db.event.create({
        data: {
          type: day % 2 ? 'hardware_switch' : 'delay',
          subjectId: 'm-a',
          confidence: 0.7,
          firstReportedAt: reported,
          lastReportedAt: reported,
          sourceCount: 1,
          languages: 'en',
          sources: {
            create: {
              articleId: article.id,
              evidence: `Evidence ${day}.`,
              language: 'en',
              confidence: 0.7,
              reportedAt: reported,
            },
          },
          related: {
            // Chip X is both what training moved away from and what inference stays on: two roles.
            create: [
              { entityId: 'c-x', role: 'from', firstReportedAt: reported },
              { entityId: 'c-x', role: 'inference', firstReportedAt: reported },
              { entityId: 'c-y', role: 'to', firstReportedAt: reported },
            ],
          },
        },
      });
    }
    conn = openReadStore(db);
  });
  afterAll(async () => {
    await conn.close();
    await store.close();
  });

  const pageIds = async (entity: string, limit: number, order: 'asc' | 'desc' = 'asc') => {
    const ids: number[] = [];
    let cursor: string | undefined;
    for (;;) {
      const page = await readEventPage(conn, { entity }, { limit, cursor, order });
      ids.push(...page.items.map((e) => e.id));
      if (page.nextCursor === null) return ids;
      cursor = page.nextCursor;
    }
  };

  it('lists an event once on the timeline of an entity holding two roles in it, in every page size', async () => {
    const all = (await readEventPage(conn, { entity: 'c-x' }, { limit: 50, order: 'asc' })).items;
    expect(all.map((e) => e.id)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(all[0]?.related).toEqual([
      { id: 'c-x', name: 'Chip X', role: 'from' },
      { id: 'c-x', name: 'Chip X', role: 'inference' },
      { id: 'c-y', name: 'Chip Y', role: 'to' },
    ]);
    for (const limit of [1, 2, 4]) {
      expect(await pageIds('c-x', limit)).toEqual([1, 2, 3, 4, 5, 6]);
      expect(await pageIds('c-x', limit, 'desc')).toEqual([6, 5, 4, 3, 2, 1]);
      expect(await pageIds('m-a', limit)).toEqual([1, 2, 3, 4, 5, 6]);
    }
  });

  it("filters involved events by type as it filters the subject's", async () => {
    const delays = await readEventPage(
      conn,
      { entity: 'c-y', types: ['delay'] },
      { limit: 50, order: 'asc' },
    );
    expect(delays.items.map((e) => [e.id, e.type])).toEqual([
      [2, 'delay'],
      [4, 'delay'],
      [6, 'delay'],
    ]);
  });

  it('pages events of one type by walking Event(type, firstReportedAt), not by sorting every event of the type', () => {
    const sqlite = conn.sqlite;
    if (!sqlite) throw new Error('event-reads.test.ts runs on the SQLite read path');
    for (const order of ['asc', 'desc'] as const) {
      const { sql, params } = eventPageQuery({ types: ['delay'] }, { limit: 20, order });
      const plan = sqlite
        .all<{ detail: string }>(`EXPLAIN QUERY PLAN ${sql}`, params)
        .map((row) => row.detail);
      expect(plan).toEqual(['SEARCH e USING INDEX Event_type_firstReportedAt_idx (type=?)']);
    }
  });

  it('hands out frozen views that stay until the database changes, then reads them again', async () => {
    const before = await readEvent(conn, 1);
    expect(Object.isFrozen(before)).toBe(true);
    expect(Object.isFrozen(before?.sources[0])).toBe(true);
    expect(Object.isFrozen(before?.related)).toBe(true);
    expect(await readEvent(conn, 1)).toBe(before);
    await store.db.event.update({ where: { id: 1 }, data: { reason: 'edited' } });
    const after = await readEvent(conn, 1);
    expect(after).not.toBe(before);
    expect(after?.reason).toBe('edited');
    await store.db.event.update({ where: { id: 1 }, data: { hidden: true } });
    expect(await readEvent(conn, 1)).toBeNull();
    expect(await pageIds('c-x', 2)).toEqual([2, 3, 4, 5, 6]);
    await store.db.event.update({ where: { id: 1 }, data: { hidden: false } });
    expect(await pageIds('c-x', 2)).toEqual([1, 2, 3, 4, 5, 6]);
  });

  /** EventTimeline must hold exactly one row per (entity, event) of Event subjects and EventEntity, with the event's columns. */
  const timelineDrift = async () =>
    (
      await conn.all<{ n: number }>(
        `WITH expected AS (
         SELECT subjectId AS entityId, id AS eventId FROM Event
         UNION SELECT entityId, eventId FROM EventEntity),
       wanted AS (
         SELECT x.entityId, e.firstReportedAt, e.id AS eventId, e.hidden, e.type, e.sourceCount, e.languages
         FROM expected x JOIN Event e ON e.id = x.eventId)
       SELECT COUNT(*) AS n FROM (
         SELECT * FROM wanted EXCEPT SELECT entityId, firstReportedAt, eventId, hidden, type, sourceCount, languages FROM EventTimeline
         UNION ALL
         SELECT entityId, firstReportedAt, eventId, hidden, type, sourceCount, languages FROM EventTimeline EXCEPT SELECT * FROM wanted)`,
      )
    )[0]?.n;

  it('keeps the timeline table in step with every kind of write to events and their entities', async () => {
    const db = store.db;
    expect(await timelineDrift()).toBe(0);

    // An earlier first report moves the event to the front of every timeline it is on.
    await db.event.update({ where: { id: 6 }, data: { firstReportedAt: at(0) } });
    expect(await pageIds('c-x', 2)).toEqual([6, 1, 2, 3, 4, 5]);
    expect(await timelineDrift()).toBe(0);

    // Chip X leaves event 2 only when its last role there goes.
    await db.eventEntity.delete({
      where: { eventId_entityId_role: { eventId: 2, entityId: 'c-x', role: 'from' } },
    });
    expect(await pageIds('c-x', 2)).toEqual([6, 1, 2, 3, 4, 5]);
    await db.eventEntity.delete({
      where: { eventId_entityId_role: { eventId: 2, entityId: 'c-x', role: 'inference' } },
    });
    expect(await pageIds('c-x', 2)).toEqual([6, 1, 3, 4, 5]);
    expect(await pageIds('c-y', 2)).toContain(2);
    expect(await timelineDrift()).toBe(0);

    // A new subject, as a merge writes it with raw SQL: the event moves from one timeline to the other.
    await db.$executeRaw`UPDATE Event SET subjectId = 'c-y' WHERE id = 3`;
    expect(await pageIds('m-a', 2)).toEqual([6, 1, 2, 4, 5]);
    expect((await pageIds('c-y', 2)).filter((id) => id === 3)).toEqual([3]);
    expect(await timelineDrift()).toBe(0);

    // Filters read the event's current columns; a deleted event leaves no row behind.
    await db.event.update({
      where: { id: 4 },
      data: { type: 'release', sourceCount: 3, languages: 'de,en' },
    });
    const filtered = await readEventPage(
      conn,
      { entity: 'c-y', types: ['release'], lang: 'de', minSources: 3 },
      { limit: 9, order: 'asc' },
    );
    expect(filtered.items.map((e) => e.id)).toEqual([4]);
    await db.event.delete({ where: { id: 5 } });
    expect(await pageIds('c-x', 2)).toEqual([6, 1, 3, 4]);
    expect(await timelineDrift()).toBe(0);

    // Renaming an id cascades into EventEntity and Event; Chip X holds two roles in events 1, 3, 4 and 6,
    // so a trigger that let the cascade's conflict rule win would fail the rename.
    await db.$executeRaw`UPDATE Entity SET id = 'c-x2' WHERE id = 'c-x'`;
    expect(await pageIds('c-x2', 2)).toEqual([6, 1, 3, 4]);
    expect(await pageIds('c-x', 2)).toEqual([]);
    await db.$executeRaw`UPDATE Entity SET id = 'c-y2' WHERE id = 'c-y'`;
    expect(await timelineDrift()).toBe(0);
  });
});
