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

function phrase(tokens: readonly string[], prefix = false): string {
  const lexemes = tokens.map((token, i) =>
    prefix && i === tokens.length - 1 ? `${tsLexeme(token)}:*` : tsLexeme(token),
  );
  return lexemes.length === 1 ? (lexemes[0] ?? '') : `( ${lexemes.join(' <-> ')} )`;
}

/** Whether a NEAR group is anywhere in the tree: then the tsquery alone is not the exact answer. */
export function hasNear(node: TsNode): boolean {
  switch (node.kind) {
    case 'term':
      return false;
    case 'near':
      return true;
    case 'but':
      return hasNear(node.base) || node.excluded.some(hasNear);
    default:
      return node.items.some(hasNear);
  }
}

/**
 * The tsquery text of a tree, for the GIN index and for ranking. Exact for every tree without NEAR. A NEAR
 * group becomes all its phrases (tsquery's `<N>` states one distance in one order, NEAR any distance up to
 * N in any order), and an exclusion holding a NEAR group is left out: a superset of the matches, which
 * {@link exactCheck} narrows.
 */
export function toTsquery(node: TsNode): string {
  switch (node.kind) {
    case 'term':
      return phrase(node.tokens, node.prefix);
    case 'near':
      return `( ${node.phrases.map((p) => phrase(p)).join(' & ')} )`;
    case 'any':
      return `( ${node.items.map(toTsquery).join(' | ')} )`;
    case 'all':
      return `( ${node.items.map(toTsquery).join(' & ')} )`;
    case 'but': {
      const excluded = node.excluded.filter((x) => !hasNear(x)).map((x) => `!${toTsquery(x)}`);
      return excluded.length === 0
        ? toTsquery(node.base)
        : `( ${[toTsquery(node.base), ...excluded].join(' & ')} )`;
    }
  }
}

/**
 * The exact condition of a tree with NEAR groups, as SQL over the search vector `vector`: the subtrees
 * without NEAR as `@@` tests and each NEAR group through the migration's `modelwatch_near` function on
 * positions. Every value goes through `bind`, which returns the placeholder of a bound parameter.
 */
export function exactCheck(node: TsNode, vector: string, bind: (value: string | number) => string): string {
  if (!hasNear(node)) return `${vector} @@ CAST(${bind(toTsquery(node))} AS tsquery)`;
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
