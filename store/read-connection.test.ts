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

  it('keeps its memo until another connection commits, then starts over', async () => {
    conn.memo().set('k', 1);
    expect(conn.memo().get('k')).toBe(1);
    await store.db.source.create({
      data: { id: 's', name: 'S', language: 'de', category: 'tech', homepage: 'https://s.example/' },
    });
    expect(conn.memo().has('k')).toBe(false);
    expect(conn.get<{ id: string }>('SELECT id FROM Source WHERE id = @id', { id: 's' })?.id).toBe('s');
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
