import { normalizeSpacing } from '../../nlp/normalize-text.js';
import { INLINE_TAGS } from './boilerplate-rules.js';
import type { AnyNode, Element, Text } from './dom-types.js';

/** A run of text that renders as one block (a paragraph, heading, list item or bare text in a div). */
export interface Block {
  /** The element the text belongs to: the paragraph itself, or the div holding bare text. */
  owner: Element;
  tag: string;
  text: string;
  /** Characters of `text` inside links. */
  linkChars: number;
}

/** Heading tag names. */
export const HEADING = /^h[1-6]$/;

/** The node's type as a plain string (the parser types it as an enum we do not import at runtime). */
export function kindOf(node: AnyNode): string {
  return node.type;
}

/** Whether a node is a text node. */
export function isText(node: AnyNode): node is Text {
  return kindOf(node) === 'text';
}

/** Whether a node is an element (a tag, script or style). */
export function isElement(node: AnyNode): node is Element {
  const kind = kindOf(node);
  return kind === 'tag' || kind === 'script' || kind === 'style';
}

/** The element's parent element, or null at the top of the tree. */
export function parentElement(el: Element): Element | null {
  return el.parent !== null && isElement(el.parent) ? el.parent : null;
}

/** Share of a block's characters inside links (1 for an empty block). */
export function linkDensity(block: Block): number {
  return block.text.length === 0 ? 1 : block.linkChars / block.text.length;
}

/**
 * Splits a (pruned) tree into text blocks in document order: every non-inline element starts a new
 * block, and inline elements (links, emphasis, spans) flow into the block around them.
 */
export function collectBlocks(root: Element): Block[] {
  const blocks: Block[] = [];
  const walk = (el: Element, inLinkAbove: boolean): void => {
    let parts: string[] = [];
    let linkChars = 0;
    const flush = (): void => {
      if (parts.length === 0) return;
      const text = normalizeSpacing(parts.join(''));
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
