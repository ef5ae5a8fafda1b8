import { createTestDatabase, type TestDatabase } from '../test/helpers.js';
import { databaseFileOf } from './database.js';
import {
  isoFromDb,
  isoToDb,
  MEMO_LIMIT,
  openReadConnection,
  type ReadConnection,
} from './read-connection.js';

describe('read connection', () => {
  let store: TestDatabase;
  let conn: ReadConnection;
  beforeAll(async () => {
    store = await createTestDatabase();
    conn = openReadConnection(databaseFileOf(store.db));
  });
  afterAll(async () => {
    conn.close();
    await store.close();
  });

  it('forgets exactly the events that other connections change, whatever the write', async () => {
    const db = store.db;
    await db.source.create({
      data: { id: 's', name: 'S', language: 'de', category: 'tech', homepage: 'https://s.example/' },
    });
    const article = await db.article.create({
      data: {
        url: 'https://s.example/1',
        fetchedUrl: 'https://s.example/1',
        sourceId: 's',
        title: 'T',
        text: 'x',
        contentHash: 'h',
      },
    });
    const event = (type: string) =>
      db.event.create({
        data: {
          type,
          subjectId: 'deepseek-r2',
          confidence: 0.7,
          firstReportedAt: new Date(),
          lastReportedAt: new Date(),
          sources: {
            create: { articleId: article.id, evidence: 'e', confidence: 0.7, reportedAt: new Date() },
          },
        },
      });
    const [a, b] = [await event('delay'), await event('plan')];
    const fill = () => {
      const memo = conn.memo();
      memo.set(`event:${a.id}`, 'a');
      memo.set(`event:${b.id}`, 'b');
    };
    const kept = () => [...conn.memo().keys()].sort();

    fill();
    await db.article.update({ where: { id: article.id }, data: { text: 'a text no event shows' } });
    expect(kept()).toEqual([`event:${a.id}`, `event:${b.id}`]);

    await db.event.update({ where: { id: a.id }, data: { hidden: true } });
    expect(kept()).toEqual([`event:${b.id}`]);

    fill();
    await db.$executeRaw`UPDATE Entity SET name = 'R2 renamed' WHERE id = 'deepseek-r2'`;
    expect(kept()).toEqual([]);

    fill();
    await db.article.update({ where: { id: article.id }, data: { title: 'New title' } });
    expect(kept()).toEqual([]);

    fill();
    await db.eventSource.deleteMany({ where: { eventId: b.id } });
    expect(kept()).toEqual([`event:${a.id}`]);
  });

  it('drops its oldest entries, not all of them, when it grows past its limit', () => {
    const memo = conn.memo();
    memo.clear();
    for (let i = 0; i <= MEMO_LIMIT; i++) memo.set(`k${i}`, i);
    const trimmed = conn.memo();
    expect(trimmed.size).toBeLessThanOrEqual(MEMO_LIMIT);
    expect(trimmed.size).toBeGreaterThanOrEqual(MEMO_LIMIT / 2);
    expect(trimmed.has('k0')).toBe(false);
    expect(trimmed.get(`k${MEMO_LIMIT}`)).toBe(MEMO_LIMIT);
  });

  it('compares dates in the form Prisma stores them', () => {
    const date = new Date('2025-08-14T08:15:00.000Z');
    expect(isoToDb(date)).toBe('2025-08-14T08:15:00.000+00:00');
    expect(isoFromDb(isoToDb(date))).toBe(date.toISOString());
  });
});
