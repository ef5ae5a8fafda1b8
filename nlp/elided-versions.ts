/**
 * Versions named by their number alone in a list after a named one: "der Ascend 950 (2026), 960
 * (2027) und 970 (2028)", "Qwen2.5 und 3", "GPT-4 and 5.". News lists a product line this way; each
 * bare number that, with the prefix of the name before it, makes a known name is that entry's mention.
 */
import type { KnowledgeBase } from './knowledge-base.js';
import type { Mention } from './link-entities.js';
import { productNamed } from './version-of-family.js';

/** A name's prefix and its trailing version ("Ascend " + "950", "GPT-" + "4", "Qwen" + "2.5"). */
const TRAILING_VERSION = /^(.*?[^\d.])(\d+(?:\.\d+)?[A-Za-z]{0,3})$/u;
/**
 * The next list item when it is a bare version, after an optional bracket or year of the item before
 * ("(2026)", "in 2026") and a joiner, a succession included ("Ascend 950 in 2026, followed by 960 in 2027").
 */
const NEXT_VERSION =
  /^(?:\s*\([^()]{1,24}\))?(?:\s+(?:in|im|for|für|by|bis|ab)\s+(?:(?:early|mid|late|anfang|mitte|ende)\s+)?(?:19|20)\d\d)?\s*(?:,?\s*(?:followed by|gefolgt von)|,|und|and|sowie|oder|or|bzw\.|&|\/)\s*(?:(?:der|die|das|den|dem|the)\s+)?(\d+(?:\.\d+)?[A-Za-z]{0,3})(?![\p{L}\p{N}-]|\.\d)/u;
/** A short number stands as a version only where the list item ends ("GPT-4 and 5." but not "and 5 other models"). */
const ITEM_END = /^\s*(?:[(),;:.]|und\b|and\b|sowie\b|$)/u;
/** Items of one list looked at, at most. */
const MAX_ITEMS = 6;

function elidedAfter(text: string, m: Mention, kb: KnowledgeBase, taken: (s: number) => boolean): Mention[] {
  const head = TRAILING_VERSION.exec(m.text);
  if (m.entry.kind === 'organization' || head?.[1] === undefined) return [];
  const out: Mention[] = [];
  let at = m.end;
  for (let i = 0; i < MAX_ITEMS; i++) {
    const next = NEXT_VERSION.exec(text.slice(at, at + 60));
    const version = next?.[1];
    if (next === null || version === undefined) break;
    const start = at + next[0].length - version.length;
    const end = start + version.length;
    if (version.length < 3 && !ITEM_END.test(text.slice(end, end + 8))) break;
    const entry = productNamed(kb, head[1] + version);
    if (entry?.kind !== m.entry.kind) break;
    if (!taken(start)) out.push({ entry, text: version, start, end, sentence: m.sentence });
    at = end;
  }
  return out;
}

/**
 * The mentions with the versions that lists name by their number alone added, in text order.
 * `text` is the text the mentions' offsets point into.
 */
export function withElidedVersions(text: string, mentions: readonly Mention[], kb: KnowledgeBase): Mention[] {
  const taken = (start: number): boolean => mentions.some((m) => m.start <= start && start < m.end);
  const added = mentions.flatMap((m) => elidedAfter(text, m, kb, taken));
  if (added.length === 0) return [...mentions];
  return [...mentions, ...added].sort((a, b) => a.start - b.start);
}
