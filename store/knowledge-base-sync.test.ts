import { createTestDatabase, type TestDatabase } from '../test/helpers.js';
import { syncEntities } from './knowledge-base-sync.js';

describe('syncEntities', () => {
  let store: TestDatabase;
  beforeEach(async () => {
    store = await createTestDatabase();
  });
  afterEach(async () => {
    await store.close();
  });

  it("never undoes an editor's rename and never blanks a family the input does not carry", async () => {
    await store.db.entity.update({
      where: { id: 'deepseek-r2' },
      data: { name: 'DeepSeek R2 (edited)', family: 'deepseek-r' },
    });
    await syncEntities(store.db, [
      { id: 'deepseek-r2', kind: 'model', name: 'DeepSeek-R2', aliases: ['R2'], developer: 'deepseek' },
    ]);
    const entity = await store.db.entity.findUniqueOrThrow({ where: { id: 'deepseek-r2' } });
    expect([entity.name, entity.family]).toEqual(['DeepSeek R2 (edited)', 'deepseek-r']);
  });

  it('creates what is missing, fills an empty developer, and promotes a candidate the curated list now has', async () => {
    await syncEntities(store.db, [
      { id: 'candidate-zeta-9', kind: 'model', name: 'Zeta-9', aliases: [], candidate: true },
    ]);
    await store.db.entity.update({ where: { id: 'alibaba-qwen3' }, data: { developerId: null } });
    await syncEntities(store.db, [
      { id: 'candidate-zeta-9', kind: 'model', name: 'Zeta 9', aliases: ['Zeta9'], developer: 'alibaba' },
      { id: 'alibaba-qwen3', kind: 'model', name: 'Qwen3', aliases: [], developer: 'alibaba' },
    ]);
    const zeta = await store.db.entity.findUniqueOrThrow({
      where: { id: 'candidate-zeta-9' },
      include: { aliases: true },
    });
    expect([zeta.candidate, zeta.name, zeta.developerId]).toEqual([false, 'Zeta 9', 'alibaba']);
    expect(zeta.aliases.map((a) => a.key).sort()).toEqual(['zeta 9', 'zeta-9', 'zeta9']);
    const qwen = await store.db.entity.findUniqueOrThrow({ where: { id: 'alibaba-qwen3' } });
    expect(qwen.developerId).toBe('alibaba');
  });

  it('does not let a candidate report overwrite a curated entity', async () => {
    await syncEntities(store.db, [
      { id: 'nvidia-h20', kind: 'chip', name: 'h20 thing', aliases: [], candidate: true },
    ]);
    const h20 = await store.db.entity.findUniqueOrThrow({ where: { id: 'nvidia-h20' } });
    expect([h20.candidate, h20.name]).toEqual([false, 'H20']);
  });
});
