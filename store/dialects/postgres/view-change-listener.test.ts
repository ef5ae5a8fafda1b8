import { describeWithPostgres } from '../../../test/describe-with-postgres.js';
import { createTestDatabase, type TestDatabase } from '../../../test/helpers.js';
import { listeningMemo } from './view-change-listener.js';

describeWithPostgres('event-view memo on PostgreSQL', () => {
  let store: TestDatabase;
  let views: ReturnType<typeof listeningMemo>;
  beforeAll(async () => {
    store = await createTestDatabase('postgres');
    views = listeningMemo(store.url);
  });
  afterAll(async () => {
    await views.close();
    await store.close();
  });

  /** Waits until `key` is forgotten (a hang guard, not a timed assertion) and says whether it was. */
  const forgotten = async (key: string) => {
    for (let tries = 0; tries < 500; tries++) {
      if ((await views.memo()).get(key) === undefined) return true;
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    return false;
  };

  it('keeps views until a committed write announces their event, and only those', async () => {
    const db = store.db;
    await db.source.create({
      data: { id: 's', name: 'S', language: 'de', category: 'tech', homepage: 'https://s.example/' },
    });
    const event = (type: string) =>
      db.event.create({
        data: {
          type,
          subjectId: 'deepseek-r2',
          confidence: 0.7,
          firstReportedAt: new Date(),
          lastReportedAt: new Date(),
        },
      });
    const [a, b] = [await event('delay'), await event('plan')];
    const memo = await views.memo();
    memo.set(`event:${a.id}`, 'a');
    memo.set(`event:${b.id}`, 'b');
    expect((await views.memo()).get(`event:${a.id}`)).toBe('a');

    await db.event.update({ where: { id: a.id }, data: { reason: 'edited' } });
    expect(await forgotten(`event:${a.id}`)).toBe(true);
    expect((await views.memo()).get(`event:${b.id}`)).toBe('b');

    // A value read before the write was announced is not stored after it.
    const stale = await views.memo();
    await db.event.update({ where: { id: b.id }, data: { reason: 'edited' } });
    expect(await forgotten(`event:${b.id}`)).toBe(true);
    stale.set(`event:${b.id}`, 'read before the write');
    expect((await views.memo()).get(`event:${b.id}`)).toBeUndefined();
  });
});
