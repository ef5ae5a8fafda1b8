import type { AnyNode, Element, Text } from './dom-types.js';
import {
  AD_LABEL,
  BOILERPLATE_LINE,
  BOILERPLATE_SUBSTRINGS,
  BOILERPLATE_TOKENS,
  EMBED_CONSENT_TEXT,
  CERTAIN_BOILERPLATE_TOKENS,
  INLINE_TAGS,
  PROMO_TEXT,
  REMOVED_TAGS,
} from './boilerplate-rules.js';
import { normalizeText } from './normalize-text.js';

/** A run of text that renders as one block (a paragraph, heading, list item or bare text in a div). */
interface Block {
  /** The element the text belongs to: the paragraph itself, or the div holding bare text. */
  owner: Element;
  tag: string;
  text: string;
  linkChars: number;
}

/** Tuning constants of the content scoring; see `scoreContainers`. */
const MIN_GOOD_BLOCK_CHARS = 40;
const MAX_GOOD_LINK_DENSITY = 0.33;
const BAD_TEXT_WEIGHT = 0.6;

const HEADING = /^h[1-6]$/;

/** The node's type as a plain string (the parser types it as an enum we do not import at runtime). */
function kindOf(node: AnyNode): string {
  return node.type;
}

function isText(node: AnyNode): node is Text {
  return kindOf(node) === 'text';
}

function isElement(node: AnyNode): node is Element {
  const kind = kindOf(node);
  return kind === 'tag' || kind === 'script' || kind === 'style';
}

/**
 * Class and id split into lower-case tokens: "articleBody ad-slot" -> article, body, ad, slot.
 * Utility classes with variants or arbitrary values ("print:hidden", "desktop:[.x_&]:mt-0") say how
 * something looks on some device, not what it is, so they are ignored.
 */
function hintTokens(el: Element): string[] {
  const classes = (el.attribs.class ?? '').split(/\s+/).filter((c) => c !== '' && !/[:[\]!]/.test(c));
  const raw = `${classes.join(' ')} ${el.attribs.id ?? ''}`;
  if (raw.trim() === '') return [];
  return raw
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9äöü]+/)
    .filter((t) => t !== '');
}

function looksHidden(el: Element): boolean {
  const a = el.attribs;
  if ('hidden' in a || a['aria-hidden'] === 'true') return true;
  const style = a.style;
  return style !== undefined && /display\s*:\s*none|visibility\s*:\s*hidden/i.test(style);
}

/** How sure a class or id is about boilerplate: 2 = certain (consent, comments), 1 = likely, 0 = no. */
function boilerplateStrength(el: Element): number {
  const role = el.attribs.role;
  if (role === 'dialog' || role === 'alertdialog') return 2;
  if (role === 'navigation' || role === 'complementary' || role === 'banner' || role === 'contentinfo')
    return 1;
  if ('itemprop' in el.attribs && /articlebody/i.test(el.attribs.itemprop)) return 0;
  const tokens = hintTokens(el);
  if (tokens.length === 0) return 0;
  if (tokens.some((t) => CERTAIN_BOILERPLATE_TOKENS.has(t))) return 2;
  if (tokens.some((t) => BOILERPLATE_TOKENS.has(t))) return 1;
  return BOILERPLATE_SUBSTRINGS.test(tokens.join('-')) ? 1 : 0;
}

const NO_TEXT_TAGS = new Set(['script', 'style', 'noscript', 'template', 'svg', 'head']);

/**
 * Characters of paragraph text (text inside `<p>`) below each element, recorded in `cache`.
 * Paragraph text, not all text, because scripts, JSON blobs and menus would otherwise decide which
 * wrapper "holds most of the page".
 */
function paragraphTextLength(node: AnyNode, inParagraph: boolean, cache: Map<AnyNode, number>): number {
  if (isText(node)) return inParagraph ? node.data.trim().length : 0;
  if (!isElement(node)) return 0;
  if (NO_TEXT_TAGS.has(node.name)) return 0;
  const inside = inParagraph || node.name === 'p';
  let sum = 0;
  for (const child of node.children) sum += paragraphTextLength(child, inside, cache);
  cache.set(node, sum);
  return sum;
}

/**
 * Drops what is never article text: scripts and media, navigation and asides, hidden elements, and
 * containers whose class or id names boilerplate (ads, cookie banners, share bars, comments,
 * newsletter boxes, related links). A container holding much of the page's paragraph text is kept
 * unless its name is unambiguous (consent, comments), since a wrapper like
 * `<div class="page with-sidebar">` says nothing about its content.
 */
