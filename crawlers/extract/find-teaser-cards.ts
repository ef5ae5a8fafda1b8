import type { Element } from './dom-types.js';
import { HEADING, linkDensity, parentElement, type Block } from './text-blocks.js';

/** A card holds 2 to this many blocks... */
const MAX_CARD_BLOCKS = 6;
/** ...and at most this many characters. */
const MAX_CARD_CHARS = 600;
/** The linked headline that opens a card is at least this long and (nearly) all link. */
const MIN_HEADLINE_CHARS = 25;
const MIN_HEADLINE_LINK_DENSITY = 0.95;

/**
 * Indexes of the blocks that belong to teaser cards: small elements (2 to 6 blocks, at most 600
 * characters) that open, within their first three blocks, with a linked headline (25+ characters,
 * all link) and go on with a summary. That is how news pages show other articles (a river of cards,
 * "more on this topic"), and the summary alone looks like article text: long and free of links.
 * An unlinked heading before the link means a section of the page itself (its own headline, a
 * subhead), so no card. The headline block itself is not returned; it is link text anyway.
 */
export function findTeaserBlocks(blocks: readonly Block[], root: Element): Set<number> {
  const ranges = new Map<Element, { first: number; last: number; chars: number }>();
  blocks.forEach((block, index) => {
    // The blocks below an element are contiguous in document order: a range says it all.
    for (let node: Element | null = block.owner; node !== null && node !== root; node = parentElement(node)) {
      const range = ranges.get(node);
      if (range === undefined) ranges.set(node, { first: index, last: index, chars: block.text.length });
      else {
        range.last = index;
        range.chars += block.text.length;
      }
    }
  });
  const teasers = new Set<number>();
  for (const { first, last, chars } of ranges.values()) {
    const count = last - first + 1;
    if (count < 2 || count > MAX_CARD_BLOCKS || chars > MAX_CARD_CHARS) continue;
    for (let i = first; i <= Math.min(first + 2, last - 1); i++) {
      const title = blocks[i];
      if (title === undefined) break;
      if (HEADING.test(title.tag) && linkDensity(title) < 0.5) break;
      if (title.text.length < MIN_HEADLINE_CHARS || linkDensity(title) < MIN_HEADLINE_LINK_DENSITY) continue;
      for (let j = i + 1; j <= last; j++) teasers.add(j);
      break;
    }
  }
  return teasers;
}
