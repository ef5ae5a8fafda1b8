import { defaultKnowledgeBase } from '../knowledge-base.js';
import { linkEntities, type Mention } from '../link-entities.js';
import { normalizeText } from '../normalize-text.js';
import { splitSentences, type Sentence } from '../sentences.js';

/** What a per-sentence name shape returns that tests compare. */
interface ShapeName {
  name: string;
  kind: string;
  strong: boolean;
}

/**
 * Test support: runs a per-sentence name shape (code-names, coordinated-names, appositive-names) over a
 * text the way product-names does, with each sentence's linked mentions, and returns its names.
 */
export function namesPerSentence(
  raw: string,
  shape: (s: Sentence, index: number, mentions: readonly Mention[]) => readonly ShapeName[],
): ShapeName[] {
  const text = normalizeText(raw);
  const sentences = splitSentences(text);
  const mentions = linkEntities(text, sentences, defaultKnowledgeBase);
  return sentences.flatMap((s, i) =>
    shape(
      s,
      i,
      mentions.filter((m) => m.sentence === i),
    ).map((n) => ({ name: n.name, kind: n.kind, strong: n.strong })),
  );
}
