import type { MatchSyntax } from './query-plan.js';

/**
 * PostgreSQL's side of the query planner (query-plan.ts): the planned query as a tree, then as a tsquery
 * over the search vector of migration 20261217000000_search_postgres, where every analyzer token is one
 * lexeme. Every lexeme is quoted here and the tsquery text is bound as a parameter (`CAST(@query AS
 * tsquery)`, never `to_tsquery`, which would parse and normalise the words again), so nothing the analyst
 * typed reaches PostgreSQL as SQL or tsquery syntax. Pure.
 */
export type TsNode =
  | { kind: 'term'; tokens: readonly string[]; prefix: boolean }
  | { kind: 'any' | 'all'; items: readonly TsNode[] }
  | { kind: 'but'; base: TsNode; excluded: readonly TsNode[] }
  | { kind: 'near'; phrases: readonly (readonly string[])[]; distance: number };

function group(kind: 'any' | 'all', items: readonly TsNode[]): TsNode {
  const [only] = items;
  return items.length === 1 && only ? only : { kind, items };
}

/** The planner's choices as a {@link TsNode} tree. */
export const TSQUERY_SYNTAX: MatchSyntax<TsNode> = {
  term: (tokens, prefix) => ({ kind: 'term', tokens, prefix }),
  any: (parts) => group('any', parts),
  all: (parts) => group('all', parts),
  allBut: (base, excluded) => ({ kind: 'but', base, excluded }),
  near: (phrases, distance) => ({ kind: 'near', phrases, distance }),
};

/** A lexeme in tsquery (and tsvector) input syntax: single-quoted, quotes doubled, backslashes escaped. */
export function tsLexeme(token: string): string {
  return `'${token.replace(/\\/g, '\\\\').replace(/'/g, "''")}'`;
}

/** A phrase as tsquery; `loose`: its lexemes anywhere (`&`), as the GIN index reads it, without positions. */
function phrase(tokens: readonly string[], prefix = false, loose = false): string {
  const lexemes = tokens.map((token, i) =>
    prefix && i === tokens.length - 1 ? `${tsLexeme(token)}:*` : tsLexeme(token),
  );
  return lexemes.length === 1 ? (lexemes[0] ?? '') : `( ${lexemes.join(loose ? ' & ' : ' <-> ')} )`;
}

type NearNode = Extract<TsNode, { kind: 'near' }>;

/**
 * Whether tsquery states a NEAR group exactly: two phrases without a token in common. Such phrases cannot
 * overlap (one token per position), so NEAR/n is "the second starts 1 to n+1 positions after the first
 * ends, in either order", which {@link nearAlternatives} writes with tsquery's `<k>`. Three or more
 * phrases (the orders multiply) or phrases sharing a token (overlaps count for FTS5) are checked on
 * positions instead ({@link exactCheck}).
 */
export function nearIsExact(node: NearNode): boolean {
  const [first, second, ...rest] = node.phrases;
  if (!first || !second || rest.length > 0) return false;
  return !first.some((token) => second.includes(token));
}

/** NEAR/n of two phrases as tsquery: `A <1> B | … | A <n+1> B | B <1> A | … | B <n+1> A`. */
function nearAlternatives(first: readonly string[], second: readonly string[], distance: number): string {
  const a = phrase(first);
  const b = phrase(second);
  const alternatives: string[] = [];
  for (let k = 1; k <= distance + 1; k++) alternatives.push(`${a} <${k}> ${b}`, `${b} <${k}> ${a}`);
  return `( ${alternatives.join(' | ')} )`;
}

/**
 * Whether the tree holds a NEAR group tsquery cannot state exactly (see {@link nearIsExact}): then the
 * tsquery alone is a superset and {@link exactCheck} must narrow it.
 */
export function needsNearCheck(node: TsNode): boolean {
  switch (node.kind) {
    case 'term':
      return false;
    case 'near':
      return !nearIsExact(node);
    case 'but':
      return needsNearCheck(node.base) || node.excluded.some(needsNearCheck);
    default:
      return node.items.some(needsNearCheck);
  }
}

