import { createTestDatabase, type TestDatabase } from '../test/helpers.js';
import { databaseFileOf } from './database.js';
import { isoFromDb, isoToDb, openReadConnection, type ReadConnection } from './read-connection.js';

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

  it('compares dates in the form Prisma stores them', () => {
    const date = new Date('2025-08-14T08:15:00.000Z');
    expect(isoToDb(date)).toBe('2025-08-14T08:15:00.000+00:00');
    expect(isoFromDb(isoToDb(date))).toBe(date.toISOString());
  });
});
