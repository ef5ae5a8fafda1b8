import { createTestDatabase, type TestDatabase } from '../test/helpers.js';
import { asDate, list, Prisma, sqlOf } from './sql-runner.js';

describe('sql runner', () => {
  let store: TestDatabase;
  beforeAll(async () => {
    store = await createTestDatabase();
  });
  afterAll(async () => {
    await store.close();
  });

  it('runs inside the caller transaction: a rollback takes its writes back', async () => {
    const failed = store.db.$transaction(async (tx) => {
      await sqlOf(store.db, tx)
        .run(Prisma.sql`INSERT INTO "Entity" ("id", "kind", "name", "createdAt", "updatedAt")
        VALUES (${'rolled-back'}, ${'model'}, ${'Rolled Back'}, ${new Date()}, ${new Date()})`);
      throw new Error('abort');
    });
    await expect(failed).rejects.toThrow('abort');
    expect(await store.db.entity.findUnique({ where: { id: 'rolled-back' } })).toBeNull();
  });

  it('reads back what Prisma wrote: dates, booleans as 0/1 or true, IN lists', async () => {
    const at = new Date('2025-03-04T05:06:07.089Z');
    await store.db.entity.create({
      data: { id: 'runner-a', kind: 'chip', name: 'A', candidate: true, createdAt: at },
    });
    await store.db.entity.create({ data: { id: 'runner-b', kind: 'chip', name: 'B' } });
    const rows = await sqlOf(store.db).rows<{ id: string; candidate: unknown; createdAt: unknown }>(
      Prisma.sql`SELECT "id", "candidate", "createdAt" FROM "Entity" WHERE "id" IN (${list(['runner-a', 'runner-b'])})
        ORDER BY "id"`,
    );
    expect(rows.map((r) => [r.id, Boolean(r.candidate)])).toEqual([
      ['runner-a', true],
      ['runner-b', false],
    ]);
    expect(asDate(rows[0]?.createdAt).toISOString()).toBe(at.toISOString());
    // A date bound by the runner compares with one Prisma wrote.
    const later = await sqlOf(store.db).rows<{ id: string }>(
      Prisma.sql`SELECT "id" FROM "Entity" WHERE "id" = ${'runner-a'} AND "createdAt" >= ${at}`,
    );
    expect(later).toHaveLength(1);
  });
});
