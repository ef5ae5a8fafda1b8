import { defaultKnowledgeBase } from '../nlp/knowledge-base.js';
import type { Analysis } from '../nlp/types.js';
import { createTestDatabase, type TestDatabase } from '../test/helpers.js';
import { mergeEntities } from './entity-admin.js';
import {
  createKnowledgeBaseCache,
  entitySeedsOf,
  loadKnowledgeBase,
  syncEntities,
} from './knowledge-base-sync.js';

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

  it('fills a stored candidate from a later candidate report, says whether it wrote, and leaves merged ids alone', async () => {
    const zeta = { id: 'candidate-zeta-9', kind: 'model' as const, name: 'Zeta-9', candidate: true };
    expect(await syncEntities(store.db, [{ ...zeta, aliases: [] }])).toBe(true);
    expect(await syncEntities(store.db, [{ ...zeta, aliases: [] }])).toBe(false);
    expect(
      await syncEntities(store.db, [
        { ...zeta, aliases: ['Zeta 9'], developer: 'mistral-ai', family: 'mistral-3' },
      ]),
    ).toBe(true);
    const stored = await store.db.entity.findUniqueOrThrow({
      where: { id: 'candidate-zeta-9' },
      include: { aliases: true },
    });
    expect([stored.candidate, stored.developerId, stored.family]).toEqual([true, 'mistral-ai', 'mistral-3']);
    expect(stored.aliases.map((a) => a.alias).sort()).toEqual(['Zeta 9', 'Zeta-9']);

    await mergeEntities(store.db, 'candidate-zeta-9', 'mistral-3');
    expect(await syncEntities(store.db, [{ ...zeta, name: 'ZETA-9', aliases: ['Zeta Neun'] }])).toBe(false);
    expect(await store.db.entityAlias.count({ where: { entityId: 'candidate-zeta-9' } })).toBe(0);
  });

  it('extends the knowledge base with stored candidates, flagged, but not with merged ones', async () => {
    await syncEntities(store.db, [
      {
        id: 'candidate-zeta-9',
        kind: 'model',
        name: 'Zeta-9',
        aliases: [],
        developer: 'mistral-ai',
        candidate: true,
      },
      { id: 'candidate-zeta-x', kind: 'model', name: 'Zeta X', aliases: [], candidate: true },
    ]);
    await mergeEntities(store.db, 'candidate-zeta-x', 'mistral-3');
    const kb = await loadKnowledgeBase(store.db);
    expect(kb.byId.get('candidate-zeta-9')).toMatchObject({ candidate: true, developer: 'mistral-ai' });
    expect(kb.byId.has('candidate-zeta-x')).toBe(false);
    expect(kb.byId.get('mistral-3')?.aliases).toContain('Zeta X');
    expect(kb.entries).toHaveLength(defaultKnowledgeBase.entries.length + 1);
  });
});

describe('entitySeedsOf', () => {
  it('completes a discovered candidate with the developer and family its events relate', () => {
    const analysis: Analysis = {
      id: 'a',
      language: 'de',
      entities: [
        {
          id: 'mistral-ai',
          kind: 'organization',
          name: 'Mistral AI',
          aliases: [],
          mentions: 1,
          firstSentence: 's',
        },
        { id: 'mistral-3', kind: 'model', name: 'Mistral 3', aliases: [], mentions: 1, firstSentence: 's' },
        {
          id: 'candidate-zeta-9',
          kind: 'model',
          name: 'Zeta-9',
          aliases: [],
          mentions: 1,
          firstSentence: 's',
          candidate: true,
        },
      ],
      events: [
        {
          type: 'release',
          subject: { id: 'candidate-zeta-9', name: 'Zeta-9' },
          related: [
            { id: 'nvidia', name: 'Nvidia', role: 'developer' },
            { id: 'mistral-ai', name: 'Mistral AI', role: 'developer' },
            { id: 'mistral-3', name: 'Mistral 3', role: 'family' },
          ],
          date: null,
          reported: null,
          confidence: 0.8,
          evidence: 's',
        },
      ],
    };
    const seeds = entitySeedsOf(analysis);
    // Nvidia is not an entity of this article: only what the article names counts.
    expect(seeds[2]).toMatchObject({ id: 'candidate-zeta-9', developer: 'mistral-ai', family: 'mistral-3' });
    expect(seeds.slice(0, 2)).toEqual(analysis.entities.slice(0, 2));
  });
});

describe('createKnowledgeBaseCache', () => {
  it('loads once, shares a load in flight, reloads after invalidate and retries a failed load', async () => {
    let loads = 0;
    let fail = false;
    const cache = createKnowledgeBaseCache(() => {
      loads += 1;
      return fail ? Promise.reject(new Error('db down')) : Promise.resolve(defaultKnowledgeBase);
    });
    await Promise.all([cache.get(), cache.get()]);
    await cache.get();
    expect(loads).toBe(1);
    cache.invalidate();
    fail = true;
    await expect(cache.get()).rejects.toThrow('db down');
    fail = false;
    expect(await cache.get()).toBe(defaultKnowledgeBase);
    expect(loads).toBe(3);
  });
});
