/**
 * The page builds every element through these helpers. Text goes in as text nodes only, never as
 * markup, so nothing an article or a user wrote can become HTML; there is deliberately no helper that
 * takes HTML.
 */

/** A child: an element, a text (becomes a text node), or nothing. */
export type Child = Node | string | number | null | undefined | false;

/** Attributes set with setAttribute; `false`, null and undefined leave the attribute out. */
export type Attributes = Record<string, string | number | boolean | null | undefined>;

function setAttributes(element: Element, attributes: Attributes): void {
  for (const [name, value] of Object.entries(attributes)) {
    if (value === false || value === null || value === undefined) continue;
    element.setAttribute(name, value === true ? '' : String(value));
  }
}

function append(parent: Node, children: readonly Child[]): void {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    parent.appendChild(typeof child === 'object' ? child : document.createTextNode(String(child)));
  }
}

/** An HTML element with attributes and children. */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Attributes = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  setAttributes(element, attributes);
  append(element, children);
  return element;
}

const SVG_NS = 'http://www.w3.org/2000/svg';

/** An SVG element with attributes and children (for the timeline chart). */
export function s<K extends keyof SVGElementTagNameMap>(
  tag: K,
  attributes: Attributes = {},
  ...children: Child[]
): SVGElementTagNameMap[K] {
  const element = document.createElementNS(SVG_NS, tag);
  setAttributes(element, attributes);
  append(element, children);
  return element;
}

/** Replaces everything inside `parent` with `children`. */
export function replaceChildren(parent: Element, ...children: Child[]): void {
  parent.replaceChildren();
  append(parent, children);
}

/** A link to an outside page (an article): opens in a new tab without giving that page a handle on ours. */
export function externalLink(href: string, ...children: Child[]): HTMLAnchorElement {
  const safe = /^https?:\/\//i.test(href) ? href : '#';
  return h('a', { href: safe, target: '_blank', rel: 'noopener noreferrer' }, ...children);
}

/** The text a form holds under `name` ('' when absent or a file). */
export function formText(form: HTMLFormElement, name: string): string {
  const value = new FormData(form).get(name);
  return typeof value === 'string' ? value : '';
}