/**
 * The tsquery text of a tree. `exact` (the default) is exact for every tree without a NEAR group of three
 * or more phrases, or of phrases sharing a token: such a group becomes all its phrases (tsquery's `<N>`
 * states one distance in one order, NEAR any distance up to N in any order), and an exclusion holding one
 * is left out: a superset of the matches, which {@link exactCheck} narrows. `coarse` writes every NEAR
 * group that way: a superset ts_rank_cd scores cheaply (a NEAR group stated exactly is 2(n+1) phrase
 * alternatives). `lexemes` drops positions too (phrases as `&`, exclusions of phrases left out): the
 * superset the GIN index answers without reading a document.
 */
export type TsqueryForm = 'exact' | 'coarse' | 'lexemes';

export function toTsquery(node: TsNode, form: TsqueryForm = 'exact'): string {
  const inner = (n: TsNode) => toTsquery(n, form);
  const loose = form === 'lexemes';
  switch (node.kind) {
    case 'term':
      return phrase(node.tokens, node.prefix, loose);
    case 'near': {
      const [first, second] = node.phrases;
      if (form === 'exact' && first && second && nearIsExact(node))
        return nearAlternatives(first, second, node.distance);
      return `( ${node.phrases.map((p) => phrase(p, false, loose)).join(' & ')} )`;
    }
    case 'any':
      return `( ${node.items.map(inner).join(' | ')} )`;
    case 'all':
      return `( ${node.items.map(inner).join(' & ')} )`;
    case 'but': {
      const leftOut = { exact: needsNearCheck, coarse: hasNearGroup, lexemes: hasPositions }[form];
      const kept = node.excluded.filter((x) => !leftOut(x));
      const excluded = kept.map((x) => `!${inner(x)}`);
      return excluded.length === 0 ? inner(node.base) : `( ${[inner(node.base), ...excluded].join(' & ')} )`;
    }
  }
}

/** Whether the tree holds a phrase or a NEAR group (a tsquery without positions cannot exclude one). */
function hasPositions(node: TsNode): boolean {
  switch (node.kind) {
    case 'term':
      return node.tokens.length > 1;
    case 'near':
      return true;
    case 'but':
      return hasPositions(node.base) || node.excluded.some(hasPositions);
    default:
      return node.items.some(hasPositions);
  }
}

/** Whether the tree holds any NEAR group (a coarse tsquery cannot exclude one: it is a superset). */
function hasNearGroup(node: TsNode): boolean {
  switch (node.kind) {
    case 'term':
      return false;
    case 'near':
      return true;
    case 'but':
      return hasNearGroup(node.base) || node.excluded.some(hasNearGroup);
    default:
      return node.items.some(hasNearGroup);
  }
}

/**
 * The exact condition of a tree with NEAR groups tsquery cannot state, as SQL over the search vector
 * `vector`: the subtrees without such a group as `@@` tests and each such group through the migration's `modelwatch_near` function on
 * positions. Every value goes through `bind`, which returns the placeholder of a bound parameter.
 */
export function exactCheck(node: TsNode, vector: string, bind: (value: string | number) => string): string {
  if (!needsNearCheck(node)) return `${vector} @@ CAST(${bind(toTsquery(node))} AS tsquery)`;
  const inner = (n: TsNode) => exactCheck(n, vector, bind);
  switch (node.kind) {
    case 'near':
      return `(${vector} @@ CAST(${bind(toTsquery(node))} AS tsquery) AND modelwatch_near(${vector}, CAST(${bind(
        JSON.stringify(node.phrases.map((p) => p.join(' '))),
      )} AS json), CAST(${bind(node.distance)} AS integer)))`;
    case 'but':
      return `(${[inner(node.base), ...node.excluded.map((x) => `NOT ${inner(x)}`)].join(' AND ')})`;
    case 'any':
      return `(${node.items.map(inner).join(' OR ')})`;
    case 'all':
      return `(${node.items.map(inner).join(' AND ')})`;
    case 'term':
      return `${vector} @@ CAST(${bind(toTsquery(node))} AS tsquery)`;
  }
}
