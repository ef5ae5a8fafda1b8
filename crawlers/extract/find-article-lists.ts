import type { AnyNode, Element } from './dom-types.js';
import { isElement, isText, parentElement, type Block } from './text-blocks.js';

/** A list whose text is more than this share links is a link list (navigation, related articles). */
const MAX_LIST_LINK_DENSITY = 0.33;
/** The paragraph that introduces a list has at least this many characters. */
const MIN_INTRO_CHARS = 40;

/** The outermost `<ul>` or `<ol>` holding `el` below `container`, or null. */
export function enclosingList(el: Element, container: Element): Element | null {
  let found: Element | null = null;
  for (let node: Element | null = el; node !== null && node !== container; node = parentElement(node)) {
    if (node.name === 'ul' || node.name === 'ol') found = node;
  }
  return found;
}

/** The element right before `el`, skipping whitespace; null when text or nothing comes first. */
function previousElement(el: Element): Element | null {
  let node = el.prev;
  while (node !== null && !isElement(node)) {
    if (isText(node) && node.data.trim() !== '') return null;
    node = node.prev;
  }
  return node;
}

function textLength(node: AnyNode): number {
  if (isText(node)) return node.data.trim().length;
  if (!isElement(node)) return 0;
  let sum = 0;
  for (const child of node.children) sum += textLength(child);
  return sum;
}

/**
 * The lists of the article container that are article text: those a paragraph of the text leads
 * into directly ("Importiert werden hauptsächlich:" then the bullets) and that are not link lists.
 * Bullets carry facts (specifications, prices, dates), but lists that stand on their own inside an
 * article container are mostly highlights boxes, tag clouds, tables of contents and card grids.
 */
export function findArticleLists(blocks: readonly Block[], container: Element): Set<Element> {
  const sums = new Map<Element, { links: number; chars: number }>();
  for (const block of blocks) {
    const list = enclosingList(block.owner, container);
    if (list === null) continue;
    const sum = sums.get(list) ?? { links: 0, chars: 0 };
    sum.links += block.linkChars;
    sum.chars += block.text.length;
    sums.set(list, sum);
  }
  const kept = new Set<Element>();
  for (const [list, { links, chars }] of sums) {
    if (links / Math.max(chars, 1) > MAX_LIST_LINK_DENSITY) continue;
    const intro = previousElement(list);
    if (intro !== null && intro.name === 'p' && textLength(intro) >= MIN_INTRO_CHARS) kept.add(list);
  }
  return kept;
}