function prune(root: Element): void {
  const lengths = new Map<AnyNode, number>();
  const total = paragraphTextLength(root, false, lengths);
  const visit = (el: Element): void => {
    // Paragraphs directly beside a child: then the child is a box set into the article text.
    const paragraphsHere = el.children.filter(
      (c) => isElement(c) && c.name === 'p' && (lengths.get(c) ?? 0) >= MIN_GOOD_BLOCK_CHARS,
    ).length;
    el.children = el.children.filter((child) => {
      const kind = kindOf(child);
      if (kind === 'comment' || kind === 'directive' || kind === 'cdata') return false;
      if (!isElement(child)) return true;
      const name = child.name;
      if (REMOVED_TAGS.has(name)) return false;
      if (looksHidden(child)) return false;
      if (name !== 'body' && name !== 'main' && name !== 'article') {
        const strength = boilerplateStrength(child);
        const share = (lengths.get(child) ?? 0) / Math.max(total, 1);
        if ((strength === 2 && share <= 0.6) || (strength === 1 && share <= 0.3)) return false;
        if (strength > 0 && paragraphsHere >= 2) return false;
      }
      visit(child);
      return true;
    });
  };
  visit(root);
}

/** Splits the pruned tree into text blocks in document order. */
function collectBlocks(root: Element): Block[] {
  const blocks: Block[] = [];
  const walk = (el: Element, inLinkAbove: boolean): void => {
    let parts: string[] = [];
    let linkChars = 0;
    const flush = (): void => {
      if (parts.length === 0) return;
      const text = normalizeText(parts.join(''));
      if (text !== '')
        blocks.push({ owner: el, tag: el.name, text, linkChars: Math.min(linkChars, text.length) });
      parts = [];
      linkChars = 0;
    };
    const inline = (node: AnyNode, inLink: boolean): void => {
      if (isText(node)) {
        parts.push(node.data);
        if (inLink) linkChars += node.data.trim().length;
        return;
      }
      if (!isElement(node)) return;
      if (node.name === 'br') {
        parts.push(' ');
        return;
      }
      const link = inLink || node.name === 'a';
      for (const child of node.children) {
        if (isElement(child) && !INLINE_TAGS.has(child.name)) {
          // A block inside an inline element (a div inside a link): it starts a block of its own.
          flush();
          walk(child, link);
        } else inline(child, link);
      }
    };
    for (const child of el.children) {
      if (isElement(child) && !INLINE_TAGS.has(child.name)) {
        flush();
        walk(child, inLinkAbove);
      } else inline(child, inLinkAbove);
    }
    flush();
  };
  walk(root, false);
  return blocks;
}

function linkDensity(block: Block): number {
  return block.text.length === 0 ? 1 : block.linkChars / block.text.length;
}

function isGood(block: Block): boolean {
  return (
    block.text.length >= MIN_GOOD_BLOCK_CHARS &&
    linkDensity(block) <= MAX_GOOD_LINK_DENSITY &&
    !HEADING.test(block.tag) &&
    !PROMO_TEXT.test(block.text) &&
    !EMBED_CONSENT_TEXT.test(block.text)
  );
}

/**
 * Picks the element whose subtree best separates article text from the rest: it maximises
 * good − w·bad, where good is the text of long, link-poor paragraphs below it and bad is all other
 * text (links, short fragments, promotions). Climbing from the body container to the page root adds
 * navigation and teasers (bad) faster than text, and a container too small misses paragraphs
 * (good), so the maximum sits on the article body. Ties go to the deeper element.
 */
function pickContainer(blocks: readonly Block[], root: Element, teasers: ReadonlySet<number>): Element {
  const score = new Map<Element, number>();
  for (const [index, block] of blocks.entries()) {
    const heading = HEADING.test(block.tag) && block.text.length < 200 && linkDensity(block) < 0.5;
    const delta =
      isGood(block) && !teasers.has(index)
        ? block.text.length
        : heading
          ? 0
          : -BAD_TEXT_WEIGHT * block.text.length;
    let node: Element | null = block.owner;
    while (node !== null) {
      score.set(node, (score.get(node) ?? 0) + delta);
      if (node === root) break;
      node = node.parent !== null && isElement(node.parent) ? node.parent : null;
    }
  }
  let best = root;
  let bestScore = Number.NEGATIVE_INFINITY;
  let bestDepth = -1;
  for (const [el, value] of score) {
    if (value < bestScore) continue;
    const depth = depthOf(el);
    if (value > bestScore || depth > bestDepth) {
      best = el;
      bestScore = value;
      bestDepth = depth;
    }
  }
  return best;
}

