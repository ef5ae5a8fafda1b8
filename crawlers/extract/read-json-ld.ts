import type { CheerioAPI } from 'cheerio';

/** A JSON-LD node as found on the page: an object of unknown shape. */
export type JsonLdNode = Record<string, unknown>;

/** schema.org types that describe the article itself, best first. */
const ARTICLE_TYPES = [
  'newsarticle',
  'reportagenewsarticle',
  'analysisnewsarticle',
  'opinionnewsarticle',
  'backgroundnewsarticle',
  'reviewnewsarticle',
  'askpublicnewsarticle',
  'article',
  'blogposting',
  'liveblogposting',
  'socialmediaposting',
  'techarticle',
  'scholarlyarticle',
  'report',
  'creativework',
];

function isRecord(value: unknown): value is JsonLdNode {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The lower-cased schema.org types of a node (`@type` may be a string or a list). */
export function typesOf(node: JsonLdNode): string[] {
  const type = node['@type'];
  const list = Array.isArray(type) ? type : [type];
  return list
    .filter((t): t is string => typeof t === 'string')
    .map((t) => t.toLowerCase().replace(/^.*[/:]/, ''));
}

/** Parses JSON that publishers often break with raw newlines or tabs inside strings. */
function parseLenient(raw: string): unknown {
  const text = raw
    .trim()
    .replace(/^<!--/, '')
    .replace(/-->$/, '')
    .replace(/^\/\*.*?\*\//s, '');
  try {
    return JSON.parse(text) as unknown;
  } catch {
    try {
      // eslint-disable-next-line no-control-regex
      return JSON.parse(text.replace(/[\u0000-\u001f]+/g, ' ')) as unknown;
    } catch {
      return undefined;
    }
  }
}

/** Visits every object of a JSON-LD value, descending into arrays and `@graph`. */
function collect(value: unknown, out: JsonLdNode[], depth = 0): void {
  if (depth > 6) return;
  if (Array.isArray(value)) {
    for (const item of value) collect(item, out, depth + 1);
    return;
  }
  if (!isRecord(value)) return;
  out.push(value);
  if ('@graph' in value) collect(value['@graph'], out, depth + 1);
  const main = value.mainEntity ?? value.mainEntityOfPage;
  if (isRecord(main) && typesOf(main).some((t) => ARTICLE_TYPES.includes(t))) collect(main, out, depth + 1);
}

/** All JSON-LD objects on the page, flattened (arrays and `@graph` expanded). */
export function readJsonLd($: CheerioAPI): JsonLdNode[] {
  const nodes: JsonLdNode[] = [];
  $('script[type="application/ld+json" i]').each((_, el) => {
    collect(parseLenient($(el).text()), nodes);
  });
  return nodes;
}

/**
 * The node that describes the article: the first of the most specific article type, preferring
 * nodes that carry a headline. Null when the page has no article JSON-LD.
 */
export function findArticleNode(nodes: readonly JsonLdNode[]): JsonLdNode | null {
  let best: JsonLdNode | null = null;
  let bestRank = Number.POSITIVE_INFINITY;
  for (const node of nodes) {
    const types = typesOf(node);
    let rank = Math.min(...types.map((t) => ARTICLE_TYPES.indexOf(t)).filter((i) => i >= 0));
    if (!Number.isFinite(rank)) continue;
    if (typeof node.headline !== 'string') rank += ARTICLE_TYPES.length;
    if (rank < bestRank) {
      best = node;
      bestRank = rank;
    }
  }
  return best;
}

/** A string property of a node, or the first string in a list; null otherwise. */
export function stringProp(node: JsonLdNode | null, key: string): string | null {
  if (node === null) return null;
  const value = node[key];
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) {
    const first: unknown = value.find((v) => typeof v === 'string');
    return typeof first === 'string' ? first : null;
  }
  return null;
}

export { isRecord };
