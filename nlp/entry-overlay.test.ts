import { EntryOverlay } from './entry-overlay.js';
import type { KbEntry } from './knowledge-base.js';

const entry = (id: string): KbEntry => ({ id, kind: 'model', name: id, aliases: [id] });

describe('EntryOverlay', () => {
  const base = new Map([
    ['a', entry('a')],
    ['b', entry('b')],
  ]);

  it('reads as a copy of the base with the additions set last', () => {
    const overlay = EntryOverlay.over(base);
    const fresh = entry('c');
    expect(overlay.entryFor(fresh)).toBe(fresh);
    expect(overlay.entryFor(entry('a'))).toBe(base.get('a'));
    const copy = new Map(base).set('c', fresh);
    expect([...overlay.keys()]).toEqual([...copy.keys()]);
    expect([...overlay.values()]).toEqual([...copy.values()]);
    expect(overlay.size).toBe(3);
    expect(overlay.has('c') && overlay.has('a') && !overlay.has('d')).toBe(true);
    expect(base.has('c')).toBe(false);
  });

  it('an overlay of an overlay copies the additions and leaves the first one alone', () => {
    const first = EntryOverlay.over(base);
    first.entryFor(entry('c'));
    const second = EntryOverlay.over(first);
    second.entryFor(entry('d'));
    expect([...second.keys()]).toEqual(['a', 'b', 'c', 'd']);
    expect([...first.keys()]).toEqual(['a', 'b', 'c']);
    expect(second.addedBeyond(base).map((e) => e.id)).toEqual(['c', 'd']);
    expect(second.addedBeyond(first).map((e) => e.id)).toEqual(['d']);
  });
});
