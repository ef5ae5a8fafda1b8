import { createKnowledgeBase, extendKnowledgeBase, type StoredEntity } from './knowledge-base.js';

const base = createKnowledgeBase([
  { id: 'acme', kind: 'organization', name: 'Acme', aliases: ['Acme'] },
  {
    id: 'acme-bolt',
    kind: 'model',
    name: 'Bolt',
    aliases: ['Bolt', 'B1'],
    developer: 'acme',
    ambiguous: ['B1'],
  },
  { id: 'old-co', kind: 'organization', name: 'Old Co', aliases: ['Old Co'] },
  { id: 'old-chip', kind: 'chip', name: 'Old Chip', aliases: ['Old Chip'], developer: 'old-co' },
]);

const stored = (entity: Partial<StoredEntity> & Pick<StoredEntity, 'id'>): StoredEntity => ({
  kind: 'model',
  name: entity.id,
  developerId: null,
  family: null,
  mergedIntoId: null,
  aliases: [],
  ...entity,
});

describe('extendKnowledgeBase', () => {
  it("adds editors' aliases and entities, keeps curated rules, and follows merges", () => {
    const kb = extendKnowledgeBase(base, [
      stored({ id: 'acme-bolt', aliases: ['Bolt', 'b1', 'Blitz'] }),
      stored({ id: 'acme', kind: 'organization', aliases: ['Acme', 'Old Co'] }),
      stored({ id: 'old-co', kind: 'organization', mergedIntoId: 'acme' }),
      stored({ id: 'new-model', name: 'Nova', aliases: ['Nova', 'Nova 2'], developerId: 'old-co' }),
      stored({ id: 'weird', kind: 'spaceship' }),
    ]);
    const bolt = kb.byId.get('acme-bolt');
    // A stored alias spelt like a curated one in another case adds nothing; the curated ambiguity stays.
    expect(bolt?.aliases).toEqual(['Bolt', 'B1', 'Blitz']);
    expect(bolt?.ambiguous).toEqual(['B1']);
    expect(kb.byId.has('old-co')).toBe(false);
    expect(kb.byId.get('acme')?.aliases).toEqual(['Acme', 'Old Co']);
    // References to a merged entity point at its target.
    expect(kb.byId.get('old-chip')?.developer).toBe('acme');
    expect(kb.byId.get('new-model')).toEqual({
      id: 'new-model',
      kind: 'model',
      name: 'Nova',
      aliases: ['Nova', 'Nova 2'],
      developer: 'acme',
    });
    expect(kb.byId.has('weird')).toBe(false);
    // The curated base is left as it was.
    expect(base.byId.get('acme-bolt')?.aliases).toEqual(['Bolt', 'B1']);
    expect(base.byId.has('old-co')).toBe(true);
  });

  it('adds stored candidates flagged as such, with their developer and family; merged ones leave', () => {
    const kb = extendKnowledgeBase(base, [
      stored({
        id: 'candidate-bolt-2',
        name: 'Bolt 2',
        aliases: ['Bolt 2', 'Bolt-2'],
        developerId: 'acme',
        family: 'acme-bolt',
        candidate: true,
      }),
      stored({ id: 'candidate-bolt-x', name: 'Bolt X', candidate: true, mergedIntoId: 'acme-bolt' }),
    ]);
    expect(kb.byId.get('candidate-bolt-2')).toEqual({
      id: 'candidate-bolt-2',
      kind: 'model',
      name: 'Bolt 2',
      aliases: ['Bolt 2', 'Bolt-2'],
      developer: 'acme',
      family: 'acme-bolt',
      candidate: true,
    });
    expect(kb.byId.has('candidate-bolt-x')).toBe(false);
    expect(kb.byId.get('acme')?.candidate).toBeUndefined();
  });

  it('is the curated knowledge base when nothing was stored', () => {
    expect(extendKnowledgeBase(base, []).entries).toEqual(base.entries);
  });
});
