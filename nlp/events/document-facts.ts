/** What event extraction knows about one whole text before reading it sentence by sentence. */
import { resolveFamilyAnaphors } from './family-anaphors.js';
import { familyIds, variantNameAfter } from '../discover-candidates.js';
import { CHIP_MAKERS } from '../kb-index.js';
import type { KnowledgeBase } from '../knowledge-base.js';
import { mentionsBySentence, type Mention } from '../link-entities.js';
import type { Sentence } from '../sentences.js';
import type { FoundEntity } from '../types.js';

/** Everything event extraction needs about one analysed text. */
export interface EventContext {
  sentences: readonly Sentence[];
  /** In text order (by start), as the linker and analyze() give them: the look-ups below rely on it. */
  mentions: readonly Mention[];
  kb: KnowledgeBase;
  /** Sentence indices to ignore (ads, promotion teasers). */
  skip: ReadonlySet<number>;
  published: Date | null;
  /** `published` as YYYY-MM-DD, or null. */
  reported: string | null;
  /** Discovered candidate entities (unknown model names), usable as subjects of hardware switches. */
  candidates?: readonly FoundEntity[];
}

/**
 * The read-only facts of one text, computed once: the input plus the lookups every extractor
 * needs. Nothing here changes while the text is read; what does lives in the discourse state.
 */
export interface DocumentFacts {
  readonly sentences: readonly Sentence[];
  readonly mentions: readonly Mention[];
  readonly kb: KnowledgeBase;
  readonly skip: ReadonlySet<number>;
  readonly published: Date | null;
  readonly reported: string | null;
  readonly candidates: readonly FoundEntity[];
  /** Ids of organizations that make chips: their names can stand for their platforms. */
  readonly chipMakers: ReadonlySet<string>;
  /** The mentions of one sentence, in text order. */
  mentionsIn(sentence: number): readonly Mention[];
  /** The mentions of one entity, in text order (empty when it is not named). */
  mentionsOf(entityId: string): readonly Mention[];
  /**
   * The last mention that starts before `position` and `matches`, searched backwards from there without
   * copying the text's mentions (a copy per trigger made long texts quadratic). The search still walks
   * back to the text's start when nothing matches.
   */
  lastMentionBefore(position: number, matches: (m: Mention) => boolean): Mention | undefined;
  /**
   * The discovered variant named right after a family mention ("Claude Opus 4.1" after the family
   * "Claude Opus"), which is the event's real subject; undefined when there is none.
   */
  variantOf(m: Mention): { id: string; name: string } | undefined;
}

/** Builds the document facts of one text. */
export function readDocument(ctx: EventContext): DocumentFacts {
  const { sentences, kb } = ctx;
  const candidates = ctx.candidates ?? [];
  const mentions = resolveFamilyAnaphors(ctx.mentions, sentences, kb);
  const bySentence = mentionsBySentence(mentions);
  const byEntity = new Map<string, Mention[]>();
  for (const m of mentions) {
    const list = byEntity.get(m.entry.id);
    if (list === undefined) byEntity.set(m.entry.id, [m]);
    else list.push(m);
  }
  const families = familyIds(kb);
  const chipMakers = CHIP_MAKERS.of(kb);
  return {
    sentences,
    mentions,
    kb,
    skip: ctx.skip,
    published: ctx.published,
    reported: ctx.reported,
    candidates,
    chipMakers,
    mentionsIn: (sentence) => bySentence.get(sentence) ?? [],
    mentionsOf: (entityId) => byEntity.get(entityId) ?? [],
    lastMentionBefore: (position, matches) => {
      for (let i = firstAtOrAfter(mentions, position) - 1; i >= 0; i -= 1) {
        const m = mentions[i];
        if (m !== undefined && matches(m)) return m;
      }
      return undefined;
    },
    variantOf: (m) => {
      const sentence = sentences[m.sentence];
      const name = sentence === undefined ? null : variantNameAfter(sentence, m, families);
      const c = name === null ? undefined : candidates.find((x) => x.name === name);
      return c === undefined ? undefined : { id: c.id, name: c.name };
    },
  };
}

/**
 * The index of the first of `mentions` (sorted by start) that starts at or after `position`, found by
 * halving; equally the number of mentions that start before it.
 */
export function firstAtOrAfter(mentions: readonly { start: number }[], position: number): number {
  let lo = 0;
  let hi = mentions.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((mentions[mid]?.start ?? Infinity) < position) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
