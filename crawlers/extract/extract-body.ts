import { AD_LABEL, ADVERTISER_LABEL, PROMOTION_PHRASE } from '../../nlp/lexicon/promotion-phrases.js';
import {
  BOILERPLATE_LINE,
  BOILERPLATE_SUBSTRINGS,
  BOILERPLATE_TOKENS,
  EMBED_CONSENT_TEXT,
  CERTAIN_BOILERPLATE_TOKENS,
  REMOVED_TAGS,
} from './boilerplate-rules.js';
import type { AnyNode, Element } from './dom-types.js';
import { enclosingList, findArticleLists } from './find-article-lists.js';
import { findTeaserBlocks } from './find-teaser-cards.js';
import {
  collectBlocks,
  HEADING,
  isElement,
  isText,
  kindOf,
  linkDensity,
  parentElement,
  type Block,
} from './text-blocks.js';

/** Tuning constants of the content scoring; see `pickContainer`. */
const MIN_GOOD_BLOCK_CHARS = 40;
const MAX_GOOD_LINK_DENSITY = 0.33;
const BAD_TEXT_WEIGHT = 0.6;

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
 * `<div class="page with-sidebar">` says nothing about its content; but a boilerplate-named box set
 * among paragraphs (a fact box, an embedded post between two paragraphs of the text) is an inset,
 * not a wrapper, and goes whatever its size.
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

function isGood(block: Block): boolean {
  return (
    block.text.length >= MIN_GOOD_BLOCK_CHARS &&
    linkDensity(block) <= MAX_GOOD_LINK_DENSITY &&
    !HEADING.test(block.tag) &&
    !PROMOTION_PHRASE.test(block.text) &&
    !EMBED_CONSENT_TEXT.test(block.text)
  );
}

/**
 * Picks the element whose subtree best separates article text from the rest: it maximises
 * good − w·bad, where good is the text of long, link-poor paragraphs below it and bad is all other
 * text (links, short fragments, promotions). Climbing from the body container to the page root adds
 * navigation and teasers (bad) faster than text, and a container too small misses paragraphs
 * (good), so the maximum sits on the article body. Ties go to the deeper element. Summaries in
 * teaser cards count as bad even though they look like paragraphs, so a river of cards below the
 * story pulls the choice down to the story rather than up to the wrapper of both.
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
      node = parentElement(node);
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

function looksLikeSentence(text: string): boolean {
  return text.length >= 100 && /[.!?:"“”«»]$/.test(text);
}

function isInside(el: Element, container: Element): boolean {
  let node: Element | null = el;
  while (node !== null) {
    if (node === container) return true;
    node = parentElement(node);
  }
  return false;
}

/** Whether a block is one of the paragraph-level kinds of boilerplate that live inside article bodies. */
function isBoilerplateBlock(block: Block, title: string): boolean {
  const text = block.text;
  if (HEADING.test(block.tag) && text === title) return true;
  if (linkDensity(block) > 0.5) return true;
  if (PROMOTION_PHRASE.test(text) || EMBED_CONSENT_TEXT.test(text)) return true;
  if (text.length < 100 && BOILERPLATE_LINE.test(text)) return true;
  if (text.length < 80 && /^(?:von|by)\s+\p{Lu}/u.test(text)) return true;
  return false;
}

/**
 * The article's paragraphs in reading order, without boilerplate, ads, promotions and teaser cards;
 * bullet lists only where the article's text introduces them (each item one paragraph). `root` is
 * the document's root element and is modified (pruned) in place. A page without article text
 * gives [].
 */
export function extractBodyParagraphs(root: Element, title: string): string[] {
  prune(root);
  const blocks = collectBlocks(root);
  if (blocks.length === 0) return [];
  const teasers = findTeaserBlocks(blocks, root);
  const container = pickContainer(blocks, root, teasers);
  const inside = blocks.filter((block) => isInside(block.owner, container));
  const articleLists = findArticleLists(inside, container);
  const paragraphs: string[] = [];
  const seen = new Set<string>();
  let afterAdLabel = false;
  for (const [index, block] of blocks.entries()) {
    if (teasers.has(index) || !isInside(block.owner, container)) continue;
    // List text only where the article's own text leads into the list (see findArticleLists); a
    // list item outside any <ul>/<ol> only when it reads as a full sentence.
    const list = enclosingList(block.owner, container);
    if (list !== null ? !articleLists.has(list) : block.tag === 'li' && !looksLikeSentence(block.text))
      continue;
    if (AD_LABEL.test(block.text) || ADVERTISER_LABEL.test(block.text)) {
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
