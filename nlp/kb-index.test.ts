import { CHIP_MAKERS, FAMILY_IDS, KbIndex } from './kb-index.js';
import {
  createKnowledgeBase,
  defaultKnowledgeBase,
  type KbEntry,
  type KnowledgeBase,
} from './knowledge-base.js';

/** The sets a walk over all entries finds, to compare the cached and extended ones with. */
const walked = (kb: KnowledgeBase): [Set<string>, Set<string>] => [
  new Set(kb.entries.flatMap((e) => (e.family === undefined ? [] : [e.family]))),
  new Set(kb.entries.flatMap((e) => (e.kind === 'chip' && e.developer !== undefined ? [e.developer] : []))),
];

describe('KbIndex', () => {
  it('finds on the default knowledge base what a walk over its entries finds, once', () => {
    const [families, makers] = walked(defaultKnowledgeBase);
    expect(new Set(FAMILY_IDS.of(defaultKnowledgeBase))).toEqual(families);
    expect(new Set(CHIP_MAKERS.of(defaultKnowledgeBase))).toEqual(makers);
    expect(makers.has('nvidia') && families.size > 5).toBe(true);
    expect(FAMILY_IDS.of(defaultKnowledgeBase)).toBe(FAMILY_IDS.of(defaultKnowledgeBase));
  });

  it('an extension adds the new entries to its base sets and leaves the base alone', () => {
    const base = createKnowledgeBase([
      { id: 'lumen', kind: 'organization', name: 'Lumen', aliases: ['Lumen'] },
      { id: 'vesta', kind: 'model', name: 'Vesta', aliases: ['Vesta'], developer: 'lumen' },
    ]);
    FAMILY_IDS.of(base);
    const added: KbEntry[] = [
      { id: 'vesta-2', kind: 'model', name: 'Vesta 2', aliases: ['Vesta 2'], family: 'vesta' },
      { id: 'orbit-1', kind: 'chip', name: 'Orbit 1', aliases: ['Orbit 1'], developer: 'lumen' },
    ];
    const entries = [...base.entries, ...added];
    const extended: KnowledgeBase = { entries, byId: new Map(entries.map((e) => [e.id, e])) };
    KbIndex.extendAll(base, extended, added);
    expect([...FAMILY_IDS.of(extended)]).toEqual(['vesta']);
    expect([...CHIP_MAKERS.of(extended)]).toEqual(['lumen']);
    expect(FAMILY_IDS.of(base).size + CHIP_MAKERS.of(base).size).toBe(0);
    expect([FAMILY_IDS.of(extended), CHIP_MAKERS.of(extended)].map((s) => new Set(s))).toEqual(
      walked(extended),
    );
  });
});