function depthOf(el: Element): number {
  let depth = 0;
  let node = el.parent;
  while (node !== null) {
    depth++;
    node = node.parent;
  }
  return depth;
}

function isInside(el: Element, container: Element): boolean {
  let node: Element | null = el;
  while (node !== null) {
    if (node === container) return true;
    node = node.parent !== null && isElement(node.parent) ? node.parent : null;
  }
  return false;
}

/**
 * Blocks that belong to teaser cards: small elements (2–6 blocks, at most 600 characters) that open
 * with a linked headline (a block of 20+ characters that is nearly all link) followed by a short
 * summary. That is how news pages present other articles (a river of cards, "more on this topic"),
 * and the summary alone looks like a paragraph: long, link-free. Article text never starts a small
 * wrapper with a link to another page's headline.
 */
function findTeaserBlocks(blocks: readonly Block[], root: Element): Set<number> {
  const ranges = new Map<Element, { first: number; last: number; chars: number }>();
  blocks.forEach((block, index) => {
    let node: Element | null = block.owner;
    while (node !== null && node !== root) {
      const range = ranges.get(node);
      if (range === undefined) ranges.set(node, { first: index, last: index, chars: block.text.length });
      else {
        range.last = index;
        range.chars += block.text.length;
      }
      node = node.parent !== null && isElement(node.parent) ? node.parent : null;
    }
  });
  const teasers = new Set<number>();
  for (const { first, last, chars } of ranges.values()) {
    const count = last - first + 1;
    if (count < 2 || count > 6 || chars > 600) continue;
    for (let i = first; i <= Math.min(first + 2, last - 1); i++) {
      const title = blocks[i];
      if (title === undefined) break;
      // An unlinked heading first: a section of this page (its own headline, a subhead), not a card.
      if (HEADING.test(title.tag) && linkDensity(title) < 0.5) break;
      if (title.text.length < 25 || linkDensity(title) < 0.95) continue;
      for (let j = i + 1; j <= last; j++) teasers.add(j);
      break;
    }
  }
  return teasers;
}

/** Whether a block is one of the paragraph-level kinds of boilerplate that live inside article bodies. */
function isBoilerplateBlock(block: Block, title: string): boolean {
  const text = block.text;
  if (HEADING.test(block.tag) && text === title) return true;
  if (linkDensity(block) > 0.5) return true;
  if (PROMO_TEXT.test(text) || EMBED_CONSENT_TEXT.test(text)) return true;
  if (text.length < 100 && BOILERPLATE_LINE.test(text)) return true;
  if (text.length < 80 && /^(?:von|by)\s+\p{Lu}/u.test(text)) return true;
  return false;
}

/**
 * The article's paragraphs in reading order, without boilerplate, ads and promotions. `root` is the
 * document's root element and is modified (pruned) in place. A page without article text gives [].
 */
export function extractBodyParagraphs(root: Element, title: string): string[] {
  prune(root);
  const blocks = collectBlocks(root);
  if (blocks.length === 0) return [];
  const teasers = findTeaserBlocks(blocks, root);
  const container = pickContainer(blocks, root, teasers);
  const paragraphs: string[] = [];
  const seen = new Set<string>();
  let afterAdLabel = false;
  for (const [index, block] of blocks.entries()) {
    if (!isInside(block.owner, container)) continue;
    if (teasers.has(index)) continue;
    if (block.tag === 'li' && !(block.text.length >= 100 && /[.!?:"“”«»]$/.test(block.text))) continue;
    if (AD_LABEL.test(block.text)) {
      afterAdLabel = true;
      continue;
    }
    if (afterAdLabel) {
      // Under an "Anzeige" label, short teaser lines and questions belong to the ad.
      if (block.text.length < 160 || /\?!?\s*$/.test(block.text)) continue;
      afterAdLabel = false;
    }
    if (isBoilerplateBlock(block, title)) continue;
    if (seen.has(block.text)) continue;
    seen.add(block.text);
    paragraphs.push(block.text);
  }
  const goodChars = paragraphs.reduce((sum, p) => sum + p.length, 0);
  return goodChars < 120 ? [] : paragraphs;
}
