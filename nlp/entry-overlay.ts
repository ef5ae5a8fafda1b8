/** The knowledge base's id map with one article's discovered entries layered on top, without copying it. */
import type { KbEntry } from './knowledge-base.js';

/**
 * A knowledge base's entries by id with an article's discovered entries on top, read as one map in
 * the order a copy with the additions set last would have. Copying the 1,008 curated entries twice per
 * article, as the open-world names and the discovered candidates each extend the knowledge base, cost
 * about 0.5 % of the analysis.
 */
export class EntryOverlay implements ReadonlyMap<string, KbEntry> {
  private readonly added = new Map<string, KbEntry>();

  private constructor(private readonly base: ReadonlyMap<string, KbEntry>) {}

  /** An overlay on `byId` (on its base with a copy of its additions when it is an overlay itself). */
  static over(byId: ReadonlyMap<string, KbEntry>): EntryOverlay {
    if (!(byId instanceof EntryOverlay)) return new EntryOverlay(byId);
    const copy = new EntryOverlay(byId.base);
    for (const [id, entry] of byId.added) copy.added.set(id, entry);
    return copy;
  }

  /** The entry already known under `fresh.id`, else `fresh`, added. */
  entryFor(fresh: KbEntry): KbEntry {
    const known = this.get(fresh.id);
    if (known !== undefined) return known;
    this.added.set(fresh.id, fresh);
    return fresh;
  }

  /** The added entries that `byId` does not hold, in the order they were added. */
  addedBeyond(byId: ReadonlyMap<string, KbEntry>): KbEntry[] {
    return [...this.added.values()].filter((e) => !byId.has(e.id));
  }

  get size(): number {
    return this.base.size + this.added.size;
  }
  get(id: string): KbEntry | undefined {
    return this.base.get(id) ?? this.added.get(id);
  }
  has(id: string): boolean {
    return this.base.has(id) || this.added.has(id);
  }
  forEach(
    fn: (value: KbEntry, key: string, map: ReadonlyMap<string, KbEntry>) => void,
    self?: unknown,
  ): void {
    for (const [id, entry] of this) fn.call(self, entry, id, this);
  }
  *entries(): MapIterator<[string, KbEntry]> {
    yield* this.base.entries();
    yield* this.added.entries();
  }
  *keys(): MapIterator<string> {
    for (const [id] of this.entries()) yield id;
  }
  *values(): MapIterator<KbEntry> {
    for (const [, entry] of this.entries()) yield entry;
  }
  [Symbol.iterator](): MapIterator<[string, KbEntry]> {
    return this.entries();
  }
}
