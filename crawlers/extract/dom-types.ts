import type { CheerioAPI } from 'cheerio';

/**
 * The parsed-tree node types, derived from cheerio's own signatures so the extractor needs no
 * import from `domhandler` (cheerio's internal dependency, not one of ours). cheerio 1.2 does not
 * re-export these types; when a later version does, this file becomes a plain re-export.
 */
type DocumentNode = ReturnType<CheerioAPI['root']>[number];

/** Any node a document's children can be: element, text, comment, processing instruction, CDATA. */
export type ChildNode = DocumentNode['children'][number];

/** Any node of the tree, the document included. */
export type AnyNode = ChildNode | DocumentNode;

/** An element node (tag, script or style): the only kind with a name and attributes. */
export type Element = Extract<ChildNode, { attribs: Record<string, string> }>;

/** A text node (DOM nodeType 3). */
export type Text = Extract<ChildNode, { nodeType: 3 }>;
