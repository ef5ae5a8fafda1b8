/**
 * Family anaphors: a definite noun phrase headed by a family name ("The seventh-generation TPU ...",
 * "Der neue Ascend ...") right after a member of that family was named ("Google unveiled Ironwood")
 * refers to that member, so events told of the phrase belong to the member, not the whole family.
 */
import { familyIds } from '../discover-candidates.js';
import type { KnowledgeBase } from '../knowledge-base.js';
import type { Mention } from '../link-entities.js';
import type { Sentence } from '../sentences.js';

/** A definite article with up to two modifiers right before the family name. */
const DEFINITE_BEFORE = /(?:^|\s)(?:the|der|die|das|den|dem|des)\s+(?:[\p{L}\d.-]+\s+){0,2}$/u;
/** Modifiers that point to another member: an earlier, a later or a rival one. */
const OTHER_MEMBER =
  /\b(?:first|erst\w*|previous|prior|earlier|older|old|alt\w*|vorherig\w*|vorgänger\w*|next|nächst\w*|kommend\w*|future|künftig\w*|upcoming|other|ander\w*|rival\w*|competing|original\w*|ursprünglich\w*)\s/u;
/** A head noun after the family name makes the phrase the family itself ("the TPU family"). */
const FAMILY_HEAD_AFTER =
  /^[\s-]*(?:family|familie|line|lineup|linie|reihe|serie|series|roadmap|generations?|generationen|portfolio|range|ecosystem|ökosystem|chips|models|modelle)\b/u;
/** How many sentences back the member may have been named. */
const REACH = 2;

/**
 * Returns `mentions` with each family anaphor's entry replaced by the member named last in the same
 * or the previous {@link REACH} sentences; offsets and text stay. Mentions without such a member are
 * returned unchanged, so entity output (built from the linker's mentions) is not affected.
 */
export function resolveFamilyAnaphors(
  mentions: readonly Mention[],
  sentences: readonly Sentence[],
  kb: KnowledgeBase,
): Mention[] {
  const families = familyIds(kb);
  // in text order (as the linker gives them) the search back can stop where the reach ends
  const inOrder = mentions.every((m, i) => i === 0 || (mentions[i - 1]?.sentence ?? 0) <= m.sentence);
  return mentions.map((m, at) => {
    if (!families.has(m.entry.id) || !isDefiniteReference(m, sentences)) return m;
    for (let i = at - 1; i >= 0; i--) {
      const p = mentions[i];
      if (p === undefined) continue;
      if (m.sentence - p.sentence > REACH && inOrder) break;
      if (p.entry.family === m.entry.id && m.sentence - p.sentence <= REACH) return { ...m, entry: p.entry };
    }
    return m;
  });
}

function isDefiniteReference(m: Mention, sentences: readonly Sentence[]): boolean {
  const sentence = sentences[m.sentence];
  if (sentence === undefined) return false;
  const lower = sentence.text.toLowerCase();
  const from = m.start - sentence.start;
  const before = lower.slice(Math.max(0, from - 40), from);
  const definite = DEFINITE_BEFORE.exec(before);
  return (
    definite !== null &&
    !OTHER_MEMBER.test(before) &&
    !FAMILY_HEAD_AFTER.test(lower.slice(m.end - sentence.start, m.end - sentence.start + 20))
  );
}
